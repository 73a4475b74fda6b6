"""The name of an office's holder after the body or place the office is held over: «محافظ
[الرس] فضيان الحربي», «عضو [مجلس بلدية تبوك] سالم العنزي», «محامي [الشركة] جون سميث».
News names an official by the office in construct state with its body or place, then the name;
the tagger finds the body or the place and often leaves the name after it, which no describing
word stands right before (`persons.described_persons` reads names only right after one).

After an office word (`lexicon.office_word`, `lang/ar/ner_office_words.tsv`) or a title of
`ner_cues.tsv` right before a place or a body the tagger found, the words right after that name
are a person's name when they open with a given name and run to two words or more
(`persons.name_end`: «ماريو لوبيز»), or when an indefinite word no known spelling, cue, place or
ordinary word is followed by a definite nisba, the shape of an Arab family name («فضيان الحربي»:
an unknown given name vouched for by its family name). Never a word another name holds, never
across a sentence break, never a word that is never a name («أشرف على»).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import cue_of, definite, nisba, office_word
from marsad.ner.not_names import not_name
from marsad.ner.persons import NameSigns, bare_family, family_word, given_name, name_end

_TITLES = frozenset({"PER_TITLE"})
_HELD_OVER = frozenset({"LOC", "ORG"})


def _holds_office(norm: str) -> bool:
    return office_word(norm) or (cue_of(norm) in _TITLES and not definite(norm))


def _name_after(
    norms: Sequence[str], words: Sequence[str], j: int, stops: set[int], signs: NameSigns,
) -> int:
    """The end of a person's name starting at word j, or j where none starts there."""
    if j >= len(norms) or j in stops or not_name(words[j]) is not None:
        return j
    if given_name(norms[j], signs):
        k = name_end(norms, words, j, stops, signs)
        return k if k - j >= 2 else j
    nxt = j + 1
    if (bare_family(norms, words, j, stops, signs) and nxt < len(norms) and nxt not in stops
            and definite(norms[nxt]) and nisba(norms[nxt]) and family_word(norms[nxt], signs)
            and not_name(words[nxt]) is None):
        return nxt + 1
    return j


def office_holders(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with the holder's name after «office [body or place]» added (see the module;
    `words`: as written, for the words that are never a name)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = []
    for c in chunks:
        if c.type not in _HELD_OVER or c.start == 0 or c.start in breaks or c.end in breaks:
            continue
        if not _holds_office(norms[c.start - 1]):
            continue
        end = _name_after(norms, words, c.end, taken | breaks, signs)
        if end > c.end:
            added.append(Chunk(c.end, end, "PER", 1.0, "rule"))
            taken.update(range(c.end, end))
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks
