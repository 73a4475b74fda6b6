"""An agency with a name of its own is that name alone (docs/realtext-annotation.md, news
agencies): the tagger takes the head and the tail with it («[وكالة ناسا الفضائية]», «وكالة
[يونهاب للأنباء]», «وكالة [الاناضول للأنباء الرسمية]»), the gold marks «ناسا», «يونهاب»,
«الاناضول». An organisation's name with a tail of `lang/ar/ner_agency_tails.tsv` («للأنباء»,
«الفضائية») inside it, right after the head «وكالة» (inside the name or before it), is cut to the
words between them, one to MAX_OWN_WORDS of them, where those are a name of its own: no place of
the gazetteer or the catalogue («وكالة قطر للأنباء», «وكالة الإمارات للأنباء» are describing
phrases, kept) and no nisba adjective («الوكالة الوطنية للأنباء»). The same words elsewhere in
the article are the agency («وأوضحت الاناضول», which the tagger took for the region).

A paper is read the same way with its own head and tails (kinds paper_head, paper_tail: «صحيفة
[مال] الإلكترونية», «جريدة [تاسكو] اليومية»; a classifier and a describing word are no part of a
paper's name, docs/realtext-annotation.md), and such a name the tagger left untagged between its
head and its tail becomes one («نشرتها صحيفة [مال] الإلكترونية»); «صحيفة تاسكو للأنباء» is no agency.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, catalogue_index, gazetteer_index, nisba

MAX_OWN_WORDS = 2  # words of an agency's own name


Words = tuple[frozenset[str], frozenset[str]]


@cache
def agency_words() -> Words:
    """(heads, tails) of `ner_agency_tails.tsv` for agencies, normalised."""
    return _words("head", "tail")


@cache
def paper_words() -> Words:
    """(heads, tails) of `ner_agency_tails.tsv` for papers, normalised."""
    return _words("paper_head", "paper_tail")


def _words(head: str, tail: str) -> Words:
    rows = load_table("ner_agency_tails")
    heads = frozenset(normalize(r["word"]) for r in rows if r["kind"] == head)
    tails = frozenset(normalize(r["word"]) for r in rows if r["kind"] == tail)
    return heads, tails


def _place(part: Sequence[str]) -> bool:
    """Whether the words are, whole, a place of the gazetteer or the catalogue («قطر»)."""
    found = gazetteer_index().matches(part, (0,)) + catalogue_index().matches(part, (0,))
    return any(s == 0 and e == len(part) and t == "LOC" for s, e, t in found)


def _own_name(norms: Sequence[str], c: Chunk, words: Words) -> tuple[int, int] | None:
    """(start, end) of the agency's or paper's own name inside chunk c, if it has one (see the
    module); `words`: the heads and the tails of agencies or of papers."""
    heads, tails = words
    tail = next((t for t in range(c.start + 1, c.end) if norms[t] in tails), None)
    if tail is None:
        return None
    start = c.start
    if norms[start] in heads:
        start += 1
    elif not (start > 0 and any(f in heads for f in candidates(norms[start - 1]))):
        return None
    return (start, tail) if _own_words(norms[start:tail], tails) else None


def _own_words(part: Sequence[str], tails: frozenset[str]) -> bool:
    """Whether the words between a head and a tail are a name of its own: one to MAX_OWN_WORDS
    words of letters, no nisba, tail or listed place among them."""
    if not 0 < len(part) <= MAX_OWN_WORDS or any(not w.isalpha() or nisba(w) or w in tails for w in part):
        return False
    return not _place(part)


def agency_names(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` with each agency's name cut to its own name, and the other names of the article
    spelt the same (behind a proclitic: «وأوضحت [الاناضول]») the agency too (see the module);
    changed in place."""
    own_names = set()
    for c in chunks:
        if c.type != "ORG":
            continue
        own = _own_name(norms, c, agency_words()) or _own_name(norms, c, paper_words())
        if own is not None:
            c.start, c.end = own
            own_names.add(tuple(norms[c.start : c.end]))
    for c in chunks:
        words = list(norms[c.start : c.end])
        if words and any((f, *words[1:]) in own_names for f in candidates(words[0])):
            c.type = "ORG"
    return chunks


def untagged_papers(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with a paper's own name the tagger left untagged between a paper's head and its tail
    («نشرتها صحيفة [مال] الإلكترونية», see the module), the words no other name holds."""
    heads, tails = paper_words()
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = []
    for k, w in enumerate(norms):
        if not any(f in heads for f in candidates(w)):
            continue
        reach = range(k + 2, min(len(norms), k + 2 + MAX_OWN_WORDS))
        tail = next((t for t in reach if norms[t] in tails), None)
        if tail is None or any(i in taken or i in breaks for i in range(k + 1, tail + 1)):
            continue
        if _own_words(norms[k + 1 : tail], tails):
            added.append(Chunk(k + 1, tail, "ORG", 1.0, "rule"))
            taken.update(range(k + 1, tail))
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks
