"""`words` gives each call a list of its own (the dedup sketches and the story item of an
article share one split, `duplicates.prepare_sketches(items=True)`)."""

from __future__ import annotations

from marsad.stories.text import words


def test_words_gives_a_new_list_each_call_for_the_same_text() -> None:
    first = words("ذهب الوزير إلى الرياض")
    first.append("x")
    again = words("ذهب الوزير إلى الرياض")
    assert "x" not in again and again == first[:-1]
    assert words("كتب") != again and words("ذهب الوزير إلى الرياض") == again
