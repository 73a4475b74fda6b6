"""A person's name right after a complete office chain, read even where no spelling of it is known.

An office chain is a title (`ner_cues.tsv`, PER_TITLE), the portfolio or body it heads and the
adjective of a state that closes it: «وزير الثقافة الصيني», «المتحدث باسم الخارجية
الإيرانية», «رئيس الوزراء الياباني», «الرئيس الصيني». After such a chain a reader expects the
holder's name, and two or three words there that no name holds, that are indefinite and no
ordinary word the tagger learned, no cue, head noun, place or word of `ner_not_names.tsv`, and
each either a name seen twice in training or spelt as foreign names are (`TranslitModel.bucket` hi or mid),
are that name even when the tagger never read them so: «وزير الثقافة الصيني [لوه شوشنج]».
(`persons.described_persons` reads only known given names; a foreign name transliterated for
the first time is the common case after a foreign office.)

Precision first: the chain must end in a state's adjective (the catalogue's demonyms,
`lang/state_sides.state_adjectives`), definite and right before the name; a title in construct
state («وزير», «رئيس») needs its portfolio first (one or two definite words); the name is two
words, a third only where it is a known spelling («… لوه شوتشانغ [وفدا]» stays out), all within
one sentence; a single unknown word after the chain is never taken
(«الرئيس الأمريكي [يزور]»).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.lang.state_sides import office_words, state_adjectives
from marsad.ner.consistency import Chunk
from marsad.ner.heads import head_index
from marsad.ner.lexicon import candidates, cue_of, definite, is_place
from marsad.ner.not_names import not_name
from marsad.ner.persons import NameSigns, phrase_cue
from marsad.ner.translit import FOREIGN_BUCKETS, KNOWN_LEVELS

_TITLES = frozenset({"PER_TITLE"})
MAX_PORTFOLIO = 2  # definite words of the portfolio or body between the title and the state
MIN_NAME, MAX_NAME = 2, 3  # words of the name after the chain


def _state_adjective(norm: str) -> bool:
    found = state_adjectives().get(norm)
    return found is not None and found[1]


def _chain_end(norms: Sequence[str], i: int, taken: set[int], breaks: set[int]) -> int:
    """The index right after the office chain opened by the title at word i, 0 where none closes."""
    phrase = max(1, phrase_cue(norms, i))
    j = i + phrase
    if j < len(norms) and norms[j] in office_words():
        j += 1  # «المتحدثة باسم الخارجية الإيرانية»
    portfolio = 0
    while (
        j < len(norms) and portfolio < MAX_PORTFOLIO and j not in taken and j not in breaks
        and definite(norms[j]) and not _state_adjective(norms[j]) and not cue_of(norms[j])
    ):
        j += 1
        portfolio += 1
    construct = not definite(norms[i + phrase - 1]) or norms[i + phrase - 1] in office_words()
    if (construct and portfolio == 0) or j >= len(norms) or j in breaks or j in taken:
        return 0
    if not _state_adjective(norms[j]):
        return 0
    return j + 1


def name_word(norm: str, word: str, signs: NameSigns) -> bool:
    if len(norm) < 2 or not norm.isalpha() or definite(norm) or norm in signs.common:
        return False
    translit = signs.translit
    if translit.known_level(norm) not in KNOWN_LEVELS and translit.bucket(norm) not in FOREIGN_BUCKETS:
        return False  # «لوه [وحده]», «الفرنسي [رجل] سعيد»: neither a known name nor spelt like one
    if cue_of(norm) or is_place(norm) or not_name(word) is not None or norm in state_adjectives():
        return False
    return not any(c in head_index().single for c in candidates(norm))


def chained_persons(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with the names read after a complete office chain (see the module's docstring;
    `words`: as written, for the words that are never a name)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added: list[Chunk] = []
    for i, w in enumerate(norms):
        if i in taken or cue_of(w) not in _TITLES:
            continue
        j = _chain_end(norms, i, taken, breaks)
        if not j:
            continue
        k = j
        while (
            k < len(norms) and k - j < MAX_NAME and k not in taken and k not in breaks
            and name_word(norms[k], words[k], signs)
            and (k - j < MIN_NAME or signs.translit.known_level(norms[k]) in KNOWN_LEVELS)
        ):
            k += 1
        if k - j >= MIN_NAME:
            added.append(Chunk(j, k, "PER", 1.0, "rule"))
            taken.update(range(j, k))
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


def drop_before_states(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """Persons' names without the words the tagger ran in before a state's adjective inside
    them: «مما [طلبه الأرجنتيني سابيلا]» → «سابيلا». The definite adjective of a state right
    before the name describes the person («المدرب الأرجنتيني سابيلا»); a state's adjective that
    ends the name is a family name («محمد المصري») and stays, and so does a name with a known
given name or a name part before the adjective («أبي يعقوب الكندي الفيلسوف العربي …»: the
person, then his description). Changed in place."""
    for c in chunks:
        if c.type != "PER":
            continue
        inner = [m for m in range(c.start + 1, c.end - 1) if _state_adjective(norms[m])]
        if inner and not any(_named(norms[m], signs) for m in range(c.start, inner[-1])):
            c.start = inner[-1] + 1
    return chunks


def _named(norm: str, signs: NameSigns) -> bool:
    return cue_of(norm) == "NAME_PART" or signs.translit.known_level(norm) in KNOWN_LEVELS
