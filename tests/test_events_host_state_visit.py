"""A visit whose only party is the state its place lies in (issue 15, precision): «خلال زيارة وفد يمثل
محافظة الأنبار إلى واشنطن تعهد المسؤولون الأميركيون»: the state receives, the visitor is unnamed; no
event. A visitor named beside it keeps the visit."""

from __future__ import annotations

from marsad.events.place_scales import states_of_places
from tests.test_events_units import run


def _city_and_state() -> tuple[str, str]:
    city, state = next(iter(states_of_places().items()))
    return city, state


def test_a_visit_whose_only_party_is_the_places_state_is_none() -> None:
    city, state = _city_and_state()
    evs = run(f"وخلال زيارة وفد إلى [المدينة](LOC:{city}) تعهد [المسؤولون](ORG:{state}) بدعم المحافظة.",
              "2015-07-23")
    assert [e.label for e in evs if e.label == "VISIT"] == []


def test_a_named_visitor_keeps_the_visit() -> None:
    city, state = _city_and_state()
    evs = run(f"وصل الوزير [أحمد خالد](PER:ahmed) إلى [المدينة](LOC:{city}) [أمس](DATE:2015-07-22).",
              "2015-07-23")
    assert [(e.label, e.attrs.participants[0], e.attrs.place) for e in evs] == [("VISIT", "ahmed", city)]
