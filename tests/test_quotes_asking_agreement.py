"""The verbs and participles of demanding, calling and pledging (quote_objects, quote_calls) tell
the gender and number of their speaker as the verbs of saying do (issue 15, round 38): «وطالبوا»
after one named person is a group, «وطالب» after a woman is not she, on invented sentences."""

from __future__ import annotations

import pytest

from marsad.events.speaker_agreement import cue_agreement
from marsad.events.words import words_of
from tests.test_quotes_units import run


@pytest.mark.parametrize(("word", "expected"), [
    ("مطالبين", "p"), ("طالبوا", "p"), ("وتعهدوا", "p"), ("داعين", "p"),
    ("طالبت", "f"), ("مطالبة", "f"), ("مطالبا", "m"), ("طالب", "m"),
])
def test_a_verb_of_demanding_tells_its_speaker_s_number_and_gender(word: str, expected: str) -> None:
    assert cue_agreement(words_of(word)[0]) == expected


def test_a_plural_demand_after_one_named_person_is_a_group_s() -> None:
    got = run("وقال [سالم العلي](PER:salem) إن الطريق مغلق. ثم طالبوا بإقالة المسؤولين عن الحادث فورا.")
    assert [s for _, _, s in got] == ["salem", None]


def test_a_masculine_demand_does_not_go_on_with_a_woman() -> None:
    got = run("وقالت [هدى السالم](PER:huda) إن الطريق مغلق. وطالب بإقالة المسؤولين عن الحادث فورا.")
    assert [s for _, _, s in got] == ["huda", None]


def test_a_feminine_demand_goes_on_with_the_woman_who_spoke() -> None:
    got = run("وقالت [هدى السالم](PER:huda) إن الطريق مغلق. وطالبت بإقالة المسؤولين عن الحادث فورا.")
    assert [s for _, _, s in got] == ["huda", "huda"]


@pytest.mark.parametrize("word", ["وطالبوه", "طالبوها", "وأبلغوهم"])
def test_a_plural_past_with_an_object_pronoun_is_plural(word: str) -> None:
    assert cue_agreement(words_of(word)[0]) == "p"


def test_a_plural_demand_made_of_the_last_speaker_is_not_his() -> None:
    got = run("وقال [سالم العلي](PER:salem) إن الطريق مغلق. ثم طالبوه بالاعتذار عن تصريحاته فورا.")
    assert [s for _, _, s in got] == ["salem", None]
