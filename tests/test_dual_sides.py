"""A noun in the dual followed by two states' adjectives («الحكومتين العراقية والتركية», «الدولتين
السعودية والبحرينية») names both states (events/dual_sides.py); one adjective, adjectives of one state,
three adjectives, a gender that does not agree or a noun in the plural name none."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.dual_sides import dual_sides
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import labelled_parties, marked


def read(text: str) -> list[tuple[str, str | None]]:
    ctx = build_context(marked(text), sides=True)
    return [(ctx.text[m.start:m.end], m.attrs.entity) for m in dual_sides(ctx)]


def test_two_adjectives_after_a_dual_noun_are_its_two_states() -> None:
    assert read("وهناك اتفاقية أمنية بين الحكومتين العراقية والتركية منذ سنوات.") == [
        ("العراقية", "iraq"), ("التركية", "turkey")]
    assert read("وجرت المباحثات بين الدولتين السعودية، والبحرينية في المنامة.") == [
        ("السعودية", "saudi_arabia"), ("البحرينية", "bahrain")]
    assert read("وأكد البلدين المصري والسوداني حرصهما على التعاون.") == [
        ("المصري", "egypt"), ("السوداني", "sudan")]


def test_one_state_three_states_or_no_agreement_is_none() -> None:
    assert read("وبحث الحكومتين العراقية والعراقية الملف.") == []  # one state
    assert read("وبحث الحكومتين العراقية الملف.") == []  # one adjective
    assert read("وبحث البلدين العراقية والتركية الملف.") == []  # feminine after a masculine noun
    assert read("وبحث الجانبين العراقي والتركي الملف.") == []  # sides: often the named persons' delegations
    assert read("وبحث الحكومات العراقية والتركية الملف.") == []  # a plural, not a dual
    assert read("واجتمعت الدولتين السعودية والمصرية والأردنية أمس.") == []  # three: no dual


def test_the_states_are_the_parties_of_the_agreement() -> None:
    art = marked("ووقعت الحكومتان العراقية والتركية اتفاقية أمنية في [أنقرة](LOC:ankara) أمس.")
    quotes.func(art)
    events.func(art)
    assert labelled_parties(art.layer("events")) == [("AGREE", ["iraq", "turkey"])]
    added = [(m.slice(art.text), m.attrs.side) for m in art.layer("mentions") if m.attrs.side]
    assert added == [("العراقية", "iraq"), ("التركية", "turkey")]
