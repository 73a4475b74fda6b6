"""A visit told at a site the catalogue does not know («في مستشفى النهضة بمسقط», «في مطار الكويت
الدولي») and then by its visitor to a state on the very day («زار الطفلة في المستشفى» read with Oman,
«زيارة ظريف للكويت») is one visit told again (`repeats.late_repeats`): events-dev-fresh27 14631,
fresh29 11038. Another day, a place the catalogue knows, or a city after the site keep two."""

from __future__ import annotations

from marsad.events.nameless import catalogue_ids
from marsad.events.place_scales import places_not_states, states, states_of_places
from marsad.events.repeats import late_repeats
from marsad.model import EventAttrs, Span

_SITE = "e0000site0000000"  # an entity the tagger made, no catalogue entry


def _visit(parts: list[str], place: str, day: str = "2015-07-30") -> Span[EventAttrs]:
    attrs = EventAttrs(participants=list(parts), place=place, date=day, status="happened")
    return Span(0, 10, "VISIT", attrs)


def _state() -> str:
    return sorted(states())[0]


def test_the_site_unknown_to_the_catalogue_is_no_catalogue_entry() -> None:
    assert _SITE not in catalogue_ids()


def test_a_visit_to_a_state_told_after_its_site_on_the_day_is_one() -> None:
    first = _visit(["ambassador", "girl"], _SITE)
    assert [ev for _, ev in late_repeats([(0, first), (4, _visit(["ambassador"], _state()))])] == [first]


def test_another_day_keeps_two_visits() -> None:
    first = _visit(["ambassador", "girl"], _SITE)
    assert len(late_repeats([(0, first), (4, _visit(["ambassador"], _state(), "2015-07-28"))])) == 2


def test_a_catalogued_word_read_as_the_place_keeps_two_visits() -> None:
    known = sorted(catalogue_ids() - states() - set(states_of_places()) - places_not_states())[0]
    first = _visit(["jubeir"], known)  # «روسيا اليوم» read as the channel
    assert len(late_repeats([(0, first), (4, _visit(["jubeir"], _state()))])) == 2


def test_a_city_after_the_site_keeps_its_own_visit() -> None:
    city = next(c for c, s in sorted(states_of_places().items()) if c != s and c not in states())
    first = _visit(["governor"], _SITE)
    assert len(late_repeats([(0, first), (4, _visit(["governor"], city))])) == 2
