"""A verb of deciding, managing or habit (quote_cues other_verb rows: «قرر», «استطاع», «اعتاد») owns
the «أنْ» after it: met after a verb of saying before any complementizer, no reported speech opens
there («فقال الرجل الطريق طويل … وأخيرا قررا أن يعودا»); a complementizer of the verb of saying's own,
before it, still does.
"""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from tests.test_quotes_units import run


@pytest.mark.parametrize("word", ["قرر", "قررت", "قررا", "استطاع", "اعتاد", "وقرر"])
def test_deciding_verbs_are_other_verbs(word: str) -> None:
    assert quote_cues().at(words_of(word), 0, frozenset({"other_verb"})) is not None


@pytest.mark.parametrize("src", [
    "فقال الرجل الطريق طويل لكن صاحبه قال الطريق قصير، واختلفا كثيرا وأخيرا قررا أن يسألا شيخ القرية.",
    "وقال الطالب فرحت كثيرا بالنتيجة التي كان والدي اعتاد أن يكافئني عليها.",
])
def test_their_an_opens_no_reported_speech(src: str) -> None:
    assert run(src) == []


def test_the_saying_verbs_own_complementizer_comes_first() -> None:
    src = "وقال المدرب [سالم العبدالله](PER:salem) إن الإدارة قررت أن تمدد عقده عامين."
    assert run(src) == [("indirect", "الإدارة قررت أن تمدد عقده عامين", "salem")]
