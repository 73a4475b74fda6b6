"""A capital standing for its state as an event's party is one party with the state (issue 15, the
round-39 ruling of docs/realtext-annotation.md § Events): one agreement told by its capitals and
again by its states is one event, and an event naming a capital and its state names one party; a
capital where the event happens stays the place (events/capital_parties.py)."""

from __future__ import annotations

import pytest

from marsad.events.place_scales import states_of_capitals
from tests.test_events_units import run


def test_one_agreement_told_by_capitals_then_by_states_is_one_event() -> None:
    evs = run("وقعت [الرياض](LOC:riyadh) و[القاهرة](LOC:cairo) [أمس](DATE:2015-07-30) اتفاقا لتعزيز "
              "التعاون العسكري والاقتصادي. واتفقت [السعودية](LOC:saudi_arabia) و[مصر](LOC:egypt) على "
              "تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاق.", "2015-07-31")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1 and set(agree[0].attrs.participants) == {"riyadh", "cairo"}


def test_an_agreement_told_by_states_then_by_capitals_keeps_the_states() -> None:
    evs = run("وقعت [السعودية](LOC:saudi_arabia) و[مصر](LOC:egypt) [أمس](DATE:2015-07-30) اتفاقا لتعزيز "
              "التعاون العسكري. واتفقت [الرياض](LOC:riyadh) و[القاهرة](LOC:cairo) على تشكيل لجنة "
              "مشتركة لمتابعة تنفيذ الاتفاق.", "2015-07-31")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1 and set(agree[0].attrs.participants) == {"saudi_arabia", "egypt"}


def test_a_capital_beside_its_state_is_one_party() -> None:
    evs = run("وعقدت [اليونان](LOC:greece) ودائنوها [أمس](DATE:2015-08-10) محادثات في [بروكسل](LOC:brussels) "
              "مع [أثينا](LOC:athens) و[المفوضية الأوروبية](ORG:ec).", "2015-08-11")
    meet = [e for e in evs if e.label == "MEET"]
    assert meet and "athens" not in meet[0].attrs.participants
    assert {"greece", "ec"} <= set(meet[0].attrs.participants)


def test_two_agreements_of_two_capitals_of_other_states_stay_two() -> None:
    evs = run("وقعت [الرياض](LOC:riyadh) و[القاهرة](LOC:cairo) [أمس](DATE:2015-07-30) اتفاقا لتعزيز "
              "التعاون العسكري. واتفقت [تركيا](LOC:turkey) و[مصر](LOC:egypt) على تشكيل لجنة "
              "مشتركة للتجارة.", "2015-07-31")
    assert len([e for e in evs if e.label == "AGREE"]) == 2


def test_a_capital_where_the_meeting_is_held_stays_the_place() -> None:
    evs = run("التقى الرئيس [عبد الفتاح السيسي](PER:sisi) ولي العهد [محمد بن سلمان](PER:mbs) في "
              "[الرياض](LOC:riyadh) [أمس](DATE:2015-07-30).", "2015-07-31")
    meet = [e for e in evs if e.label == "MEET"]
    assert meet and meet[0].attrs.place == "riyadh"
    assert "saudi_arabia" not in meet[0].attrs.participants


@pytest.mark.parametrize(("capital", "state"), [
    ("riyadh", "saudi_arabia"), ("cairo", "egypt"), ("ankara", "turkey"), ("washington_dc", "united_states"),
    ("tehran", "iran"), ("kabul", "afghanistan"), ("moscow", "russia"), ("athens", "greece"),
])
def test_a_capital_stands_for_its_state(capital: str, state: str) -> None:
    assert states_of_capitals()[capital] == state


def test_a_capital_two_states_claim_or_a_city_stands_for_none() -> None:
    assert "jerusalem" not in states_of_capitals()
    assert "jeddah" not in states_of_capitals()
