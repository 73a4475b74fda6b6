"""Reported words that open with a named state are that state's doing, not the speaker's: «وقال X
إن السعودية وقعت اتفاقية مع الهند» is an agreement of the kingdom and India, the speaker no party;
«وأكد X أن عدن ... وستستقبل ...» is Aden's reception (events-dev-fresh17, the seed-40 reading of
fresh text: the speaker as an extra party). A place after a preposition («إنه في الرياض وقع ...»)
opens no subject: the speaker stays."""

from __future__ import annotations

from tests.test_events_units import run


def _shape(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


def test_a_state_opening_the_reported_words_signs_not_the_speaker() -> None:
    evs = run("وقال [سعد البداح](PER:b) إن [السعودية](LOC:sa) وقعت اتفاقية مع [الهند](LOC:in).")
    assert _shape(evs) == [("AGREE", ["sa", "in"])]


def test_two_states_opening_the_reported_words_sign_together() -> None:
    evs = run("وقال [سعد البداح](PER:b) إن [السعودية](LOC:sa) و[الهند](LOC:in) وقعتا اتفاقية.")
    assert _shape(evs) == [("AGREE", ["sa", "in"])]


def test_a_place_after_a_preposition_keeps_the_speaker() -> None:
    evs = run("وقال [سعد البداح](PER:b) إنه في [الرياض](LOC:r) وقع اتفاقية مع [الهند](LOC:in).")
    assert _shape(evs) == [("AGREE", ["b", "in"])]
