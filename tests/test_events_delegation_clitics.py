"""A delegation's noun behind a proclitic (issue 15, round 33): «التقى ... بممثلين عن الحوثيين»,
«خلال مقابلته لوفد من الكونجرس» — the body that sends it is a party, as after the bare noun
(`event_senses` kind delegation, row by row, each behind «ب»); a body after a word of no
delegation is none."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"
_ROWS = [r for r in load_table("event_senses") if r["kind"] == "delegation"]


def _meetings(src: str) -> list[list[str]]:
    return [e.attrs.participants for e in run(src, _DAY) if e.label == "MEET"]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_delegation_noun_behind_a_preposition_names_its_sender(row: dict[str, str]) -> None:
    src = (f"والتقى المبعوث [سالم الكعبي](PER:salem) أمس ب{row['form']} عن [حركة النهضة](ORG:nahda) "
           "في [تونس](LOC:tunis).")
    assert _meetings(src) == [["salem", "nahda"]]


def test_a_body_after_no_delegation_noun_is_no_party() -> None:
    src = "والتقى المبعوث [سالم الكعبي](PER:salem) أمس بأنصار [حركة النهضة](ORG:nahda) في [تونس](LOC:tunis)."
    assert _meetings(src) == []
