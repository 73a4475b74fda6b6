"""An agency with a name of its own is that name alone (docs/realtext-annotation.md, news
agencies): the tagger takes the head and the tail with it («[وكالة ناسا الفضائية]», «وكالة
[يونهاب للأنباء]», «وكالة [الاناضول للأنباء الرسمية]»), the gold marks «ناسا», «يونهاب»,
«الاناضول». An organisation's name with a tail of `lang/ar/ner_agency_tails.tsv` («للأنباء»,
«الفضائية») inside it, right after the head «وكالة» (inside the name or before it), is cut to the
words between them, one to MAX_OWN_WORDS of them, where those are a name of its own: no place of
the gazetteer or the catalogue («وكالة قطر للأنباء», «وكالة الإمارات للأنباء» are describing
phrases, kept) and no nisba adjective («الوكالة الوطنية للأنباء»). The same words elsewhere in
the article are the agency («وأوضحت الاناضول», which the tagger took for the region).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, catalogue_index, gazetteer_index, nisba

MAX_OWN_WORDS = 2  # words of an agency's own name


@cache
def agency_words() -> tuple[frozenset[str], frozenset[str]]:
    """(heads, tails) of `ner_agency_tails.tsv`, normalised."""
    rows = load_table("ner_agency_tails")
    heads = frozenset(normalize(r["word"]) for r in rows if r["kind"] == "head")
    tails = frozenset(normalize(r["word"]) for r in rows if r["kind"] == "tail")
    return heads, tails


def _place(part: Sequence[str]) -> bool:
    """Whether the words are, whole, a place of the gazetteer or the catalogue («قطر»)."""
    found = gazetteer_index().matches(part, (0,)) + catalogue_index().matches(part, (0,))
    return any(s == 0 and e == len(part) and t == "LOC" for s, e, t in found)


def _own_name(norms: Sequence[str], c: Chunk) -> tuple[int, int] | None:
    """(start, end) of the agency's own name inside chunk c, if it has one (see the module)."""
    heads, tails = agency_words()
    tail = next((t for t in range(c.start + 1, c.end) if norms[t] in tails), None)
    if tail is None:
        return None
    start = c.start
    if norms[start] in heads:
        start += 1
    elif not (start > 0 and any(f in heads for f in candidates(norms[start - 1]))):
        return None
    part = list(norms[start:tail])
    if not 0 < len(part) <= MAX_OWN_WORDS or any(not w.isalpha() or nisba(w) or w in tails for w in part):
        return None
    return None if _place(part) else (start, tail)


def agency_names(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` with each agency's name cut to its own name, and the other names of the article
    spelt the same (behind a proclitic: «وأوضحت [الاناضول]») the agency too (see the module);
    changed in place."""
    own_names = set()
    for c in chunks:
        if c.type == "ORG" and (own := _own_name(norms, c)) is not None:
            c.start, c.end = own
            own_names.add(tuple(norms[c.start : c.end]))
    for c in chunks:
        words = list(norms[c.start : c.end])
        if words and any((f, *words[1:]) in own_names for f in candidates(words[0])):
            c.type = "ORG"
    return chunks
