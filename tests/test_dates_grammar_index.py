"""The grammar's head index: a pattern is tried only where a word can start it, and the
index hides no match: on the own gold sentences and the crafted ones below, every match of
every pattern starts at a word the index sends to that pattern. (A head word glued to what
follows, as in يونيو1997, is not looked up: the grammar never tried patterns there.)"""

from __future__ import annotations

import json

import pytest

from marsad.dates import grammar
from marsad.dates.patterns import patterns
from tests.conftest import ROOT

CRAFTED = [
    "وفي 15 مايو 2015 وبالأمس والخميس ولليوم الثاني",
    "بال15 من شهر رمضان 1436هـ، وفي الـ3 من ذي القعدة",
    "الساعة 10:30 صباحا ولساعات، كل 3 أيام، منذ نحو عامين، بعد غد",
    "خلال النصف الأول من العام الماضي وأواخر شهر أغسطس/آب الماضي",
    "الخميس 2015/05/14 و14-5-2015 و2015-05-14، في التسعينيات، يوميا",
    "قبل ما يزيد على عشرة أعوام، ربع ساعة، نصف ساعة، عامان ونصف",
    "ثلاث مرات في اليوم و13 دولارا في  الشهر، وفي\nالساعة الواحدة، في العام، في المملكة، في اليومين",
    "في الثامن من الشهر نفسه، و15 من هذا الشهر، من الـ13 من أغسطس وحتى الـ18 منه، والـ(20) منه",
    "العام الدراسي 1435/1436 وعام 1436 و1435هـ - 1436هـ، والعام 2014",
]


