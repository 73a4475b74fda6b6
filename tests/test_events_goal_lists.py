"""A verb of heading or arriving whose goal after إلى is a list opened by «كل من» (`event_cues.tsv`
kind each_of) goes to each place of the list (round 36): «سيتوجه وزير الدفاع الأميركي إلى كل من
إسرائيل والسعودية» is a visit to Israel and one to Saudi Arabia; the words «كل من» no longer hide
that the goal is a place."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_FORMS = [r["form"] for r in load_table("event_cues") if r["kind"] == "each_of"]


def _visits(src: str) -> list[tuple[list[str], str | None, str]]:
    return [(e.attrs.participants, e.attrs.place, e.attrs.status) for e in run(src) if e.label == "VISIT"]


@pytest.mark.parametrize("form", _FORMS)
def test_a_goal_list_after_ila_gives_a_visit_to_each_place(form: str) -> None:
    src = (f"وقال مسؤول إن وزير الخارجية [عادل الجبير](PER:jubeir) سيتوجه الأسبوع المقبل إلى {form} "
           "[المغرب](LOC:morocco) و[تونس](LOC:tunisia) لبحث العلاقات.")
    assert _visits(src) == [(["jubeir"], "morocco", "planned"), (["jubeir"], "tunisia", "planned")]


def test_an_office_keyed_to_its_state_heads_to_a_goal_list() -> None:
    src = ("وأعلن البيت الأبيض أن وزير الدفاع الأميركي سيتوجه الأسبوع المقبل إلى كل من "
           "[المغرب](LOC:morocco) و[تونس](LOC:tunisia).")
    visits = _visits(src)
    assert [pl for _, pl, _ in visits] == ["morocco", "tunisia"]
    assert all(p == ["united_states"] for p, _, _ in visits)


def test_an_arrival_at_a_list_of_cities_is_placed_at_each() -> None:
    src = ("وصل وزير التجارة [توفيق الربيعة](PER:rabiah) [أمس](DATE:2015-08-04) إلى كل من "
           "[جدة](LOC:jeddah) و[الطائف](LOC:taif).")
    assert [pl for _, pl, _ in _visits(src)] == ["jeddah", "taif"]


def test_a_list_of_no_names_after_ila_is_still_no_goal() -> None:
    # «كل من» is passed over, but what follows must still be a place or a body
    src = "وصلت الأسعار في [الرياض](LOC:riyadh) إلى كل من يرغب في الشراء."
    assert _visits(src) == []
