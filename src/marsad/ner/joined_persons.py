"""One person's name tagged as two persons side by side, joined again.

The tagger and the rules after it sometimes end a person's name after its first word and open
a second person at the next word: «[فان] [جال]», «[سوزان] [اسكندر]», «[هيفاء] [وهبي]», or after a
particle in construct state that cannot end a name: «[إبراهيم آل] [مسفر الألمعي]». Two
persons' names never touch in Arabic prose (a list has «و» or a comma between them; a title or
a nisba before a name is no name), so two person chunks with no word between them, in one
sentence, are one name when

- the first is one word that opens a person's name (`persons.given_name`: a known name
  spelling, no title, no nisba, no definite word: «الخديوي [إسماعيل]» is left), or
- the first ends in a binding particle (بن، آل، أبو، عبد: `resolve_particles.tsv`), or
- the first holds one inside it and the second is one family name (`persons.family_word`):
  «[عادل بن زيد] [الطريفي]», «[محمد أبو الفضل] [بدران]» (a title is no family name: «[فيصل بن
  خالد] [أمير] منطقة» stays);

and the second does not open with a conjunction or preposition letter (و، ف، ل، ب، ك) that
makes it a second person («[أسمهان] [وأم كلثوم]», «[روبنسون كروزو] [لدانيال ديفو]», «استبدل
[تاكر] [بكوبولا]», «[عمر] [فعمر]»), unless the whole word is a name spelling that the word
without the letter is not («وهبي», not «هبي»).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.construct_particles import binds
from marsad.ner.persons import NameSigns, family_word, given_name
from marsad.ner.translit import KNOWN_LEVELS

_SECOND_PERSON_LETTERS = "وفلبك"  # conjunctions and prepositions before a second person's name


def _opens_second(norm: str, signs: NameSigns) -> bool:
    """Whether the second chunk's first word opens another person with its first letter."""
    if norm[:1] not in _SECOND_PERSON_LETTERS:
        return False
    level = signs.translit.known_level
    return not (level(norm) in KNOWN_LEVELS and level(norm[1:]) not in KNOWN_LEVELS)


def _one_name(norms: Sequence[str], words: Sequence[str], first: Chunk, second: Chunk,
              signs: NameSigns) -> bool:
    if _opens_second(norms[second.start], signs):
        return False
    if binds(words[first.end - 1], "PER") and first.end - first.start >= 2:
        return True
    if second.end - second.start == 1 and family_word(norms[second.start], signs) \
            and any(binds(words[i], "PER") for i in range(first.start + 1, first.end - 1)):
        return True
    return first.end - first.start == 1 and given_name(norms[first.start], signs)


def join_split_persons(norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int],
                       signs: NameSigns) -> list[Chunk]:
    """`chunks` (in order) with each person's name cut in two side by side joined (see the
    module's docstring); the joined chunk keeps the lower confidence."""
    out: list[Chunk] = []
    for c in chunks:
        last = out[-1] if out else None
        if (last is not None and last.type == c.type == "PER" and last.end == c.start
                and c.start not in breaks and _one_name(norms, words, last, c, signs)):
            out[-1] = Chunk(last.start, c.end, "PER", min(last.confidence, c.confidence), last.source)
            continue
        out.append(c)
    return out
