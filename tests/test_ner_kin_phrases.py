"""«ابن» or «بنت» before a word describing a person is a description, no name."""

from __future__ import annotations

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.kin_phrases import drop_kin_descriptions


def names(text: str) -> list[tuple[str, str]]:
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    return [(text[s.start : s.end], s.label) for s in spans]


def test_a_son_of_someone_described_is_dropped_and_a_name_of_ibn_is_kept() -> None:
    sentence = "وكشف ابن المريضة عن حاجة ابن الهيثم وبنت المواطن"
    norms = [normalize(w) for w in sentence.split()]
    chunks = [Chunk(1, 3, "PER", 0.9), Chunk(5, 7, "PER", 0.9), Chunk(7, 9, "PER", 0.9)]
    assert [(c.start, c.end) for c in drop_kin_descriptions(norms, chunks)] == [(5, 7)]
    # only a person of those two words: a longer name, or another type, is left alone
    chunks = [Chunk(1, 3, "ORG", 0.9), Chunk(7, 10, "PER", 0.9)]
    assert drop_kin_descriptions([*norms, "العلي"], chunks) == chunks


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وكشف ابن المريضة عن حاجة والدته للعلاج في الخارج.", []),
        ("وقدم ابن السجين شكره للجمعية على دعمها.", []),
        ("وشرح المعلم نظريات ابن الهيثم عن الضوء.", [("ابن الهيثم", "PER")]),
    ],
)
def test_in_sentences(text: str, want: list[tuple[str, str]]) -> None:
    assert names(text) == want
