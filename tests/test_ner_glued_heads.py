"""A word the tagger glued before a person's name that the article names in full elsewhere
(`marsad.ner.glued_heads`), on word lists and through the whole article tagger."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.glued_heads import unglued_heads
from marsad.ner.persons import NameSigns


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def persons(text: str, chunks: list[Chunk]) -> list[str]:
    words = text.split()
    out = unglued_heads([normalize(w) for w in words], chunks, signs())
    return [" ".join(words[c.start : c.end]) for c in out if c.type == "PER"]


FULL = "قال وزير الدفاع الأمريكي أشتون كارتر إن الخيار قائم ."


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        ("وأدلى كارتر بتصريحه", "كارتر"),  # a verb
        ("وكان أداء كارتر جيدا", "كارتر"),  # a noun in construct state
        ("وشكر كارتر الحضور", "كارتر"),  # a foreign-shaped verb behind «و»
    ],
)
def test_a_word_before_the_family_name_of_a_name_given_in_full_is_cut(tail: str, want: str) -> None:
    text = f"{FULL} {tail}"
    glued = len(FULL.split()) + tail.split().index(want) - 1
    got = persons(text, [Chunk(4, 6, "PER"), Chunk(glued, glued + 2, "PER")])
    assert got == ["أشتون كارتر", want]


@pytest.mark.parametrize(
    "tail",
    [
        "وقال خالد كارتر إن",  # a listed given name: another of the family
        "وقال ستيفين كارتر إن",  # the same given name spelt otherwise
        "وقال سيلفيو كارتر إن",  # a foreign-shaped given name
        "وقال معمر كارتر إن",  # a spelling seen as a name
        "وقال زابن بن كارتر إن",  # a chain of ancestors
    ],
)
def test_a_word_that_may_be_a_given_name_stays(tail: str) -> None:
    text = f"{FULL} {tail}"
    start = len(FULL.split()) + 1
    end = start + len(tail.split()) - 2
    got = persons(text, [Chunk(4, 6, "PER"), Chunk(start, end, "PER")])
    assert got == ["أشتون كارتر", " ".join(tail.split()[1:-1])]


def test_only_a_name_the_article_introduces_cuts_another() -> None:
    # the full name comes after no title, nisba or describing word: nothing to trust
    text = "قال أشتون كارتر إن الخيار قائم . وأدلى كارتر بتصريحه"
    assert persons(text, [Chunk(1, 3, "PER"), Chunk(7, 9, "PER")]) == ["أشتون كارتر", "وأدلى كارتر"]
    # the name introduced so is never cut by the other
    text = f"{FULL} وأدلى كارتر بتصريحه"
    assert persons(text, [Chunk(4, 6, "PER"), Chunk(10, 12, "PER")])[0] == "أشتون كارتر"


def test_article_tagger_cuts_the_glued_word() -> None:
    text = ("وقال الرئيس الإيراني حسن روحاني إن الاتفاق جيد. وقال قبادي إنه بعد مرور نحو عامين على "
            "اختيار روحاني رئيسا تغيرت الأمور.")
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    got = [text[s.start : s.end] for s in spans if s.label == "PER"]
    assert "روحاني" in got and "اختيار روحاني" not in got
