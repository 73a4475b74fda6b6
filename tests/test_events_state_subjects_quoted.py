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


def test_an_office_before_a_signing_noun_with_its_own_doer_is_no_party() -> None:
    # «في ظل توقيع السعودية اتفاقيات»: the kingdom signs; the speaker's second office is no signer
    evs = run("أكد الأستاذ [سعد البداح](PER:b) رئيس [اللجنة الوطنية للاستقدام](ORG:c) رئيس الشركة "
              "السعودية للاستقدام أننا نعيش أزمة استقدام، لكنها - وفقاً لما ذكر - ستحل خلال 3 أشهر؛ "
              "في ظل توقيع [السعودية](LOC:sa) اتفاقيات مع دول جديدة، ك[الهند](LOC:in) و[كينيا](LOC:ke).")
    assert _shape(evs) == [("AGREE", ["sa", "in"]), ("AGREE", ["sa", "ke"])]

