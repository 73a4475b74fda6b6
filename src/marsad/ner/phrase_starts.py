"""Which of NER's phrase indexes a word may start a phrase of, kept per word type (issue 20).

The article tagger matches four phrase indexes over all the words of an article: the
gazetteer, the catalogue, the cue phrases and the name heads (`lexicon.PhraseIndex`). Each
match over a whole article looked every word up in the index's own table of a few hundred
thousand words (a memory fetch a word, four times); most words start no phrase. A word type's
answers are kept on its `WordInfo` (`starts`, bits), which the tagger holds for every word
already, and an article's matches are tried only where a phrase may start
(`PhraseIndex.matches` with `at`: the same matches, the words that start none left out).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import attrgetter

from marsad.ner.features import WordInfo
from marsad.ner.heads import head_index
from marsad.ner.lexicon import PhraseIndex, catalogue_index, cue_index, gazetteer_index

GAZETTEER, CATALOGUE, CUES, HEADS = 1, 2, 4, 8
_INDEXES = (
    (GAZETTEER, gazetteer_index), (CATALOGUE, catalogue_index), (CUES, cue_index), (HEADS, head_index),
)
_STARTS = attrgetter("starts")


def phrase_starts(norm: str) -> int:
    """The bits of the indexes a phrase of which may start at the normalised word."""
    bits = 0
    for bit, index in _INDEXES:
        if index().options(norm):
            bits |= bit
    return bits


class PhraseStarts:
    """The phrase start bits of an article's words (`infos`), read once."""

    def __init__(self, infos: Sequence[WordInfo]) -> None:
        flags = list(map(_STARTS, infos))
        if -1 in flags:  # word types not read yet
            for inf in infos:
                if inf.starts < 0:
                    inf.starts = phrase_starts(inf.norm)
            flags = list(map(_STARTS, infos))
        self.flags = flags

    def at(self, bit: int) -> list[int]:
        """The positions, in order, of the words that may start a phrase of the index `bit`."""
        return list(compress(count(), map(bit.__and__, self.flags)))

    def matches(self, bit: int, index: PhraseIndex, norms: Sequence[str]) -> list[tuple[int, int, str]]:
        """`index.matches(norms)` (`norms`: the words' normalised forms), tried only where a
        phrase of it may start."""
        return index.matches(norms, self.at(bit))
