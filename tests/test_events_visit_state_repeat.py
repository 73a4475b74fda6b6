"""A visit told again with the state its place lies in beside its visitor («سيجري الجبير خلال
زيارته لموسكو عددا من اللقاءات», read with Russia) has no party of its own: the state is where
the visit goes, not a party (`repeats.late_repeats`); a meeting's state stays a party."""

from __future__ import annotations

from marsad.events.place_scales import states_of_places
from marsad.events.repeats import late_repeats
from marsad.model import EventAttrs, Span


def _event(label: str, parts: list[str], place: str | None, status: str = "planned") -> Span[EventAttrs]:
    return Span(0, 10, label, EventAttrs(participants=list(parts), place=place, date="2015-08-11",
                                         status=status))


def _city_and_state() -> tuple[str, str]:
    return next((city, state) for city, state in sorted(states_of_places().items()) if city != state)


def test_a_visit_told_again_with_the_state_of_its_place_is_one() -> None:
    city, state = _city_and_state()
    first = _event("VISIT", ["jubeir", "putin"], city)
    again = _event("VISIT", [state, "jubeir"], city)
    assert [ev for _, ev in late_repeats([(0, first), (4, again)])] == [first]


def test_the_state_alone_is_no_visit_told_again() -> None:
    city, state = _city_and_state()
    first = _event("VISIT", ["jubeir", "putin"], city)
    assert len(late_repeats([(0, first), (4, _event("VISIT", [state], city))])) == 2


def test_a_meeting_with_the_state_of_its_place_stays() -> None:
    city, state = _city_and_state()
    first = _event("MEET", ["jubeir", "lavrov"], city)
    assert len(late_repeats([(0, first), (4, _event("MEET", [state, "jubeir"], city))])) == 2
