"""A noun of the trigger table with the article on it, an event where it stands or not: the
antecedent an agreement's city (events/agreement_places.py) and a recalled event's own day
(events/dating.py) are read from. One reader for both."""

from __future__ import annotations

import pytest

from marsad.events.triggers import definite_trigger_noun
from marsad.events.words import Word
from marsad.lang.normalize import normalize


def _word(text: str) -> Word:
    return Word(0, len(text), normalize(text))


@pytest.mark.parametrize("text", ["الاتفاق", "بالاتفاق", "والاتفاقية"])
def test_definite_agreement_noun(text: str) -> None:
    assert definite_trigger_noun(_word(text), "AGREE")
    assert definite_trigger_noun(_word(text))


@pytest.mark.parametrize("text", ["اتفاق", "اتفاقية", "الحكومة"])
def test_not_a_definite_agreement_noun(text: str) -> None:
    assert not definite_trigger_noun(_word(text), "AGREE")


def test_type_limits_the_nouns() -> None:
    assert definite_trigger_noun(_word("الزيارة"))
    assert not definite_trigger_noun(_word("الزيارة"), "AGREE")
