"""A bare year right after a sports season's noun (`season_noun` rows of date_cues.tsv, issue 16, round 42)
is the season's name, no timex (the guide's season rule, as «موسم 2013 - 2014»), on invented sentences;
a bare year after any other word before a pause stays a year."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "season_noun"],
                         ids=lambda r: r["word"])
def test_a_bare_year_after_a_season_noun_is_no_date(row: dict[str, str]) -> None:
    assert found(f"وأدار الحكم نهائي الدوري في {row['word']} 1995 بين الفريقين في جدة") == []
    assert found(f"وأدار الحكم نهائي الدوري في {row['word']} ١٩٩٥ بين الفريقين في جدة") == []


def test_with_a_clitic_too() -> None:
    assert found("وتوج الفريق باللقب لموسم 2014، وفاز بالكأس") == []


def test_a_bare_year_after_another_word_stays_a_year() -> None:
    assert found("وأدار الحكم نهائي كأس العالم 1994 بين البرازيل وإيطاليا") == [("1994", "DATE", "1994")]
