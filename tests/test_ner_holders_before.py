"""The holder's name right before its office in apposition (`office_holders.holders_before`):
«وقال [كارلوس دياز] وزير خارجية البيرو». On chunk lists of our own sentences, with the tagger's
word signs taken from the shipped model, and through the whole article tagger."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.office_holders import holders_before
from marsad.ner.persons import NameSigns


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def added(text: str, chunks: list[Chunk] | None = None, breaks: set[int] | None = None) -> list[str]:
    words = text.split()
    norms = [normalize(w) for w in words]
    out = holders_before(norms, words, list(chunks or []), breaks or set(), signs())
    return [" ".join(words[c.start : c.end]) for c in out if c.source == "rule"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقال كارلوس دياز وزير الخارجية إن بلاده مستعدة", ["كارلوس دياز"]),  # after a verb of saying
        ("استمعت اللجنة إلى عز الدين الأصبحي وزير الثقافة في عدن", ["عز الدين الأصبحي"]),  # a particle
        ("وقال مسؤول إن فيدريكا موجيريني مفوضة السياسة الخارجية ستزور", ["فيدريكا موجيريني"]),  # foreign
    ],
)
def test_a_name_opening_a_clause_before_an_office_is_its_holder(text: str, want: list[str]) -> None:
    assert added(text) == want


def test_the_complement_may_be_a_place_the_tagger_found_after_a_construct_word() -> None:
    text = "وقال كارلوس دياز وزير خارجية بيرو إن"
    assert added(text, [Chunk(5, 6, "LOC")]) == ["كارلوس دياز"]
    assert added(text) == []  # «خارجية» and no place or definite word after it: no complement


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر مسؤول رئيس الوفد إنه سيغادر",  # common nouns: no name spelling
        "ويأتي ذلك من خلال لقاء وزير الخارجية بنظيره",  # «خلال لقاء»: ordinary words
        "وقال كارلوس دياز ووزير الخارجية إن",  # «ووزير»: a second person, no apposition
        "وقال كارلوس دياز وزير إن الوضع خطير",  # no complement after the office
        "وأكد المدير كارلوس دياز وزير الخارجية أن",  # «المدير» before it: the clause opens earlier
        "كرم مساعد مدير الأمن العام الضباط",  # a sentence's first words: a verb and its object
        "وأصبح الحزب على سبيل المثال قائد الدولة",  # a definite word that is no family name
        "وقال إنه أدى القسم أمام الملك",  # «أمام», no office «إمام»
    ],
)
def test_no_holder_without_a_name_a_bare_office_with_its_complement_and_a_clause_start(text: str) -> None:
    assert added(text) == []


def test_a_name_the_tagger_found_is_left_alone() -> None:
    assert added("وقال كارلوس دياز وزير الخارجية إن", [Chunk(1, 3, "PER")]) == []


def test_never_across_a_sentence_break() -> None:
    assert added("وقال كارلوس . دياز وزير الخارجية إن", breaks={2}) == []


def test_the_article_tagger_finds_the_holder_before_the_office() -> None:
    text = "وقال مسؤول إن فيدريكا موجيريني مفوضة السياسة الخارجية ستزور الرياض الأسبوع المقبل."
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    got = [(text[m.start : m.end], m.label) for m in spans]
    assert ("فيدريكا موجيريني", "PER") in got
