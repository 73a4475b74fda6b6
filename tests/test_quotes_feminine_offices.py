"""A woman's office named again alone speaks for the woman seen with it («المبعوثة» after «المبعوثة
الأممية فلانة»): every feminine title row of `speaker_references.tsv` resolves like its masculine key."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_FEMININE = [r for r in load_table("speaker_references")
             if r["kind"] == "title" and r["form"].endswith("ة") and r["form"][:-1] == r["key"]]


def test_the_table_has_feminine_offices() -> None:
    assert {r["form"] for r in _FEMININE} >= {"مبعوثة", "مستشارة", "مديرة", "نائبة"}


@pytest.mark.parametrize("row", _FEMININE, ids=lambda r: r["form"])
def test_a_feminine_office_named_again_speaks_for_her(row: dict[str, str]) -> None:
    office = row["form"]
    got = run(f"التقى [سمير](PER:samir) أمس ال{office} [منى الخطيب](PER:mona) في عمان. "
              f"وقالت ال{office} إن المحادثات كانت مثمرة.")
    assert got == [("indirect", "المحادثات كانت مثمرة", "mona")]
