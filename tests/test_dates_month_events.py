"""A bare month right after a noun naming an event by its month (`month_event` rows of date_cues.tsv:
«ثورة يوليو», «ذكرى يوليو») is the event's name, no date (timex-dev-26 7792 leaves its three such months
unmarked); with a day or a year the month stays a date («ثورة 23 يوليو», «ثورتي يناير 2011»), and a month
elsewhere is untouched."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 8, 3)
NOUNS = [r["word"] for r in load_table("date_cues") if r["kind"] == "month_event"]


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("noun", NOUNS)
def test_a_bare_month_after_an_event_noun_is_a_name(noun: str) -> None:
    assert found(f"وأكد أن السنين التي مضت على {noun} يوليو أظهرت الحقيقة") == []
    assert found(f"وقال إننا نحتفل ب{noun} يوليو المجيدة") == []


@pytest.mark.parametrize("noun", NOUNS)
def test_a_day_or_a_year_keeps_the_date(noun: str) -> None:
    assert [t[:2] for t in found(f"بمناسبة {noun} 23 يوليو المجيدة")] == [("23 يوليو", "DATE")]
    assert found(f"منذ {noun} يناير 2011 تغير الكثير") == [("يناير 2011", "DATE", "2011-01")]


def test_a_month_elsewhere_is_untouched() -> None:
    assert found("وفي يوليو بدأت الأعمال") == [("يوليو", "DATE", "2015-07")]
