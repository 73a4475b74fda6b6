"""A bare singular unit after a word that makes it a length of one («نحو أسبوع», «سوى شهر»,
«خلال ساعة», «في غضون أسبوع»): a DURATION of one unit; a year, a month name or a weekday after
the unit keeps the longer date. Every `one_frame` row of date_cues.tsv and every approx word
of date_relative.tsv is tried."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


FRAMES = [r["word"] for r in load_table("date_cues") if r["kind"] == "one_frame"] + [
    r["word"] for r in load_table("date_relative") if r["kind"] == "approx"]


@pytest.mark.parametrize("frame", FRAMES)
def test_frame_word_makes_one_unit_a_length(frame: str) -> None:
    assert found(f"وتستغرق العملية {frame} أسبوع فقط") == [("أسبوع", "DURATION", "P1W")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ولم يتبق عليها سوى شهر، اقتربت", [("شهر", "DURATION", "P1M")]),
    ("وقتل خلال ساعة", [("ساعة", "DURATION", "PT1H")]),
    ("خلال عام وشهرين", [("عام وشهرين", "DURATION", "P1Y2M")]),
    ("خلال عام 2015", [("عام 2015", "DATE", "2015")]),
    ("خلال شهر يوليو", [("شهر يوليو", "DATE", "2015-07")]),
    ("خلال يوم الأحد", [("يوم الأحد", "DATE", "2015-07-19")]),
    ("خلال العام", []),
    ("قال المدير العام خلال الاجتماع", []),
])
def test_one_unit_and_longer_dates(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected
