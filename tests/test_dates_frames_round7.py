"""Issue 16, round 7: words that set a date by their frame, each cue row tried.

- a verb of opening or closing before a bare definite week or month (`period_verb`): the present
  one («وينهي الأسبوع بنمط شرائي» this week), not a time without it («الأسبوع» alone);
- a scheduled event told with an imperfective verb (`scheduled` rows: «يلتقي الفريقان يوم الأربعاء»)
  sets a bare weekday in the coming week; the perfective («التقى») keeps the past day, a feast told
  so keeps its day, and a date in brackets after the weekday names it («يوم الجمعة (17 يوليو)»);
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

SUNDAY = date(2015, 8, 9)  # ISO week 2015-W32
CUES = load_table("date_cues")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, SUNDAY)]


def cue_words(kind: str) -> list[str]:
    return [r["word"] for r in CUES if r["kind"] == kind]


@pytest.mark.parametrize("verb", cue_words("period_verb"))
def test_a_verb_of_opening_or_closing_makes_the_bare_week_or_month_the_present_one(verb: str) -> None:
    assert found(f"المؤشر {verb} الأسبوع بنمط شرائي ضعيف") == [("الأسبوع", "DATE", "2015-W32")]
    assert found(f"والسوق {verb} الشهر مرتفعة") == [("الشهر", "DATE", "2015-08")]


def test_a_bare_week_without_such_a_verb_is_no_time() -> None:
    assert found("دوناتيلا فيرساتشي التي افتتحت الأسبوع بعرضها") == []  # the fashion week
    assert found("وفي الأسبوع نفسه قال") == []
    assert found("عقد الاجتماع الأسبوع بحضور") == []


@pytest.mark.parametrize("verb", cue_words("scheduled"))
def test_a_scheduled_event_told_in_the_imperfective_is_upcoming(verb: str) -> None:
    assert found(f"{verb} المباراة يوم الأربعاء في لندن") == [("يوم الأربعاء", "DATE", "2015-08-12")]


def test_a_scheduled_feast_keeps_its_day_and_a_bracketed_date_names_the_weekday() -> None:
    assert found("تنطلق أول أيام عيد الفطر المبارك منافسات البطولة") == [
        ("أول أيام عيد الفطر", "DATE", "2015-07-17")]
    assert found("ويختتم المهرجان أنشطته في موسكو يوم الجمعة (7 أغسطس) وسط") == [
        ("يوم الجمعة", "DATE", "2015-08-07"), ("7 أغسطس", "DATE", "2015-08-07")]


def test_the_perfective_keeps_the_past_day() -> None:
    assert found("التقى الفريقان يوم الأربعاء في لندن") == [("يوم الأربعاء", "DATE", "2015-08-05")]
