"""Events (issue 15, round 40): an organisation that holds a meeting or call with a person named
after the trigger is a party (`trigger_subjects.meeting_body`): the subject of a meeting verb
(التقت شركة X بالوزير Y) or of a verb of holding before the meeting noun (event_senses kind
holding_verb, row by row: عقدت شركة «X» ... اجتماعًا مع Y)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_ROWS = [r for r in load_table("event_senses") if r["kind"] == "holding_verb"]


def test_a_company_holds_a_meeting_with_a_named_official_past_a_long_subject() -> None:
    evs = run("وعقدت شركة «[نور](ORG:nur)» إحدى الشركات التابعة لمجموعة «[الأفق](ORG:ufuq)» مؤخراً "
              "اجتماعًا مع رئيس الهيئة الملكية د. [سامي حسن](PER:hassan) لبحث المشروع.", "2015-08-06")
    assert ("MEET", ["nur", "hassan"]) in labelled_parties(evs)


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_verb_of_holding_makes_its_subject_hold_the_meeting(row: dict[str, str]) -> None:
    evs = run(f"و{row['form']} شركة «[نور](ORG:nur)» أمس اجتماعًا مع وزير الاتصالات "
              "[سامي حسن](PER:hassan) لبحث التعاون.", "2015-08-06")
    assert [p for label, p in labelled_parties(evs) if label == "MEET"] == [["nur", "hassan"]]


def test_a_company_meets_a_minister_by_the_verb() -> None:
    evs = run("والتقت شركة [نور](ORG:nur) أمس بوزير الاتصالات [سامي حسن](PER:hassan) لبحث التعاون.",
              "2015-08-06")
    assert ("MEET", ["nur", "hassan"]) in labelled_parties(evs)



def test_a_body_holding_talks_with_a_state_is_a_party_past_a_person_named_before() -> None:
    # round 49 (events-dev-fresh27 10928, «أجرت حركة طالبان ... محادثات مباشرة مع حكومة كابول»): the
    # body that holds the talks, not the person the sentence names before it
    evs = run("ويتزامن نشر خبر مصرع [الملا عمر](PER:omar) في الوقت الذي عقدت [حركة طالبان](ORG:taliban) "
              "للمرة الأولى محادثات مباشرة مع حكومة [كابول](LOC:kabul).", "2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["taliban", "kabul"])]


def test_a_body_whose_name_holds_its_classifier_holds_the_talks() -> None:
    evs = run("ويتزامن نشر خبر وفاة [خالد الفالح](PER:falih) في الوقت الذي عقدت [شركة نور](ORG:nur) "
              "للمرة الأولى محادثات مباشرة مع [روسيا](LOC:russia).", "2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["nur", "russia"])]


def test_a_body_that_conducts_talks_holds_them() -> None:
    # round 49 (events-dev-fresh27 10928): «أجرت» holds talks as «عقدت» does (event_senses holding_verb)
    evs = run("ويتزامن نشر خبر مصرع [الملا عمر](PER:omar) في الوقت الذي أجرت [حركة طالبان](ORG:taliban) "
              "للمرة الأولى محادثات مباشرة مع حكومة [كابول](LOC:kabul).", "2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["taliban", "kabul"])]
