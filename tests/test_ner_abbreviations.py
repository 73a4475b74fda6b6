"""A letter abbreviation with its full stop is one word for the tagger (`ner.tokens.abbreviations`),
as ANERcorp writes «د.», «م.», «ق.»: the stop ends no sentence, the title cue «د.» is seen, and
the name after it is tagged without it. On sentences of our own, with the shipped model."""

from __future__ import annotations

import pytest

from marsad.ner.article import tag_article
from marsad.ner.crf import NerModel
from marsad.ner.tokens import tokenize


def words(text: str) -> list[str]:
    return [w for w, _, _ in tokenize(text)]


def names(text: str) -> list[tuple[str, str]]:
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    return [(sp.label, text[sp.start : sp.end]) for sp in spans]


def test_a_letter_and_its_stop_are_one_word_with_the_offsets_of_both() -> None:
    text = "وأوضح د. سامي العتيبي"
    toks = tokenize(text)
    assert [w for w, _, _ in toks] == ["وأوضح", "د.", "سامي", "العتيبي"]
    _, s, e = toks[1]
    assert text[s:e] == "د."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقال أ.د. خالد المالكي", ["وقال", "أ.د.", "خالد", "المالكي"]),
        ("وقال م. فهد الشمري", ["وقال", "م.", "فهد", "الشمري"]),
        # glued to the name: the abbreviation and the name are two words
        ("يقول د.ماجد القحطاني", ["يقول", "د.", "ماجد", "القحطاني"]),
    ],
)
def test_abbreviations_keep_their_stop(text: str, want: list[str]) -> None:
    assert words(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the era letter glued to a year is no abbreviation: the stop ends the sentence
        ("نما في العام 2013م. وأكد التقرير", ["نما", "في", "العام", "2013م", ".", "وأكد", "التقرير"]),
        # an agency's dotted letters stay one word, a word's stop stays apart
        ("ذكرت وكالة د.ب.أ الخبر.", ["ذكرت", "وكالة", "د.ب.أ", "الخبر", "."]),
        # a letter with a space before its stop is no abbreviation
        ("الفقرة ب .", ["الفقرة", "ب", "."]),
    ],
)
def test_other_stops_are_left_as_they_were(text: str, want: list[str]) -> None:
    assert words(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وأوضح د. سامي العتيبي أن المشروع سيكتمل قريبا.", [("PER", "سامي العتيبي")]),
        ("يبطل الصيام.. يقول د.ماجد القحطاني إنه لا يبطل.", [("PER", "ماجد القحطاني")]),
        ("وأكد وكيل وزارة الصحة د. ناصر القحطاني أن الحملة ناجحة.",
         [("ORG", "وزارة الصحة"), ("PER", "ناصر القحطاني")]),
        ("وصرح وزير الثقافة والإعلام د. خوجة للصحيفة بأن الاتصالات كثيرة.", [("PER", "خوجة")]),
    ],
)
def test_the_name_after_a_doctors_title_is_tagged_without_it(text: str, want: list[tuple[str, str]]) -> None:
    assert names(text) == want
