"""Date mechanisms from the dev timex golds' misses (issue 16, round 4), each data row tested:

- one whole unit after a `whole` cue of `lang/ar/date_cues.tsv` is a length («لمدة عام», «طيلة
  العام», «على مدار العام» P1Y: all year round), except the idioms of `not_whole` («على مدار
  الساعة», around the clock: no timex);
- a set adjective is a SET without the article too («زاوية يومية» P1D, «نتائج فصلية» P3M), and
  «الفصلية» (quarterly results) is `P3M` (`lang/ar/date_sets.tsv`);
- «أخيرا» (`lately` cues), "finally" as often as "recently", is a time (PAST_REF) only right before its
  verb's object when that is a count or an indefinite accusative, or before a `lately_next` word;
  not with a conjunction written onto it, nor before a preposition written onto the next word
  (`lately_not_object`), nor before a definite object or at a clause's end.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 8, 11)
CUES = load_table("date_cues")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "whole"], ids=lambda r: r["word"])
@pytest.mark.parametrize(("unit", "value"), [("العام", "P1Y"), ("عام", "P1Y"), ("الأسبوع", "P1W")])
def test_one_whole_unit_after_a_whole_cue_is_a_length(row: dict[str, str], unit: str, value: str) -> None:
    assert found(f"وتتوفر المستلزمات الزراعية على {row['word']} {unit} في المواقع") == [
        (unit, "DURATION", value)]


def test_all_year_round_is_a_year_long() -> None:
    text = "توفير ما تتطلبه المواقع من أشجار ومستلزمات زراعية على مدار العام."
    assert found(text) == [("العام", "DURATION", "P1Y")]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "not_whole"], ids=lambda r: r["word"])
def test_an_idiom_of_a_whole_cue_is_no_length(row: dict[str, str]) -> None:
    assert found(f"ويعمل المركز على {row['word']} لخدمة المراجعين") == []


def test_around_the_clock_leaves_the_set_after_it() -> None:
    assert found("يعمل المصنع على مدار الساعة يوميا.") == [("يوميا", "SET", "P1D")]


@pytest.mark.parametrize(("text", "want"), [
    ("رأى قبل سنتين أن تتحول الى زاوية يومية… منذ", ("يومية", "SET", "P1D")),
    ("وسجلت مايكروسوفت أسوأ نتائج فصلية لها على الإطلاق", ("فصلية", "SET", "P3M")),
    ("ثلاثة من تقارير النتائج الفصلية التي جاءت دون التوقعات", ("الفصلية", "SET", "P3M")),
    ("وأقيمت تطبيقات عملية يومية في الصالة", ("يومية", "SET", "P1D")),
])
def test_a_set_adjective_without_the_article_is_a_set(text: str, want: tuple[str, str, str]) -> None:
    assert want in found(text)


LATELY = [r["word"] for r in CUES if r["kind"] == "lately"]


@pytest.mark.parametrize("word", LATELY)
@pytest.mark.parametrize("text", [
    "أغلقت بلدية محافظة الخبر {w} مطعما تسبب في تسمم 13 مواطنا",
    "أبرمت أمانة العاصمة المقدسة {w} ثلاثة مشاريع جديدة",
])
def test_lately_before_an_indefinite_object_or_a_count_is_recently(word: str, text: str) -> None:
    assert found(text.format(w=word)) == [(word, "DATE", "PAST_REF")]


@pytest.mark.parametrize("word", LATELY)
@pytest.mark.parametrize("after", [r["word"] for r in CUES if r["kind"] == "lately_next"])
def test_lately_before_a_lately_next_word_is_recently(word: str, after: str) -> None:
    assert found(f"المجموعة القصصية الصادرة {word} {after} دار النشر") == [(word, "DATE", "PAST_REF")]


@pytest.mark.parametrize("word", LATELY)
@pytest.mark.parametrize("text", [
    "وقد تمكنوا {w} من تطوير المنتج",  # before من: finally
    "لقد وجدت {w} الشجاعة لاستعمال",  # a definite object: finally
    "وقال إن الأمور استقرت {w}.",  # at the clause's end
    "و{w} تستوقفنا مقترحات المجلس",  # with a conjunction: lastly
])
def test_lately_otherwise_is_no_time(word: str, text: str) -> None:
    assert found(text.format(w=word)) == []


@pytest.mark.parametrize("word", LATELY)
@pytest.mark.parametrize("prep", [r["word"] for r in CUES if r["kind"] == "lately_not_object"])
def test_lately_before_a_preposition_written_onto_the_next_word_is_no_time(word: str, prep: str) -> None:
    assert found(f"غير أن المدرب توصل {word} {prep}هذا الحل") == []


@pytest.mark.parametrize("word", ["طوال", "طيلة"])
def test_all_day_long_is_a_day_long_not_today(word: str) -> None:
    """Round 37: «اليوم» after a `whole` word is the whole day, as after «على مدار»; a weekday after it
    keeps it that day."""
    text = f"وينصح الأطباء بشرب الماء {word} اليوم لتجنب الجفاف"
    assert [(t.type, t.value) for t in extract(text, TUESDAY)] == [("DURATION", "P1D")]
    text = f"وتتواصل الفعاليات {word} اليوم الثلاثاء في الحديقة"
    assert [t.value for t in extract(text, TUESDAY)] == ["2015-08-11"]
