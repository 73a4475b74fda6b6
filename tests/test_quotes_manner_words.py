"""A word of manner or of «then» right after a verb of saying (speaker_clauses adverb rows) tells
how or when it spoke and describes no speaker, on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_revered_speakers import said


@pytest.mark.parametrize("sentence", [
    "واختار التنكر بزي طباخ. ويعلق مبتسما: «هي صورة لا تفارق خيالي وتذكرني بشغفي».",
    "وقال ساخرا: «هذه ليست أول مرة نسمع فيها الوعود نفسها».",
    "وقال حينها إن الوضع صعب جدا على الجميع.",
])
def test_a_manner_word_is_no_speaker(sentence: str) -> None:
    assert [(text, at) for _, text, at in said(sentence)] == [(None, None)]


def test_the_speaker_words_before_a_manner_word_stay() -> None:
    got = said("وقال الرجل العجوز ساخرا: «هذه ليست أول مرة نسمع فيها الوعود نفسها».")
    assert got[0][1].startswith("الرجل العجوز")
