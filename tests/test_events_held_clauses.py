"""Events (issue 15, round 34): a meeting or call noun whose parties follow a clause telling it took
place («الاتصال الهاتفي الذي جرى الاثنين الماضي بين X و Y», «اجتماع عقد في القاهرة بين X و Y»):
the names after بين past the clause are its parties (event_senses kind held_clause, row by row;
events/signed_clauses.held_between), as they are after a clause of signing for an agreement. A
clause of another verb («الذي كشف عن الخلافات بين») leaves them no parties of the call."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_ROWS = [r for r in load_table("event_senses") if r["kind"] == "held_clause"]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_clause_of_taking_place_gives_the_call_its_parties(row: dict[str, str]) -> None:
    noun = "للمكالمة الهاتفية التي" if row["form"].endswith("ت") else "للاتصال الهاتفي الذي"
    evs = run(f"وجاءت الزيارة تالية {noun} {row['form']} الاثنين الماضي بين الرئيس "
              "[أحمد سالم](PER:salem) ووزير الخارجية [عمر حسن](PER:hassan).", "2015-07-29")
    calls = [e for e in evs if e.label == "CALL"]
    assert calls and {"salem", "hassan"} <= set(calls[0].attrs.participants)


def test_a_meeting_held_in_a_city_between_two_named_sides() -> None:
    evs = run("وتحسنت العلاقات منذ اجتماع عقد في [القاهرة](LOC:cairo) بين السفير [جون سميث](PER:smith) "
              "ووزير الخارجية [عمر حسن](PER:hassan) الشهر الماضي.", "2015-07-29")
    assert ("MEET", ["smith", "hassan"]) in labelled_parties(evs)


def test_a_clause_of_another_verb_names_no_parties_of_the_call() -> None:
    evs = run("وجاءت الزيارة تالية للاتصال الهاتفي الذي كشف عن الخلافات بين الرئيس "
              "[أحمد سالم](PER:salem) ووزير الخارجية [عمر حسن](PER:hassan).", "2015-07-29")
    assert not [e for e in evs if e.label == "CALL" and {"salem", "hassan"} <= set(e.attrs.participants)]


def test_a_meeting_to_be_held_between_sides_told_from_each_side_has_them_not_its_announcer() -> None:
    evs = run("أعلن [البرلمان](ORG:parliament) عن اجتماع مشترك يعقد غدا الأحد بين "
              "[لجنة الأمن](ORG:committee) من جهة، و[علي صالح](PER:saleh) رئيس [منظمة الطاقة](ORG:energy) "
              "ومساعد وزير الخارجية وكبير المفاوضين [عباس عمر](PER:abbas) من جهة أخرى.", "2015-07-29")
    assert labelled_parties(evs) == [("MEET", ["committee", "saleh", "abbas"])]


def test_the_body_of_a_listed_persons_office_is_no_side_of_the_talks() -> None:
    evs = run("عقدت محادثات بين [علي صالح](PER:saleh) رئيس [منظمة الطاقة](ORG:energy) و[سامي فهد](PER:fahd).",
              "2015-07-29")
    assert labelled_parties(evs) == [("MEET", ["saleh", "fahd"])]
