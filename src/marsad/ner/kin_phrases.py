"""A son or daughter of someone described, which the tagger takes for a person's name.

«ابن» and «بنت» open many names («ابن خلدون», «ابن الهيثم», «بنت الشاطئ»), and the tagger reads
any «ابن ال…» as one. Before a word that describes a person (`lang/ar/ner_person_words.tsv`:
«المواطن», «السجين», «المريضة») the pair is a description of someone unnamed, no name: «وكشف [ابن
المريضة] عن حاجة والدته للعلاج», «وقال [ابن المواطن] إن». Such a person of those two words is
dropped; the one the tagger found inside a longer name stays («ابن المواطن محمد العلي» is cut
elsewhere, if at all).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates
from marsad.ner.persons import person_word

_KIN = frozenset(normalize(w) for w in ("ابن", "إبن", "بنت", "ابنة"))


def drop_kin_descriptions(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` without the persons «ابن/بنت» + a word describing a person (see the module)."""
    return [
        c for c in chunks
        if not (
            c.type == "PER" and c.end - c.start == 2
            and not _KIN.isdisjoint(candidates(norms[c.start])) and person_word(norms[c.start + 1])
        )
    ]
