"""A partner counted after «مع» (issue 15, round 33): «اجتماعا مع عدد من المسؤولين الجزائريين» — a
phrase of quantity (`event_cues` kind quantifier) between «مع» and the state's side leaves the side
a party, as «مع المسؤولين الجزائريين» is; each row of the kind, row by row; without «مع» the
counted officials name no partner."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"
_ROWS = [r for r in load_table("event_cues") if r["kind"] == "quantifier"]


def _shape(src: str) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in run(src, _DAY)]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_phrase_of_quantity_after_with_leaves_the_partner_a_party(row: dict[str, str]) -> None:
    src = (f"وعقد الوزير [سالم الكعبي](PER:salem) أمس اجتماعا مع {row['form']} المسؤولين الجزائريين "
           "لبحث التعاون.")
    assert _shape(src) == [("MEET", ["salem", "algeria"])]


def test_counted_officials_with_no_with_name_no_partner() -> None:
    assert _shape("وعقد الوزير [سالم الكعبي](PER:salem) أمس اجتماعا حضره عدد من المسؤولين الجزائريين.") == []
