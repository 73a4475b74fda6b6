"""A historical happening named by its noun and a definite adjective (`lang/ar/ner_event_heads.tsv`).

«انتصار [الثورة الإسلامية] في إيران», «أن [الثورة الإيرانية] اعتمدت», «قبيل [الثورة الخضراء]»: a
definite head noun of the table («الثورة», behind its proclitics) followed by a definite nisba
adjective («الإسلامية», «الإيرانية») or an adjective row of the table («الخضراء») names one event,
MISC, even where the tagger found no name; further such adjectives join it («الثورة الإسلامية
الإيرانية»). A nisba of time or order is no such adjective: «الثورة الحالية» (`date_relative.tsv`),
«الثورة الثانية» (an ordinal of `ner_adjectives.tsv`). Only words no other name holds are taken,
never across a sentence break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, definite_nisba

MAX_ADJECTIVES = 2  # adjectives an event's name takes after its head


@cache
def _table_words(kind: str) -> frozenset[str]:
    """The words of the table's rows of `kind` (head, adjective), normalised."""
    return frozenset(normalize(r["word"]) for r in load_table("ner_event_heads") if r["kind"] == kind)


@cache
def _plain_adjectives() -> frozenset[str]:
    """Nisbas of time and order that name no event: the modifiers of `date_relative.tsv`
    («الحالية») and the ordinals of `ner_adjectives.tsv` («الثانية»), normalised."""
    time = {normalize(r["word"]) for r in load_table("date_relative") if r["kind"] == "modifier"}
    order = {normalize(r["word"]) for r in load_table("ner_adjectives") if r["alone"] == "yes"}
    return frozenset(time | order)


def _naming(norm: str) -> bool:
    """Whether a word is an adjective that names an event after its head (see the module)."""
    if norm in _table_words("adjective"):
        return True
    return definite_nisba(norm) and norm not in _plain_adjectives()


def event_names(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with the events named by a head and its adjectives that no name holds (see the
    module), in text order."""
    heads = _table_words("head")
    taken = {i for c in chunks for i in range(c.start, c.end)}
    found = []
    for i, norm in enumerate(norms):
        if i in taken or not any(c in heads for c in candidates(norm)):
            continue
        end = i + 1
        while (end < len(norms) and end - i <= MAX_ADJECTIVES and end not in taken and end not in breaks
               and _naming(norms[end])):
            end += 1
        if end > i + 1:
            found.append(Chunk(i, end, "MISC", 1.0, "event_head"))
            taken.update(range(i, end))
    return sorted([*chunks, *found], key=lambda c: c.start)
