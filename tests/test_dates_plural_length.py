"""A plural unit with no count is a length of its own (a DURATION of no number, PX<unit>) when
«ل» is written onto it and no definite word follows («لسنوات طويلة» "for long years", not
«لسنوات الحرب» "to the years of the war"), and when it is written in the indefinite accusative
(«ظل أياما», every plural row of date_units.tsv ending in ا); a bare plural stays no time."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
UNITS = load_table("date_units")
PLURALS = [r for r in UNITS if not r["count"] and r["unit"] not in ("X", "S")]
ACCUSATIVES = [r for r in PLURALS if r["word"].endswith("ا")]


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


def vague(unit: str) -> str:
    """The TIMEX3 value of a length of no number: PXY, PXD; PTXH for a unit of the clock."""
    clock = {"H": "H", "MI": "M", "SE": "S"}
    return f"PTX{clock[unit]}" if unit in clock else f"PX{unit}"


@pytest.mark.parametrize("row", [r for r in PLURALS if not r["word"].endswith("ا")], ids=lambda r: r["word"])
def test_a_plural_with_lam_is_a_length(row: dict[str, str]) -> None:
    want = [(row["word"], "DURATION", vague(row["unit"]))]
    assert found(f"وظل المشروع متوقفا ل{row['word']} طويلة") == want
    assert found(f"وظل المشروع متوقفا ل{row['word']}.") == want
    assert found(f"ويعود ذلك ل{row['word']} الحرب") == []
    assert found(f"ويعود ذلك ل{row['word']} طفولته") == []


@pytest.mark.parametrize("word", [r["word"] for r in load_table("date_cues") if r["kind"] == "plural_length"])
def test_an_adjective_of_length_after_a_plural_with_lam(word: str) -> None:
    assert found(f"وظل المشروع متوقفا لسنوات {word} ثم استؤنف")[0][1:] == ("DURATION", "PXY")


@pytest.mark.parametrize("row", ACCUSATIVES, ids=lambda r: r["word"])
def test_a_plural_in_the_accusative_is_a_length(row: dict[str, str]) -> None:
    want = [(row["word"], "DURATION", vague(row["unit"]))]
    assert found(f"وظل المشروع متوقفا {row['word']} ثم استؤنف") == want


def test_a_bare_plural_is_no_time() -> None:
    assert found("وتذكر سنوات الحرب") == []
    assert found("ووقعت الشركة عقودا مع موردين") == []
