"""«لفت النظر/الانتباه إلى أن» (drew attention to) is one verb of saying with its object
(quote_cues rows «لفت النظر», «لفتت الانتباه», …): the noun is no speaker described by it, and
the verb without a subject goes on with the one who spoke before (round 35, fresh-text audit:
«النظر» was the described speaker of 7 quotations of the 3,000 records)."""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers_round19 import spoken


@pytest.mark.parametrize("verb, noun", [("ولفت", "النظر"), ("ولفت", "الانتباه")])
def test_drew_attention_carries_the_last_speaker_on(verb: str, noun: str) -> None:
    got = spoken(f"وقال الدكتور [خالد العتيبي](PER:k) إن الإصابات تتزايد في العيد. {verb} {noun} "
                 "إلى أن الألعاب النارية أخطرها.")
    assert got == [("k", None), ("k", None)]


def test_a_feminine_speaker_too() -> None:
    got = spoken("وقالت [هند السالم](PER:h) إن البرنامج مستمر. ولفتت الانتباه إلى أن الفتيات الأقل حظا.")
    assert got == [("h", None), ("h", None)]


def test_the_subject_between_the_verb_and_its_object_still_speaks() -> None:
    got = spoken("ولفت وزير الصحة [خالد العتيبي](PER:k) النظر إلى أن الوقت غير مناسب.")
    assert got == [("k", None)]
