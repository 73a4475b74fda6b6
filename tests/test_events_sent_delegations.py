"""A state or a body that sends a delegation visits (round 41 ruling, docs/realtext-annotation.md
§ Events: «بعثت ألمانيا وفدًا» a VISIT of that state; events-dev 17804): the verbs of sending are
visit triggers when a delegation noun follows (`event_triggers.tsv` needs وفد), the subject between
the verb and the delegation is the sender (`event_senses` sending_verb,
`visit_parties.delegates`), and it is no place visited (`visit_goals.object_place`)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_SENDING = [r["form"] for r in load_table("event_senses") if r["kind"] == "sending_verb"]


@pytest.mark.parametrize("form", _SENDING)
def test_the_sender_of_a_delegation_visits_its_goal(form: str) -> None:
    evs = run(f"و{form} [فرنسا](LOC:fr) وفدا تجاريا إلى [إيران](LOC:iran) أمس.", published="2015-07-20")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["fr"], "iran")]


def test_a_person_who_sends_a_delegation_is_its_sender_too() -> None:
    evs = run("وأوفد [الرئيس عمر البشير](PER:bashir) وفدا رفيعا إلى [القاهرة](LOC:cairo).",
              published="2015-07-20")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["bashir"], "cairo")]


def test_sending_anything_but_a_delegation_is_no_visit() -> None:
    assert run("وبعث [الملك سلمان](PER:salman) برقية تهنئة إلى [الرئيس السيسي](PER:sisi).") == []
    assert labelled_parties(run("وأرسلت [فرنسا](LOC:fr) مساعدات إلى [اليمن](LOC:yemen).")) == []
