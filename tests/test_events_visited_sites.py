"""A visit noun followed by a facility noun names what is visited, not who visits: with every
party named from that facility on, the visit has no visitor and is no event; a visitor named
before the noun, or its owner's pronoun, keeps it (docs/realtext-annotation.md, Events: a
VISIT's participants are the visitor and a named host; issue 15, precision)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_CITIES = {r["form"] for r in load_table("event_senses") if r["kind"] == "visit_party"}  # «زيارة العاصمة»
_FACILITIES = [r["form"] for r in load_table("event_facilities") if r["form"] not in _CITIES]


def _shape(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


def test_a_visit_to_a_named_site_with_no_visitor_is_no_event() -> None:
    assert run("وتمثل زيارة «[مركز الفنون الحديثة](ORG:c)» محطة مهمة لعشاق الرسم في [دبي](LOC:d).") == []
    assert run("كما شمل البرنامج زيارة مركز [شرطة الخبر](ORG:p) و[هيئة السياحة](ORG:h) في اليوم "
               "الثالث.") == []


def test_a_care_home_visited_in_a_volunteers_programme_is_no_event() -> None:
    # events-dev-fresh29 9696: «دار» is a facility noun, as «مركز» and «مستشفى» (round 51)
    assert run("نظمت مجموعة إحساس التطوعية برنامجا تضمن زيارة [دار الرعاية الاجتماعية للمسنات](ORG:d) "
               "[بالرياض](LOC:r) بمناسبة عيد الفطر المبارك.") == []


def test_a_visitor_named_before_the_noun_keeps_the_visit() -> None:
    evs = run("وقام الوزير [خالد العلي](PER:k) بزيارة [مركز الفنون الحديثة](ORG:c) في [دبي](LOC:d).")
    assert [e.label for e in evs] == ["VISIT"] and "k" in evs[0].attrs.participants


def test_the_owners_pronoun_keeps_the_visit() -> None:
    evs = run("وأشاد [خالد العلي](PER:k) بما شاهده خلال زيارته مركز [شرطة الخبر](ORG:p) أمس.")
    assert [e.label for e in evs] == ["VISIT"]


def test_a_city_noun_is_visited_with_its_visitor_after_it() -> None:
    evs = run("وكانت زيارة العاصمة برئاسة الوزير [خالد العلي](PER:k) ناجحة بكل المقاييس في [دبي](LOC:d).")
    assert [e.label for e in evs] == ["VISIT"]


@pytest.mark.parametrize("form", _FACILITIES)
def test_each_facility_row_names_a_site(form: str) -> None:
    text = f"كما شمل البرنامج زيارة {form} [النخبة](ORG:n) و[هيئة السياحة](ORG:h) في [دبي](LOC:d)."
    assert run(text) == []
