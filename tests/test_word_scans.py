"""The scans that pick a sentence's few candidate words at C speed read what the word-by-word
reading would: `ref_words` (speaker references of one kind), a cue lexicon's gate on readings
no cue can start, and `normalized_words` with and without a changed character."""

from __future__ import annotations

from marsad.events.lexicon import quote_cues, ref_words, speaker_ref
from marsad.events.words import Word, words_of
from marsad.lang.words import normalized_words


def test_ref_words_are_the_words_speaker_ref_reads_as_that_kind() -> None:
    ws = words_of("وقال وزير الخارجية في بيان إن الوزير أصدر بيانا")
    assert ref_words(ws, "statement") == [4, 8]  # بيان, بيانا (accusative)
    assert ref_words(ws, "title") == [1, 6]  # وزير, الوزير
    for kind in ("statement", "title"):
        assert ref_words(ws, kind) == [k for k, w in enumerate(ws)
                                       if (r := speaker_ref(w.norm)) is not None and r[0] == kind]
    assert ref_words([], "title") == []


def test_a_verb_cue_with_a_suffix_and_a_conjunction_passes_the_reading_gate() -> None:
    ws = words_of("وقالت الوزيرة إن")
    cue = quote_cues().at(ws, 0)
    assert cue is not None and cue.kind == "verb"
    assert quote_cues().at(words_of("الطاولة"), 0) is None  # no cue starts there


def test_normalized_words_offsets_with_and_without_changed_characters() -> None:
    plain = "قال الوزير"
    assert normalized_words(plain) == [(0, 3, "قال"), (4, 10, "الوزير")]
    marked = "قالَ الوزيرُ"  # the vowels are dropped: offsets still into the text as written
    assert normalized_words(marked) == [(0, 3, "قال"), (5, 11, "الوزير")]
    assert normalized_words("x " + plain, 2) == [(2, 5, "قال"), (6, 12, "الوزير")]
    w = words_of(plain)[0]
    assert type(w) is Word and w == Word(0, 3, "قال")
