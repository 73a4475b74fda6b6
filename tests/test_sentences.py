"""Sentence ends (lang/sentences.py): a stop after a lone letter is an initial, not an end;
a stop after a word whose last letter carries a vowel mark is an end."""

from __future__ import annotations

from marsad.lang.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_an_initial_does_not_end_a_sentence() -> None:
    text = "عقد نيكولاي ب. باتروشيف اجتماعا. ثم غادر."
    assert _sentences(text) == ["عقد نيكولاي ب. باتروشيف اجتماعا.", "ثم غادر."]


def test_a_word_ending_in_a_marked_letter_ends_a_sentence() -> None:
    # «توطدًا»: its last letter follows a tanween; the stop after it is no initial's
    text = "فإن الشراكة بين البلدين تزداد توطدًا. عقد الجانبان اجتماعا."
    assert _sentences(text) == ["فإن الشراكة بين البلدين تزداد توطدًا.", "عقد الجانبان اجتماعا."]