def _texts() -> list[str]:
    own = (ROOT / "tests" / "data" / "timex_gold_own.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(ln)["sentence"] for ln in own] + CRAFTED


def test_no_match_is_hidden_by_the_index() -> None:
    pats = patterns()
    for text in _texts():
        norm, _ = grammar._normalized(text)
        words = {m.start(): m.group() for m in grammar._WORD_RUN.finditer(norm)}
        for i in range(len(norm)):
            for rank, pat in enumerate(pats):
                if pat.rx.match(norm, i):
                    assert i in words, (pat.kind, norm[i:i + 30])
                    assert rank in grammar._starts(words[i]), (pat.kind, words[i], norm[i:i + 30])
                    gate = grammar._frame_gates().get(words[i])
                    if gate is not None:  # the test on the word after a frame word hides no match
                        end = i + len(words[i])
                        assert rank in grammar._open_after(norm, end, grammar._starts(words[i]), gate)


@pytest.mark.parametrize(("word", "kinds"), [
    ("مايو", {"month", "mdy", "range_md"}),
    ("والخميس", {"weekday", "dmy", "mdy"}),
    ("بال15", {"dmy", "hijri", "duration", "clock"}),
    ("بال2015", {"year", "duration"}),
    ("2015م", {"iso", "year"}),
    ("الساعه", {"hour", "clock"}),
])
def test_a_word_is_sent_to_the_patterns_it_can_start(word: str, kinds: set[str]) -> None:
    tried = {patterns()[r].kind for r in grammar._starts(word)}
    assert kinds <= tried


@pytest.mark.parametrize("word", ["كتاب", "الوزاره", "وال", "ص15"])
def test_other_words_start_nothing(word: str) -> None:
    assert grammar._starts(word) == ()


def test_every_head_names_a_table_a_frame_word_or_digit() -> None:
    tables = grammar._head_tables()
    for pat in patterns():
        assert pat.heads, pat.kind
        for head in pat.heads:
            assert head == "digit" or head in tables or " " not in head and not head.isascii(), head


@pytest.mark.parametrize(("text", "tried"), [
    ("ثلاث مرات في اليوم", True),
    ("13 دولارا في الساعة", True),
    ("يعمل في المملكة", False),  # «في» is everywhere: the rate pattern is not tried after it
    ("في اليومين", True),  # «اليوم» begins it: the pattern decides
    ("في  الشهر", True),  # two spaces: left to the pattern
])
def test_the_rate_pattern_is_tried_after_fi_only_before_a_unit(text: str, tried: bool) -> None:
    rate = next(r for r, p in enumerate(patterns()) if p.kind == "rate")
    norm, _ = grammar._normalized(text)
    fi = next(m for m in grammar._WORD_RUN.finditer(norm) if m.group() == "في")
    ranks = grammar._open_after(norm, fi.end(), grammar._starts("في"), grammar._frame_gates()["في"])
    assert (rate in ranks) is tried
    assert rate in grammar._starts("في")  # the head index itself still sends «في» to it


@pytest.mark.parametrize(("word", "kind", "tried"), [
    ("15", "dmy", True), ("2015", "dmy", False),  # a day has one or two digits
    ("2015", "year", True), ("15", "year", False), ("1436", "year", False),
    ("1436", "hyear", True), ("2015م", "duration", False),  # a count stands alone before its unit
    ("وال20", "duration", True), ("123", "clock", False),
])
def test_a_number_is_sent_only_to_the_patterns_its_digits_can_open(word: str, kind: str, tried: bool) -> None:
    assert any(patterns()[r].kind == kind for r in grammar._starts(word)) is tried


@pytest.mark.parametrize(("text", "tried"), [
    ("في 2015", True), ("في العام 2015", True), ("نهاية من عام 2015", True), ("في العام المالي 2015", True),
    ("أواخر شهر 2015", True), ("في المملكة", False), ("قبل أن يصل", False),
    ("في  المملكة", True),  # two spaces: left to the pattern
])
def test_the_year_pattern_is_tried_after_a_cue_only_before_a_year(text: str, tried: bool) -> None:
    year = next(r for r, p in enumerate(patterns()) if p.kind == "year")
    norm, _ = grammar._normalized(text)
    w = next(grammar._WORD_RUN.finditer(norm))
    ranks = grammar._open_after(norm, w.end(), grammar._starts(w.group()), grammar._frame_gates()[w.group()])
    assert (year in ranks) is tried
    assert year in grammar._starts(w.group())


@pytest.mark.parametrize(("text", "tried"), [
    ("من 15 إلى 18 مايو", True), ("من المملكة", False), ("من ١٥ إلى ١٨ مايو", True), ("من  المملكة", True),
])
def test_the_range_of_days_is_tried_after_min_only_before_a_number(text: str, tried: bool) -> None:
    rng = next(r for r, p in enumerate(patterns()) if p.kind == "range_dm")
    norm, _ = grammar._normalized(text)
    ranks = grammar._open_after(norm, 2, grammar._starts("من"), grammar._frame_gates()["من"])
    assert (rng in ranks) is tried


@pytest.mark.parametrize(("text", "kind", "tried"), [
    ("الخامس والعشرين من مايو", "dmy", True), ("الحادي عشر من مايو", "dmy", True),
    ("الخامس مايو", "dmy", True), ("الخامس september", "dmy", True), ("الخامس ſeptember", "dmy", True),
    ("الخامس في الترتيب", "dmy", False), ("السابع رمضان", "hijri", True),
    ("السابع في الترتيب", "hijri", False),
    ("السابعة من العمر", "age", True), ("السابعة صباحا", "age", False),
    ("ثلاثة أيام", "duration", True), ("خمسة وعشرين عاما", "duration", True),
    ("احد عشر شهرا", "duration", True), ("احد المسؤولين", "duration", False),
])
def test_a_number_in_words_is_tried_only_before_what_can_follow_it(text: str, kind: str, tried: bool) -> None:
    rank = next(r for r, p in enumerate(patterns()) if p.kind == kind)
    norm, _ = grammar._normalized(text)
    w = next(grammar._WORD_RUN.finditer(norm))
    ranks = grammar._open_after(norm, w.end(), grammar._starts(w.group()), grammar._frame_gates()[w.group()])
    assert (rank in ranks) is tried


def test_a_pattern_s_needed_words_hide_no_match() -> None:
    """A pattern with `needs` is tried only where one of its words lies in the window it is
    matched in: every match holds one."""
    pats = [p for p in patterns() if p.needs]
    assert {p.kind for p in pats} >= {"month_day", "hyear"}
    matched: set[str] = set()
    for text in _texts():
        norm, _ = grammar._normalized(text)
        for i in range(len(norm)):
            for pat in pats:
                m = pat.rx.match(norm, i)
                if m:
                    matched.add(pat.kind)
                    assert any(w in m.group() for w in pat.needs), (pat.kind, m.group())
    assert matched == {p.kind for p in pats}


@pytest.mark.parametrize(("text", "kinds"), [
    ("في الثامن من الشهر نفسه", ["month_day"]),
    ("من الـ13 من أغسطس وحتى الـ18 منه", ["dmy", "month_day"]),
    ("العام الدراسي 1435/1436", ["hyear"]),
    ("في 15 مايو الجاري", ["dmy"]),  # no «الشهر» nor «منه»: the day of the month is not tried
])
def test_the_patterns_with_needed_words_still_read_them(text: str, kinds: list[str]) -> None:
    assert [r.kind for r in grammar.recognize(text)] == kinds
