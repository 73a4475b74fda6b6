"""False events of round 33 (the first 3,000 records): the rows that spell a verb's jussive (يزر,
تزر, يلتق, تلتق) are an event only right after «لم» or «لما» (denied: «لم يزر البلد»); without one
the word is another verb («ولا تزر وازرة وزر أخرى»: «bear», of وزر) or part of a name (كيزر: ك and
يزر). The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_FORMS = [r["form"] for r in load_table("event_senses") if r["kind"] == "jussive_form"]
_PARTICLES = [r["form"] for r in load_table("event_senses") if r["kind"] == "jussive_particle"]


def test_a_verse_with_tazir_is_no_visit() -> None:
    assert run("وقالت [منى الشهري](PER:muna) إن علينا أن نعي قوله تعالى {ولا تزر وازرة وزر أخرى} "
               "في [الرياض](LOC:riyadh).", published="2015-07-20") == []


def test_a_denied_visit_after_lam_stays() -> None:
    evs = run("لكن [أوباما](PER:obama) لم يزر [كينيا](LOC:kenya) منذ وصوله إلى البيت الأبيض.",
              published="2015-07-20")
    assert [(e.label, e.attrs.participants, e.attrs.status) for e in evs] == [("VISIT", ["obama"], "denied")]


@pytest.mark.parametrize("form", _FORMS)
def test_every_jussive_row_without_lam_is_no_event(form: str) -> None:
    assert run(f"وقال إن [أوباما](PER:obama) {form} [بوتين](PER:putin) في [موسكو](LOC:moscow).",
               published="2015-07-20") == []


@pytest.mark.parametrize("particle", _PARTICLES)
def test_every_jussive_particle_makes_the_visit_an_event(particle: str) -> None:
    evs = run(f"وقال إن [أوباما](PER:obama) {particle} يزر [كينيا](LOC:kenya) منذ عامين.",
              published="2015-07-20")
    assert [e.label for e in evs] == ["VISIT"]
