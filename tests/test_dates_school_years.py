"""A school or training year named by a present, new, last or next word, without a year, is the
calendar year it opens in (dates/school_years.py; the dev rows timex-dev-10 4998 «العام الدراسي
الجديد» and timex-dev-23 11370 «العام التدريبي الحالي», both 2015 in July 2015), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

JULY = date(2015, 7, 22)  # the summer break: the school year opening in August is the present one
MARCH = date(2015, 3, 10)  # the school year that opened in 2014 is the present one


def _found(text: str, anchor: date) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


def _year_noun(word: str) -> str:
    """The year noun a nisba or new word agrees with: «السنة» for a feminine one, else «العام»."""
    return "السنة" if word.endswith("ة") else "العام"


@pytest.mark.parametrize("word", [r["word"] for r in load_table("date_cues") if r["kind"] == "school_new"])
def test_a_new_school_year_is_the_one_opening_in_the_writing_year(word: str) -> None:
    school = "الدراسية" if word.endswith("ة") else "الدراسي"
    year = f"{_year_noun(word)} {school} {word}"
    text = f"وحث مدير التعليم المعلمين على العمل لإنجاح {year}."
    assert _found(text, JULY) == [(year, "DATE", "2015")]
    assert _found(text, MARCH) == [(year, "DATE", "2015")]


@pytest.mark.parametrize("word", [r["word"] for r in load_table("date_cues") if r["kind"] == "school_year"])
def test_each_school_nisba_with_its_year_noun_and_a_next_word(word: str) -> None:
    # «السنة الدراسية المقبلة» as «العام الدراسي المقبل»: the feminine agrees with «السنة» (round 45)
    nxt = "المقبلة" if word.endswith("ة") else "المقبل"
    year = f"{_year_noun(word)} {word} {nxt}"
    assert _found(f"وتستعد الجامعة لبداية {year} بخطة جديدة.", JULY) == [(f"بداية {year}", "DATE", "2015")]


@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("ويفتح المعهد القبول للفصل الأول من العام التدريبي الحالي؛ في قسم الكهرباء.", JULY, "2015"),
    ("ويفتح المعهد القبول للفصل الأول من العام التدريبي الحالي؛ في قسم الكهرباء.", MARCH, "2014"),
    ("وتخرج في العام الدراسي الماضي ألف طالب.", JULY, "2014"),
    ("وتخرج في العام الدراسي الماضي ألف طالب.", MARCH, "2013"),
    ("وتستعد الجامعة للعام الجامعي المقبل بخطة جديدة.", JULY, "2015"),
    ("وتستعد الجامعة للعام الجامعي المقبل بخطة جديدة.", MARCH, "2015"),
])
def test_a_school_year_with_a_present_last_or_next_word(text: str, anchor: date, value: str) -> None:
    assert [v for _, _, v in _found(text, anchor)] == [value]


def test_a_part_word_before_it_is_in_the_span() -> None:
    text = "وستطلق الوزارة قنوات الدروس مع بداية العام الدراسي الجديد ."
    assert _found(text, JULY) == [("بداية العام الدراسي الجديد", "DATE", "2015")]


def test_a_school_year_with_its_years_stays_the_years() -> None:
    # the year written after it is read, not the year it would open in without it (2015)
    text = "وفتحت الجامعة باب القبول للعام الدراسي الجديد 2016."
    assert [v for _, _, v in _found(text, JULY)] == ["2016"]


def test_a_fiscal_year_stays_the_calendar_year() -> None:
    assert _found("وارتفعت الأرباح خلال العام المالي الحالي بنسبة 5%.", MARCH)[0][2] == "2015"
