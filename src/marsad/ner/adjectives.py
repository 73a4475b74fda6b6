"""Adjectives the tagger takes for a person's one-word name (`lang/ar/ner_adjectives.tsv`).

An attributive adjective agrees with its noun and takes its article: «الماضي [الجميل]», «العيد
[السعيد]», «الذكر [الحكيم]», «الهيكل [الثاني]». The tagger, trained on news where «الجميل»,
«السعيد» and «الحكيم» are family names, tags the adjective alone as a person, and the person is
made a speaker or a party downstream. A one-word person whose word (behind its proclitics) is a
row of the table is dropped:

- an ordinal or «الأخير» (`alone` yes) wherever it stands alone: no person is named «الثاني»
  («[الثاني] أكثر انفتاحا», «(تشرين [الثاني])»); inside a longer name it stays («إليزابيث
  الثانية», the tagger's own span);
- any other row only in an adjective's place: right after a definite word in its sentence that
  no name holds and that is no title, cue or word describing a person («الرجل [العظيم]»), not
  after a verb, a bracket or at a sentence's start («وقال السعيد إن», «الدكتور السعيد», «اللاعب
  السعيد», «أمين الجميل»: kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, cue_of, definite
from marsad.ner.persons import person_word


@cache
def _adjectives() -> dict[str, bool]:
    """Each adjective of the table, normalised, and whether it is no person's name alone."""
    return {normalize(r["word"]): r["alone"] == "yes" for r in load_table("ner_adjectives")}


def _adjective(norm: str) -> bool | None:
    """The table's `alone` of a word behind its proclitics, None for a word not in it."""
    table = _adjectives()
    return next((table[c] for c in candidates(norm) if c in table), None)


def _described_noun(norm: str) -> bool:
    """Whether a word is a definite noun an adjective may follow: no title, cue or person word."""
    if not norm.isalpha() or not definite(norm) or cue_of(norm):
        return False
    return not person_word(norm)


def drop_adjective_persons(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` without the one-word persons that are an adjective (see the module)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    out = []
    for c in chunks:
        if c.type == "PER" and c.end - c.start == 1:
            alone = _adjective(norms[c.start])
            p = c.start - 1
            after_noun = p >= 0 and c.start not in breaks and p not in taken and _described_noun(norms[p])
            if alone or (alone is not None and after_noun):
                continue
        out.append(c)
    return out
