"""The nth day of something whose start the text dated before («منذ بداية العملية يوم الخميس ... في اليوم
الثالث لها») is that day plus n - 1 (`story_start` cues of `lang/ar/date_cues.tsv`, dates/story_days.py;
timex-dev-24); with no dated start, or an ordinal opening a date of its own, it stays as it was."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 27)
STARTS = [r["word"] for r in load_table("date_cues") if r["kind"] == "story_start"]


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("word", STARTS)
def test_the_nth_day_counts_from_the_dated_start(word: str) -> None:
    text = (f"قال مصدر أمني إن عدد المخالفين تراجع منذ {word} العملية العسكرية يوم الخميس 26 مارس. "
            "وأضاف أنه في اليوم الأول من العملية ضبطت الدوريات 90 مخالفا، ثم 40 في اليوم الثالث لها.")
    days = [v for s, v in found(text) if s == "اليوم"]
    assert days == ["2015-03-26", "2015-03-28"]


def test_no_dated_start_leaves_the_nth_day_without_a_value() -> None:
    text = "وأضاف أنه في اليوم الأول من العملية ضبطت الدوريات 90 مخالفا، ثم 40 في اليوم الثالث لها."
    assert [v for s, v in found(text) if s == "اليوم"] == [None, None]


def test_a_start_word_far_from_the_date_dates_nothing() -> None:
    text = ("أعلنت الوزارة بداية حملة واسعة على المخالفين في عدد من المدن والمحافظات الشمالية "
            "يوم الخميس 26 مارس. "
            "وفي اليوم الثاني ضبطت الدوريات 40 مخالفا.")
    assert [v for s, v in found(text) if s == "اليوم"] == [None]


@pytest.mark.parametrize("unit", ["العام الدراسي", "الأسبوع", "السنة"])
def test_the_nth_day_of_a_unit_is_no_day_of_the_story(unit: str) -> None:
    text = f"انطلاق المهرجان يوم الخميس 26 مارس. وتبدأ المرحلة الثانية في اليوم الأول من {unit} المقبل."
    assert [v for s, v in found(text) if s == "اليوم"] == [None]


def test_the_nth_month_since_a_dated_start_is_a_range_of_days() -> None:
    text = ("تراجعت المخالفات منذ بداية العملية العسكرية يوم الخميس 26 مارس. "
            "وضبطت الدوريات خلال الشهر الأول منذ بداية العملية 500 مخالف، "
            "وفي الشهر الثالث منذ انطلاق العملية 200.")
    assert [(s, v) for s, v in found(text) if s.startswith("الشهر")] == [
        ("الشهر الأول", "2015-03-26/2015-04-25"), ("الشهر الثالث", "2015-05-26/2015-06-25")]


def test_the_nth_month_since_an_undated_start_is_no_date() -> None:
    text = "وضبطت الدوريات خلال الشهر الأول منذ بداية العملية 500 مخالف."
    assert found(text) == []


def test_a_later_nth_month_goes_on_counting_after_a_month_since_the_start() -> None:
    text = ("تراجعت المخالفات منذ بداية العملية العسكرية يوم الخميس 26 مارس. "
            "وضبطت الدوريات خلال الشهر الأول منذ بداية العملية 500 مخالف، وارتفع العدد في الشهر الثاني.")
    assert [(s, v) for s, v in found(text) if s.startswith("الشهر")] == [
        ("الشهر الأول", "2015-03-26/2015-04-25"), ("الشهر الثاني", "2015-04-26/2015-05-25")]


def test_an_nth_month_with_no_month_since_the_start_before_it_is_no_date() -> None:
    text = ("انطلقت الحملة منذ بداية العملية العسكرية يوم الخميس 26 مارس. "
            "وتبدأ المرحلة الثانية في الشهر الثاني من العام المقبل.")
    assert [s for s, _ in found(text) if s.startswith("الشهر")] == []
