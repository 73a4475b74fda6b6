"""A news outlet's shared name in quotation marks is the outlet (ner/outlets.py)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.outlets import outlet_names, quoted_outlets
from marsad.ner.tokens import tokenize


def norms_of(text: str) -> list[str]:
    return [normalize(w) for w, _, _ in tokenize(text, 0, len(text))]


def test_outlet_names_are_the_shared_names_of_outlets() -> None:
    names = outlet_names()
    assert ("الشرق", "الاوسط") in names and ("الرياض",) in names
    assert ("جده",) not in names  # a city no outlet shares


def test_a_quoted_outlet_name_the_tagger_read_as_a_place_is_the_outlet() -> None:
    norms = norms_of("وقال قائد عسكري لـ«الشرق الأوسط» إن القوات تقدمت")
    s = norms.index("الشرق")
    got = quoted_outlets(norms, [Chunk(s, s + 2, "LOC", 0.9)], set())
    assert [(c.start, c.end, c.type) for c in got] == [(s, s + 2, "ORG")]


def test_a_quoted_outlet_name_the_tagger_missed_becomes_one() -> None:
    norms = norms_of('علمت "الرياض" أن الوزير سافر')
    got = quoted_outlets(norms, [], set())
    assert [(c.start, c.end, c.type) for c in got] == [(2, 3, "ORG")]


def test_unquoted_longer_or_place_word_names_are_left_alone() -> None:
    plain = norms_of("تشهد منطقة الشرق الأوسط توترا")
    assert quoted_outlets(plain, [], set()) == []
    road = norms_of('وقع حادث على طريق "الرياض- الدمام" أمس')
    assert quoted_outlets(road, [], set()) == []
    unit = norms_of('وصل إلى منطقة "الرياض" أمس')
    s = unit.index("الرياض")
    got = quoted_outlets(unit, [Chunk(s, s + 1, "LOC", 0.9)], set())
    assert got[0].type == "LOC"


def test_never_across_a_sentence_break() -> None:
    norms = norms_of('قال "الرياض" أمس')
    assert quoted_outlets(norms, [], {2}) == []


TOLD = load_table("ner_told_outlets")


@pytest.mark.parametrize("row", [r for r in TOLD if r["kind"] == "outlet"], ids=lambda r: r["word"])
def test_a_common_word_outlet_told_something_is_the_outlet(row: dict[str, str]) -> None:
    for text in (f"وقال مصدر لـ«{row['word']}» إن الوزير سافر", f'وأكد ل"{row["word"]}" أن الوزير سافر'):
        norms = norms_of(text)
        s = norms.index(normalize(row["word"]))
        got = quoted_outlets(norms, [], set())
        assert [(c.start, c.end, c.type) for c in got] == [(s, s + 1, "ORG")], text
    # quoted without the cue, the word keeps its own sense
    assert quoted_outlets(norms_of(f"وصف الحدث بأنه «{row['word']}» أمس"), [], set()) == []


@pytest.mark.parametrize("row", [r for r in TOLD if r["kind"] == "cue"], ids=lambda r: r["word"])
def test_a_told_cue_retypes_the_outlet_the_tagger_read_otherwise(row: dict[str, str]) -> None:
    norms = norms_of(f"كما {row['word']} «المدينة» أن")
    s = norms.index("المدينه")
    got = quoted_outlets(norms, [Chunk(s, s + 1, "LOC", 0.9)], set())
    assert [(c.start, c.end, c.type) for c in got] == [(s, s + 1, "ORG")]
