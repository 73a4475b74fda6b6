"""The one word scanner (`lang/words.py`): what a word is, its offsets into the untouched
text, and the named variants the stages keep."""

from __future__ import annotations

from marsad.lang.words import (
    ALNUM_WORD,
    LETTER_DIGIT_RUN,
    LETTER_RUN,
    WORD,
    WORD_WITH_JOINERS,
    normalized_words,
    tokens_with_punctuation,
    word_spans,
    words,
    words_and_head,
)

ZWNJ = "\u200c"


def _cut(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_offsets_are_into_the_untouched_text() -> None:
    text = "قال  الرئيسُ، في الرياض."
    spans = word_spans(text)
    assert _cut(text, spans) == ["قال", "الرئيسُ", "في", "الرياض"]
    assert spans[0] == (0, 3)


def test_a_window_keeps_offsets_of_the_whole_text() -> None:
    text = "الأول الثاني الثالث"
    spans = word_spans(text, 6, 12)
    assert spans == [(6, 12)] and text[6:12] == "الثاني"
    assert _cut(text, word_spans(text, 6)) == ["الثاني", "الثالث"]


def test_combining_marks_and_tatweel_stay_inside_the_word() -> None:
    assert words("عُمانُ الـرياض مُحَمَّدٌ") == ["عُمانُ", "الـرياض", "مُحَمَّدٌ"]
    assert words("قرآنٰ") == ["قرآنٰ"]  # the dagger alef


def test_digits_and_latin_make_words_punctuation_and_underscore_separate() -> None:
    assert words("عام 2024 و٢٠٢٥، Reuters-AFP a_b") == ["عام", "2024", "و٢٠٢٥", "Reuters", "AFP", "a", "b"]


def test_joiners_split_a_word_unless_the_unit_takes_them_in() -> None:
    text = f"مي{ZWNJ}خواهم"
    assert words(text) == ["مي", "خواهم"]
    assert words(text, WORD_WITH_JOINERS) == [text]


def test_normalized_words_map_back_to_the_original_characters() -> None:
    text = "وقالـت الحكومةُ أمس ٢٠٢٤"
    found = normalized_words(text)
    assert [w for _, _, w in found] == ["وقالت", "الحكومه", "امس", "2024"]
    # from the first to the last character the normalised word kept: a dropped final mark stays out
    assert [text[s:e] for s, e, _ in found] == ["وقالـت", "الحكومة", "أمس", "٢٠٢٤"]
    assert [(s, w) for s, _, w in normalized_words(text, 7, 15)] == [(7, "الحكومه")]


def test_the_variants_differ_where_their_stages_need() -> None:
    vowelled = "عُمان"
    assert LETTER_DIGIT_RUN.findall(vowelled) == ["ع", "مان"]  # dates scan text already stripped
    assert ALNUM_WORD.findall(vowelled) == ["ع", "مان"]  # search folds marks away first
    assert LETTER_RUN.findall("سنة 2024م") == ["سنة", "م"]
    assert WORD.findall("a_b") == ALNUM_WORD.findall("a_b") == ["a", "b"]


def test_ner_tokens_add_single_punctuation_marks_and_keep_inner_joins() -> None:
    text = "قال «U.S.» بن-غوريون، 2024!"
    toks = tokens_with_punctuation(text)
    assert [t for t, _, _ in toks] == ["قال", "«", "U.S", ".", "»", "بن-غوريون", "،", "2024", "!"]
    assert all(text[s:e] == t for t, s, e in toks)
    assert [t for t, _, _ in tokens_with_punctuation(text, 4, 10)] == ["«", "U.S", ".", "»"]


def test_words_and_head_are_the_words_of_the_text_and_of_its_opening_from_one_scan() -> None:
    text = "قال الوزيرُ في الرياض، إن المملكة ‌ستدعم الحل 2024"
    for unit in (WORD, WORD_WITH_JOINERS, LETTER_RUN, ALNUM_WORD):
        for head in range(len(text) + 3):  # every cut: between words, inside one, past the end
            found, opening = words_and_head(text, head, unit)
            assert found == unit.findall(text), (unit, head)
            assert opening == unit.findall(text[:head]), (unit, head)
    found, opening = words_and_head(text, 6)  # «الوزيرُ» cut after «ال»: whole in the text
    assert opening == ["قال", "ال"] and found[1] == "الوزيرُ"
