"""The sport and the class of players that close a team's, a federation's or a contest's name
(`lang/ar/ner_sport_complements.tsv`): «[المنتخب السعودي] لألعاب القوى لذوي الاحتياجات الخاصة» →
ORG «المنتخب السعودي لألعاب القوى لذوي الاحتياجات الخاصة», «[ملتقى الشارقة الدولي الخامس] لألعاب
القوى للمعاقين» → MISC over the whole.

The tagger ends such names before the «ل» (a complement in ل is most often no part of a name:
`not_names.time_complements`, `heads` take one only after a head of another type). An
organisation or a MISC name right before «ل» and a sport of the table takes the sport, then one
class of players after it («لذوي الإعاقة», «للناشئين»); only words no other name holds, never
across a sentence break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE, with_lam_article
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk

Phrase = tuple[str, ...]
_TYPES = frozenset({"ORG", "MISC"})


def _behind_lam(phrase: str) -> Phrase:
    """A phrase's normalised words, ل written onto the first («لكرة القدم», «للسباحة»); the article
    is read on the word as written («ألعاب», normalised «العاب», has none)."""
    written, *_ = phrase.split()
    first, *rest = normalize(phrase).split()
    lam = with_lam_article(first[len(ARTICLE):]) if written.startswith(ARTICLE) else "ل" + first
    return (lam, *rest)


@cache
def _complements() -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """The sports and the classes of players of the table, each behind its ل, longest first."""
    rows = load_table("ner_sport_complements")

    def of(kind: str) -> tuple[Phrase, ...]:
        found = {_behind_lam(r["phrase"]) for r in rows if r["kind"] == kind}
        return tuple(sorted(found, key=len, reverse=True))

    return of("sport"), of("class")


def _after(norms: Sequence[str], k: int, phrases: tuple[Phrase, ...], stops: set[int]) -> int:
    """The end of the longest phrase of `phrases` at word k whose words are free of `stops`; k when none."""
    for p in phrases:
        end = k + len(p)
        if tuple(norms[k:end]) == p and not any(i in stops for i in range(k, end)):
            return end
    return k


def sport_names(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with the names closed by a sport and a class of players (see the module); changed in place."""
    sports, classes = _complements()
    taken = {i for c in chunks for i in range(c.start, c.end)}
    for c in chunks:
        if c.type not in _TYPES:
            continue
        stops = (taken - set(range(c.start, c.end))) | breaks
        end = _after(norms, c.end, sports, stops)
        if end > c.end:
            c.end = _after(norms, end, classes, stops)
            taken.update(range(c.start, c.end))
    return chunks
