"""Corrections after the tagger, driven by `lang/ar/ner_cues.tsv`:

- an office or courtesy title is not part of a person's name (`السيد شويغو` → `شويغو`);
- a head marked `names` with the definite words after it is an organisation even when
  the tagger missed it (`وزارة الخارجية الصينية`, `الرئاسة الروسية`);
- a name right after a news-agency, paper or channel word is an ORG (`وكالة أنباء X`);
- an organisation takes the nationality adjective after it (`مجلس الأمن الروسي`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, cue_index, definite, nisba

_TITLES = {"PER_TITLE", "PER_HONORIFIC"}
MAX_MODIFIERS = 3


@cache
def name_heads() -> frozenset[str]:
    return frozenset(normalize(r["phrase"]) for r in load_table("ner_cues") if r["names"] == "yes")


def _cue(norm: str) -> str:
    singles = cue_index().single
    return next((singles[c] for c in candidates(norm) if c in singles), "")


def drop_titles(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    out = []
    for c in chunks:
        if c.type == "PER":
            while c.start < c.end and _cue(norms[c.start]) in _TITLES:
                c.start += 1
            if c.start == c.end:
                continue
        out.append(c)
    return out


def org_phrases(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    taken = [False] * len(norms)
    for c in chunks:
        for i in range(c.start, c.end):
            taken[i] = True
    heads = name_heads()
    added = []
    i = 0
    while i < len(norms):
        if taken[i] or not any(c in heads for c in candidates(norms[i])):
            i += 1
            continue
        j = i + 1
        while (
            j < len(norms)
            and j - i <= MAX_MODIFIERS
            and j not in breaks
            and not taken[j]
            and definite(norms[j])
            and not _cue(norms[j])
        ):
            j += 1
        if j > i + 1:
            added.append(Chunk(i, j, "ORG", 1.0, "rule"))
        i = j
    return sorted(chunks + added, key=lambda c: c.start)


def media_names(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    cues = {e: label for _, e, label in cue_index().matches(list(norms))}
    for c in chunks:
        k = c.start
        while k > 0 and not norms[k - 1][:1].isalnum():
            k -= 1  # quotation marks between the cue and the name
        if c.type != "ORG" and cues.get(k) == "ORG_MEDIA":
            c.type = "ORG"
    return chunks


def _nisba(norm: str) -> bool:
    """A definite adjective of relation (الروسي، الصينية): ال + stem + ي / يه."""
    return norm.startswith("ال") and len(norm) > 5 and nisba(norm)


def nationality_tails(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """An organisation takes the adjective of nationality after it (مجلس الأمن الروسي)."""
    starts = {c.start for c in chunks}
    for c in chunks:
        e = c.end
        if c.type == "ORG" and e < len(norms) and e not in breaks and e not in starts and _nisba(norms[e]):
            c.end = e + 1
    return chunks


def correct(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    chunks = org_phrases(norms, drop_titles(norms, chunks), breaks)
    return media_names(norms, nationality_tails(norms, chunks, breaks))
