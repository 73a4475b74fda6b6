"""One-word catalogue persons the tagger missed (`article._lone_person`): the name alone, with or
without the article, is the person; an indefinite nisba-shaped word right after an indefinite word
reads as that word's adjective and is left."""

from __future__ import annotations

import pytest

from marsad.ner.article import tag_article
from marsad.ner.crf import NerModel


def names(text: str) -> list[tuple[str, str]]:
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    return [(s.label, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وحده الخامنئي يقرر متى يعود المفاوضون إلى طاولة الحوار.", ("PER", "الخامنئي")),
        ("ولم يعلق الخامنئي على الاتفاق حتى الآن رغم مرور أسبوع.", ("PER", "الخامنئي")),
        ("ويعرف الجميع أن زوما لن يترشح مرة أخرى.", ("PER", "زوما")),
        ("وقالت مصادر إن مرسي بقي في السجن.", ("PER", "مرسي")),
    ],
)
def test_a_one_word_catalogue_person_is_found(text: str, want: tuple[str, str]) -> None:
    assert want in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ويحتاج الإنسان إلى غذاء روحاني في هذا الشهر الكريم.",
        "وعاش الأطفال حياة هنية في القرية.",
    ],
)
def test_a_nisba_shaped_name_after_an_indefinite_noun_is_its_adjective(text: str) -> None:
    assert all(label != "PER" for label, _ in names(text))
