"""A place the tagger ran into the start of a person's name after an office of that place:
«رئيس حكومة [بافاريا هورست زيهوفر]» is the premier of Bavaria, Horst Seehofer.

A person's name of three words or more whose first word is a listed place (`lexicon.is_place`,
behind a proclitic or not) and no listed given name, whose second word opens a person's name
(`persons.given_name`), right after the word of a government, an office or an administrative
unit (`resolve_state_bodies.tsv` heads: «حكومة»; `ner_office_words.tsv`: «محافظ»;
`ner_place_units.tsv`: «ولاية», «إقليم») and with a title or an office within reach before it
(`persons.titled`: «رئيس», «وزير»), is cut in two: the place, and the person from his given
name. The office names the place whose office it is; the person's name starts after it. After a
title («الرئيس [بشار] حافظ الأسد»), a preposition («على [كريمة] حسن»), another place («في افريقيا
[كلاوس] شينك») or behind «و» («و[منى] أبو سليمان») the first word is a given name.
`persons.split_place_persons` does the same for the names the tagger read as a place («مدير
كهرباء [تعز نبيل] جامل»); this is its twin for those it read as a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.given_names import given_names
from marsad.ner.lexicon import candidates, is_place, office_word
from marsad.ner.persons import NameSigns, given_name, titled
from marsad.ner.places import unit_words

MIN_WORDS = 3  # the place and a person's name of two words at least («[بافاريا هورست زيهوفر]»)


@cache
def _government_heads() -> frozenset[str]:
    """The heads of a state's bodies (`resolve_state_bodies.tsv`, kind head: «حكومة», «وزارة»)."""
    return frozenset(normalize(r["form"]) for r in load_table("resolve_state_bodies") if r["kind"] == "head")


def _of_place(norm: str) -> bool:
    """Whether a word is one a place's name follows in construct state: a government's, an
    office's or an administrative unit's («حكومة», «محافظ», «ولاية»)."""
    return norm in _government_heads() or office_word(norm) or norm in unit_words()


def split_leading_places(
    norms: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with a place opening a person's name after an office cut off as a place of its own."""
    out = []
    for c in chunks:
        s = c.start
        if (c.type == "PER" and c.end - s >= MIN_WORDS and s > 0 and s not in breaks
                and _of_place(norms[s - 1]) and is_place(norms[s])
                and not any(f in given_names() for f in candidates(norms[s]))
                and given_name(norms[s + 1], signs) and titled(norms, s, breaks)):
            out.append(Chunk(s, s + 1, "LOC", c.confidence, "rule"))
            out.append(Chunk(s + 1, c.end, "PER", c.confidence, c.source))
        else:
            out.append(c)
    return out
