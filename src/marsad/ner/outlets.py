"""A news outlet's name in quotation marks is the outlet, not the place or word it spells.

The catalogue lists a name an outlet shares with a place under the outlet's `shared`, with
the role `outlet` (`lang/kb/media.yaml`: «الشرق الأوسط», «الرياض», «الجزيرة», «الخليج»).
Quoted, such a name is the paper or channel: «وقال لـ«[الشرق الأوسط]»», «علمت «[الرياض]»»
(the real-text gold marks it ORG, and resolution reads a quoted shared name as the outlet,
`resolve/context.py`). A name the tagger found there takes the type ORG; where it found none,
the quoted name becomes one. After a unit's word or a place classifier it stays a place
(«بمنطقة «الرياض»», `places.quoted_places`); a quoted name that runs on past the outlet's name («"الرياض-
الدمام"», a road) is left alone.

Papers and news sites whose bare name is a common word («الوطن», «اليوم», «سبق»,
`lang/ar/ner_told_outlets.tsv`) are the outlet only when quoted right after a word saying the
outlet was told something: «وقال لـ«[الاقتصادية]»», «أكد لـ"[سبق]"».

Only words no other name holds are taken, never across a sentence break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import kb_documents, load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates
from marsad.ner.places import place_words
from marsad.ner.tokens import QUOTE_MARKS

OUTLET_ROLE = "outlet"
ORG = "ORG"


def _listed(raw: object) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    return [x for x in raw if isinstance(x, str)] if isinstance(raw, list) else []


@cache
def outlet_names() -> frozenset[tuple[str, ...]]:
    """The normalised words of each name an outlet of the catalogue shares (role `outlet`)."""
    names: set[tuple[str, ...]] = set()
    for _, data in kb_documents():
        for entry in data if isinstance(data, list) else []:
            if not isinstance(entry, dict) or entry.get("type") != ORG:
                continue
            if OUTLET_ROLE not in _listed(entry.get("roles")):
                continue
            for name in _listed(entry.get("shared")):
                words = tuple(normalize(name).split())
                if words:
                    names.add(words)
    return frozenset(names)


@cache
def told_outlets() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """(names, cues) of `lang/ar/ner_told_outlets.tsv`, normalised."""
    rows = load_table("ner_told_outlets")
    names = frozenset(tuple(normalize(r["word"]).split()) for r in rows if r["kind"] == "outlet")
    cues = frozenset(normalize(r["word"]) for r in rows if r["kind"] == "cue")
    return names, cues


@cache
def _told_or_shared() -> tuple[frozenset[tuple[str, ...]], int]:
    """The names an outlet is known by after a cue (shared or told), and the most words of one."""
    either = outlet_names() | told_outlets()[0]
    return either, max((len(n) for n in either), default=0)


def quoted_outlets(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with each outlet's shared name between quotation marks an ORG (see the
    module); a name found there changes type in place."""
    shared = outlet_names()
    told_cues = told_outlets()[1]
    either, longest = _told_or_shared()
    places = place_words()
    by_span = {(c.start, c.end): c for c in chunks}
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = []
    for k, mark in enumerate(norms):
        if mark not in QUOTE_MARKS or (k and any(f in places for f in candidates(norms[k - 1]))):
            continue  # «بمنطقة «الرياض»»: a place (`places.quoted_places`)
        s = k + 1
        for e in range(s + 1, min(len(norms), s + longest + 1)):
            if norms[e] in QUOTE_MARKS:
                break
        else:
            continue
        told = k > 0 and any(f in told_cues for f in candidates(norms[k - 1]))
        names = either if told else shared
        if tuple(norms[s:e]) not in names or any(i in breaks for i in range(s, e + 1)):
            continue
        if (s, e) in by_span:
            by_span[(s, e)].type = ORG
        elif not any(i in taken for i in range(s, e)):
            added.append(Chunk(s, e, ORG, 1.0, "gazetteer"))
            taken.update(range(s, e))
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks
