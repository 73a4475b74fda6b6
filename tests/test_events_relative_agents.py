"""The subject of a relative clause whose verb carries its antecedent's pronoun did what that clause
tells, and is no party of the event told around it (round 36, `events/non_parties.py`): «ورئيس
حزب الوفد، الذي أسسه الزعيم X» names the party's founder, not a visitor; but who heads or sends the
antecedent (`event_senses` kind party_relative), who hosts (a trigger) or who held the event noun
the clause tells of stays a party."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_PARTY_VERBS = [r["form"] for r in load_table("event_senses") if r["kind"] == "party_relative"]


def test_the_founder_of_a_visitors_party_is_no_visitor() -> None:
    src = ("ويستعد رئيس البرلمان المصري ورئيس حزب «الوفد»، الذي أسسه الزعيم [سعد زغلول](PER:zaghloul) "
           "لزيارة [لندن](LOC:london) ولقاء ساستها.")
    assert all("zaghloul" not in parts for _, parts in labelled_parties(run(src)))


def test_who_opened_the_place_visited_is_no_party_the_visitor_stays() -> None:
    src = ("وزار وزير الصحة [أحمد علي](PER:ali) [أمس](DATE:2015-07-29) المستشفى الذي افتتحه الملك "
           "[سلمان](PER:salman) في [جدة](LOC:jeddah).")
    assert labelled_parties(run(src)) == [("VISIT", ["ali"])]


def test_who_held_the_talks_the_clause_tells_of_is_a_party() -> None:
    src = ("وأشاد الوزير بالمحادثات التي أجراها الرئيس [أحمد علي](PER:ali) مع الملك [سلمان](PER:salman) "
           "في [الرياض](LOC:riyadh) [أمس](DATE:2015-07-29).")
    assert labelled_parties(run(src)) == [("MEET", ["ali", "salman"])]


def test_the_host_in_a_relative_clause_stays_a_party() -> None:
    src = ("وقال الرئيس [أحمد علي](PER:ali) الذي استقبله الملك [سلمان](PER:salman) في [الرياض](LOC:riyadh) "
           "[أمس](DATE:2015-07-29) إن العلاقات متينة.")
    assert labelled_parties(run(src)) == [("MEET", ["ali", "salman"])]


@pytest.mark.parametrize("verb", ["أسسه", "أوفده"])
def test_a_verb_of_sending_keeps_its_subject_a_founding_verb_does_not(verb: str) -> None:
    src = (f"وبدأ المبعوث الذي {verb} الرئيس [أحمد علي](PER:ali) [أمس](DATE:2015-07-29) زيارة إلى "
           "[عمان](LOC:amman).")
    parts = [p for label, p in labelled_parties(run(src)) if label == "VISIT"]
    assert (["ali"] in parts) == (verb in _PARTY_VERBS)
