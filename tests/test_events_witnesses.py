"""Who witnesses a signing is no party to it (issue 15, round 33; the guide: attendees are not
participants): a person after a verb of witnessing (`event_cues` kind witness_verb, row by row:
«شهد الأمير X توقيع عقد شركة مترو جدة مع شركة فوستر») leaves the two companies the parties; a
place after such a verb is still where the event is («شهدت عدن أمس أول زيارة أممية»)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"
_ROWS = [r for r in load_table("event_cues") if r["kind"] == "witness_verb"]


def _shape(src: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.label, e.attrs.participants, e.attrs.place) for e in run(src, _DAY)]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_verb_of_witnessing_makes_its_person_no_party(row: dict[str, str]) -> None:
    src = (f"{row['form']} الأمير [فهد السالم](PER:fahd) اليوم توقيع عقد [شركة مترو جدة](ORG:metro) مع "
           "[شركة فوستر وشركائه](ORG:foster) البريطانية.")
    assert _shape(src) == [("AGREE", ["metro", "foster"], None)]


def test_a_place_after_a_verb_of_witnessing_is_the_events_place() -> None:
    src = "شهدت [عدن](LOC:aden) أمس أول زيارة أممية للمنسق [يوهانس فان دير كلاو](PER:j)."
    assert _shape(src) == [("VISIT", ["j"], "aden")]
