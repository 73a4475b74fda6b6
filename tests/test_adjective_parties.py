"""An event noun qualified by two states' adjectives («المباحثات السعودية الفرنسية», «الحوار
الأمريكي الإيراني») has those states as its parties (events/adjective_parties.py); one adjective
alone, a noun that is no event, an indefinite noun or adjectives of one state are none."""

from __future__ import annotations

from marsad.events.adjective_parties import adjective_parties
from marsad.events.context import build_context
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import labelled_parties, marked, run


def read(text: str) -> list[tuple[str, str | None]]:
    ctx = build_context(marked(text), sides=True)
    return [(ctx.text[m.start:m.end], m.attrs.entity) for m in adjective_parties(ctx)]


def test_two_adjectives_after_an_event_noun_are_its_states() -> None:
    assert read("وانطلقت أمس المباحثات السعودية الفرنسية حول التعاون.") == [
        ("السعودية", "saudi_arabia"), ("الفرنسية", "france")]
    assert labelled_parties(run("وفتح الاتفاق النووي الحوار الأمريكي الإيراني حول الأزمة.")) == [
        ("MEET", ["united_states", "iran"])]


def test_one_adjective_another_noun_or_one_state_is_none() -> None:
    assert read("وانطلقت أمس المباحثات السعودية حول التعاون.") == []  # with whom?
    assert read("وبحث الوزير العلاقات السعودية المصرية.") == []  # relations: no event noun
    assert read("وتجري مباحثات سعودية فرنسية حول التعاون.") == []  # indefinite
    assert read("وانطلقت المباحثات السعودية السعودية أمس.") == []  # one state
    assert read("وانطلقت المباحثات السعودية الفرنسي أمس.") == []  # the second does not agree


def test_the_states_are_stored_as_the_events_names() -> None:
    art = marked("وعقدت القمة السعودية المصرية في [القاهرة](LOC:cairo) أمس.")
    quotes.func(art)
    events.func(art)
    assert labelled_parties(art.layer("events")) == [("MEET", ["saudi_arabia", "egypt"])]
    added = [(m.slice(art.text), m.label, m.attrs.side) for m in art.layer("mentions") if m.attrs.side]
    assert added == [("السعودية", "ORG", "saudi_arabia"), ("المصرية", "ORG", "egypt")]
