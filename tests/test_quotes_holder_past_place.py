"""The words describing a speaker reach the holder's name after his office's place, when the tagger
missed or mistyped it (issue 15 round 44): «وقالت وزيرة الثقافة في مالي راماتولاي ديالو "…"» gives
the described speaker up to the name, not «وزيرة الثقافة» alone."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import marked, quotes

_QUOTE = ' "تدور إعادة البناء حول شيء أكبر من الأسوار".'


@pytest.mark.parametrize("name", ["راماتولاي ديالو", "[راماتولاي ديالو](LOC:x)"])
def test_the_description_reaches_the_holder_after_the_place(name: str) -> None:
    art = marked(f"وقالت وزيرة الثقافة في [مالي](LOC:mali) {name}{_QUOTE}")
    quotes.func(art)
    (q,) = art.layer("quotes")
    assert q.attrs.speaker is None
    assert q.attrs.speaker_text == "وزيرة الثقافة في مالي راماتولاي ديالو"
    assert q.attrs.speaker_at is not None
    assert art.text[q.attrs.speaker_at[1] - 5:q.attrs.speaker_at[1]] == "ديالو"


def test_a_definite_word_after_the_place_is_no_name() -> None:
    art = marked(f"وقالت وزيرة الثقافة في [مالي](LOC:mali) الاثنين{_QUOTE}")
    quotes.func(art)
    (q,) = art.layer("quotes")
    assert q.attrs.speaker_text == "وزيرة الثقافة"
