"""A Latin name ending in an organisation head inside Arabic text (ner/english.latin_organisations)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.ner.consistency import Chunk
from marsad.ner.english import latin_organisations


def organisations(words: list[str], chunks: list[Chunk]) -> list[tuple[str, str]]:
    return [(" ".join(words[c.start : c.end]), c.type) for c in latin_organisations(words, chunks, {0})]


def test_a_latin_name_with_an_organisation_head_is_an_org_over_its_run() -> None:
    words = ["وسلم", "المعهد", "BSI", "«", "British", "Standards", "Institution", "»", "الشهادة"]
    got = organisations(words, [Chunk(5, 7, "PER", 0.6)])
    assert got == [("British Standards Institution", "ORG")]


def test_no_head_no_change_and_arabic_words_stay_out() -> None:
    words = ["وقال", "المدير", "«", "Green", "Leaf", "»", "إن"]
    assert organisations(words, [Chunk(3, 5, "PER", 0.6)]) == [("Green Leaf", "PER")]
    words = ["وقال", "بنك", "Meadow", "Group", "إن"]
    assert organisations(words, [Chunk(1, 4, "ORG", 0.6)]) == [("بنك Meadow Group", "ORG")]  # the tagger's


@pytest.mark.parametrize("row", [r for r in load_table("ner_en_lexicon") if r["kind"] == "ORG_HEAD"],
                         ids=lambda r: r["word"])
def test_each_english_organisation_head_makes_an_org(row: dict[str, str]) -> None:
    words = f"وقال Green Leaf {row['word']} إن".split()
    assert organisations(words, [Chunk(2, 4, "PER", 0.6)]) == [(f"Green Leaf {row['word']}", "ORG")]
