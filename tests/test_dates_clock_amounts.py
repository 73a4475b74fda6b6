"""Numbers that look like clock times but are amounts, ratios or scores (issue 16), row by
row from lang/ar/date_cues.tsv, and clock times that stay times."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 7, 20)


def times(text: str) -> list[str | None]:
    return [t.value for t in extract(text, DAY) if t.type == "TIME"]


@pytest.mark.parametrize("word", [r["word"] for r in load_table("date_cues") if r["kind"] == "quantity"])
def test_a_number_before_an_amount_word_is_no_time(word: str) -> None:
    assert times(f"بلغ الإجمالي 2.37 {word} أمس") == []
    assert times(f"بلغ الإجمالي 12:45 {word} أمس") == []


@pytest.mark.parametrize("word", [r["word"] for r in load_table("date_cues") if r["kind"] == "ratio"])
def test_a_ratio_or_a_score_is_no_time(word: str) -> None:
    assert times(f"انتهت {word} 2:1 في الرياض") == []


@pytest.mark.parametrize(("text", "value"), [
    ("وصل الساعة 10:30 صباحا", "2015-07-20T10:30"),
    ("انطلقت المباراة 21:00 بتوقيت مكة", "2015-07-20T21:00"),
    ("في تمام 10.30 صباحا", "2015-07-20T10:30"),
    ("عند الساعة 9.15 مساء", "2015-07-20T21:15"),
])
def test_clock_times_stay_times(text: str, value: str) -> None:
    assert times(text) == [value]


def test_a_decimal_without_the_word_hour_or_a_daypart_is_no_time() -> None:
    assert times("ارتفع المؤشر 2.37 في جلسة اليوم") == []


@pytest.mark.parametrize(("kind", "hour"), [("clock_pm", "19"), ("clock_am", "07")])
def test_a_letter_after_a_clock_time_says_before_or_after_noon(kind: str, hour: str) -> None:
    """«7:30م» is 19:30 (م for مساءً), «7:30 ص» 07:30; the letter joins the expression."""
    for row in (r for r in load_table("date_cues") if r["kind"] == kind):
        for text in (f"في تمام الساعة 7.30{row['word']}.", f"الساعة 7:30 {row['word']}"):
            span = text[text.index("الساعة"):].rstrip(".")
            assert [(text[t.start:t.end], t.value) for t in extract(text, DAY)] == [
                (span, f"2015-07-20T{hour}:30")], text


def test_a_letter_after_a_year_or_an_amount_is_no_clock() -> None:
    assert times("عام 2015 م") == [] and times("بلغ 2.37 م") == []
