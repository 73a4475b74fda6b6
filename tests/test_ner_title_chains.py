"""Names read after a complete office chain (`ner/title_chains.py`), on chunk lists of our own
sentences, the tagger's word signs taken from the shipped model."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.persons import NameSigns
from marsad.ner.title_chains import chained_persons, drop_before_states


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def read(text: str, chunks: list[Chunk] | None = None) -> list[tuple[int, int, str]]:
    words = text.split()
    norms = [normalize(w) for w in words]
    found = chained_persons(norms, words, list(chunks or []), set(), signs())
    return [(c.start, c.end, c.type) for c in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # construct title, portfolio, state: the unknown name after the chain
        ("واستقبل وزير الثقافة الصيني لوه شوتشانغ وفدا", [(4, 6, "PER")]),
        # «باسم» and the body it names
        ("وقال المتحدث باسم الخارجية الإيرانية حسين جابري أنصاري إن", [(5, 8, "PER")]),
        # a definite title needs no portfolio
        ("وصرح الرئيس الكوبي ميغيل دياز أمس", [(3, 5, "PER")]),
    ],
)
def test_name_after_a_complete_chain(text: str, want: list[tuple[int, int, str]]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الثقافة الصيني إن بلاده",  # no name after the chain
        "ووصل وزير الخارجية الأمريكي بكين أمس",  # a place, one word
        "ويزور الرئيس الصيني الرياض الأسبوع المقبل",  # definite words: no name
        "وقال وزير الصيني لوه شوتشانغ",  # a construct title with no portfolio: no chain
        "وقال وزير الثقافة لوه شوتشانغ",  # no state closes the chain
        "واستقبل وزير الثقافة الصيني لوه وحده",  # one word is never taken alone
        "وبدا وزير الدفاع الفرنسي رجل سعيد",  # common words, no name spelling
    ],
)
def test_no_name_where_the_chain_is_incomplete(text: str) -> None:
    assert read(text) == []


def test_a_name_the_tagger_found_is_kept() -> None:
    found = [Chunk(4, 6, "PER", 0.9, "crf")]
    assert read("واستقبل وزير الثقافة الصيني لوه شوتشانغ وفدا", found) == [(4, 6, "PER")]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("استقبل القنصل الفرنسي الدوري في مكتبه", (1, 4), (3, 4)),  # the office run into the name
        ("شارك الرسام التشكيلي المصري حسن زيدان في", (2, 6), (4, 6)),
        ("وقال محمد المصري إن", (1, 3), (1, 3)),  # the state's adjective ends the name: a family name
        ("كتب أبو بكر الرازي الطبيب العربي الأول", (1, 7), (1, 7)),  # a name part before it
    ],
)
def test_words_before_a_state_adjective_inside_a_name_go(
    text: str, span: tuple[int, int], want: tuple[int, int],
) -> None:
    words = text.split()
    norms = [normalize(w) for w in words]
    got = drop_before_states(norms, [Chunk(*span, "PER", 0.9, "crf")], signs())
    assert [(c.start, c.end) for c in got] == [want]
