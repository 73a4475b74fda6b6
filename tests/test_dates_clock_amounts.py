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
