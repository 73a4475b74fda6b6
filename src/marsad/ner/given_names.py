"""Persons read from the Arabic given names of `lang/ar/segment_given_names.tsv`.

- A given name that begins with a letter that is also a proclitic (و، ب، ف، ل: «وليام»,
  «وليد», «وائل», «بسام», «فراس») is the name's own letter when the whole word is a listed
  given name: the word is not cut to «ليام» (Liam) or «سام» in the mention or its matching
  form (`whole_given_name`).
- A given name that is hardly anything but a name (kind `name`: «زهراء», «وائل», «ياسر»)
  followed by a family name opens a person's name even where the tagger found none and no
  word describing a person stands before it («صانعة الفخار [زهراء الكاظمي]»): see
  `listed_persons`. Words of kind `word` («سعيد» happy, «وفاء» loyalty) open none by
  themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.not_names import not_name
from marsad.ner.persons import NameSigns, add_person_from, family_word


@cache
def given_names() -> frozenset[str]:
    """Every listed given name, normalised."""
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names"))


@cache
def name_only_given_names() -> frozenset[str]:
    """The listed given names that are hardly anything but a name (kind `name`)."""
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names") if r["kind"] == "name")


@cache
def feminine_given_names() -> frozenset[str]:
    """The listed given names of women (gender `f`)."""
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names") if r["gender"] == "f")


def whole_given_name(word: str) -> bool:
    """Whether a word as written is, whole, a listed given name (no proclitic to cut)."""
    return normalize(word) in given_names()


def listed_persons(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with a person for each untagged given name of kind `name` followed by a family
    name (a definite word or a known name spelling; `persons.name_end`), the words no other
    name holds."""
    names = name_only_given_names()
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added: list[Chunk] = []
    for j, w in enumerate(norms):
        if j in taken or w not in names or not_name(words[j]) is not None:
            continue
        if j + 1 >= len(norms) or j + 1 in breaks or j + 1 in taken or not family_word(norms[j + 1], signs):
            continue
        add_person_from(norms, words, j, taken, breaks, signs, added)
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks
