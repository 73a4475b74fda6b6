"""A weekday the tagger ran into the end of a person's name: the day the person acted, not his
family name («وأكد [كارتر الخميس]:», «أفاد وزير الخارجية الأمريكي [جون كيري الخميس] أنه», «[محمود
عباس الجمعة]»), with a part of the day before it («آشتون كارتر [صباح الخميس]»).

A person's name ending in a weekday with the article (`date_weekdays.tsv`), a part of the day
(`date_dayparts.tsv`) before it or not, loses them (a part of the day and a weekday alone,
«[صباح الجمعة]», is no name: dropped), unless the words left are
all listed given names or «عبد» + a name of God, behind a proclitic or not
(`segment_given_names.tsv`; «محمد الخميس», «وأحمد الخميس», «عبدالله الجمعة», «خالد محمد
الخميس»: the weekday is the family name, as Saudi names often have it) or hold a link of a
chain of ancestors or a name part («أحمد بن محمد الخميس», «أبو الجمعة»), or are one compound
given name («عبدرب الرسول الخميس», «نور الدين الجمعة»). Where the
article names the same person without the weekday (a person's name ending in the two words or
more left: «محمود عباس» … «[محمود عباس الجمعة]») the weekday is cut even after given names.

Run right after the tagger, before the consistency step repeats a name: a name kept with the
weekday made the weekday alone a person elsewhere («آشتون كارتر صباح [الخميس]»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.given_names import given_names
from marsad.ner.lexicon import candidates, cue_of
from marsad.ner.person_acts import compound_seconds
from marsad.ner.persons import servant_name

_ARTICLE = "ال"
_CHAIN = frozenset({"بن", "ابن", "بنت", "ال"})  # «آل» normalises to «ال»
_NAME_PART = "NAME_PART"
_SERVANT = "عبد"


@cache
def _weekdays() -> frozenset[str]:
    """The Arabic weekdays with the article («الخميس»), normalised."""
    words = (normalize(r["word"]) for r in load_table("date_weekdays") if r["lang"] == "ar")
    return frozenset(w for w in words if w.startswith(_ARTICLE))


@cache
def _dayparts() -> frozenset[str]:
    """The parts of a day that open a weekday («صباح», «مساء», «فجر»), normalised."""
    return frozenset(normalize(r["word"]) for r in load_table("date_dayparts"))


def _given_only(norms: Sequence[str]) -> bool:
    """Whether words are all given names, or hold a chain's link or a name part, or are one
    compound given name: «عبد» and a word («عبدرب الرسول», «عبد النبي»), a word and «الدين» or a
    name of God («نور الدين», «فتح الله»)."""
    if any(w in _CHAIN or cue_of(w) == _NAME_PART for w in norms):
        return True
    if len(norms) == 2 and (norms[0].startswith(_SERVANT) or norms[1] in compound_seconds()):
        return True
    return all(any(f in given_names() or servant_name(f) for f in candidates(w)) for w in norms)


def trailing_weekdays(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` with the weekday closing a person's name cut off, and a part of the day and a
    weekday alone read as a person dropped (see the module)."""
    days = _weekdays()
    out = []
    names = [tuple(norms[c.start : c.end]) for c in chunks
             if c.type == "PER" and norms[c.end - 1] not in days]
    for c in chunks:
        if c.type != "PER" or c.end - c.start < 2 or norms[c.end - 1] not in days:
            out.append(c)
            continue
        end = c.end - 1
        if norms[end - 1] in _dayparts():
            end -= 1
        if end == c.start:
            continue  # «[صباح الجمعة]»: no name
        left = tuple(norms[c.start : end])
        named = len(left) > 1 and any(n[-len(left) :] == left for n in names)
        if named or not _given_only(left):
            c.end = end
        out.append(c)
    return out
