"""People's names the tagger misses or runs into the words around them, read from the words
that describe a person before the name.

- After a word describing a person (`lang/ar/ner_person_words.tsv`: «الإعلامي», «الطفلة»,
  «الممثل») or a title of `ner_cues.tsv`, and the definite nisba adjectives after it («الممثل
  المصري»), a given name with a family name after it is a person even where the tagger found
  none: «الإعلامي [فاضل الشعلة]», «السفير السعودي [عيد الثقفي]»; a one-word name found one
  word after it takes that given name: «المواطن علي [إبراهيم]». Never after a cue phrase
  («المتحدث باسم …»), never a word of `ner_not_names.tsv` («الفريق في الموسم»), never right
  after a title in construct state, which names a body («قائد قوة الواجب», «مستشار صاحب السمو»).
- A person's name that opens with a definite nisba after a definite word is the adjective of
  that word, not the name: «الممثل [المصري عمر الشريف]» → «عمر الشريف».
- A place run into the person's name after it, after a title earlier in the sentence, is two
  names: «الناطق باسم الهلال الأحمر [بمنطقة الرياض عبدالله] المريبض» → LOC «منطقة الرياض»,
  PER «عبدالله المريبض». (Without a title before, a place and a known name spelling after it
  are mostly one place: «القطيف سيتي مول», «نيويورك سيتي».) Where the tagger ran the given
  name into the place, an indefinite word after it that is no known spelling is still its
  family name: «مدير كهرباء [تعز نبيل] جامل أن» → LOC «تعز», PER «نبيل جامل». The place may
  have its state's nisba after it: «القنصل ... في مدينة [مشهد الإيرانية عبدالله الحمراني]» →
  LOC «مشهد الإيرانية», PER «عبدالله الحمراني».

A given name is an indefinite word known as a name spelling (`TranslitModel.known_level`, seen at
least twice), a name part (أبو، عبد) or a word opened by «عبدال» (عبدالله، عبدالرحمن); no
place, head noun («قوة», «شعبة») or word the tagger learned as ordinary («صاحب», «باسم»); after a
word describing a person, such an indefinite word no spelling knows is a given name too where a
name in «عبدال» follows it: «الإعلامي [منهل عبدالقادر]».
A family name is a definite word, or a known spelling, or a name part with the word after it
(«محمد بن عبدالله الجعيثن»); a definite family name ends the name. Only words no other name
holds are taken, never across a sentence break.

Two persons coordinated with «و» the tagger ran into one name are two: «[السادات وكارتر]».

A name that ends in a particle in construct state is completed in `construct_particles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.memo import word_cache
from marsad.ner.consistency import Chunk
from marsad.ner.heads import head_index
from marsad.ner.lexicon import (
    candidates,
    cue_index,
    cue_of,
    definite,
    is_place,
    name_particles,
    nisba,
    office_word,
)
from marsad.ner.not_names import not_name
from marsad.ner.person_acts import reports_act
from marsad.ner.places import unit_words
from marsad.ner.tokens import QUOTE_MARKS
from marsad.ner.translit import KNOWN_LEVELS, TranslitModel

_SERVANT = "عبدال"  # «عبد» + the article of one of God's names: a given name in one word
_TITLES = frozenset({"PER_TITLE", "PER_HONORIFIC"})
_PLURAL_ENDINGS = ("ين", "ون", "ات")
MAX_ADJECTIVES = 2  # definite nisba adjectives between a describing word and the name
MAX_NAME_WORDS = 5  # words of a name read after a describing word
TITLE_REACH = 8  # words before a place within which a title makes its holder's name follow


@dataclass(frozen=True)
class NameSigns:
    """What the tagger knows of words: name spellings (`translit`) and the words it learned as
    ordinary words (`NerModel.common_words`: «فور», «صاحب», «باسم»), which open no name."""

    translit: TranslitModel
    common: frozenset[str]


@cache
def person_words() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in load_table("ner_person_words"))


def person_word(norm: str) -> bool:
    """Whether a word, behind its proclitics, is a word describing a person («الإعلامي», «والمحامي»)."""
    words = person_words()
    return any(c in words for c in candidates(norm))


@word_cache(200_000)
def describes(norm: str) -> bool:
    """Whether a word describes a person (asked of every word of an article: kept per word)."""
    return person_word(norm) or cue_of(norm) in _TITLES


def given_name(norm: str, signs: NameSigns) -> bool:
    """Whether a word opens a person's name (see the module's docstring)."""
    if len(norm) < 3 or not norm.isalpha() or definite(norm) or is_place(norm):
        return False
    cue = cue_of(norm)
    if cue == "NAME_PART":
        return True  # «أبو»: a name part the tagger learned as an ordinary word too
    if norm in signs.common:
        return False
    if servant_name(norm):
        return True
    if cue or any(c in head_index().single for c in candidates(norm)):
        return False  # «قوة الواجب», «شعبة المصالح»: the head of a body's name
    return signs.translit.known_level(norm) in KNOWN_LEVELS


def servant_name(norm: str) -> bool:
    """Whether a normalised word is «عبد» + one of God's names with its article, in one word
    («عبدالرحمن», «عبدالواحد»): a given name read by rule, never listed (`segment_given_names.tsv`)."""
    return norm.startswith(_SERVANT) and len(norm) >= len(_SERVANT) + 2


def family_word(norm: str, signs: NameSigns) -> bool:
    if not norm.isalpha() or len(norm) < 3 or cue_of(norm) or is_place(norm) or norm in signs.common:
        return False
    if definite(norm):
        plural = len(norm) > 6 and norm.endswith(_PLURAL_ENDINGS)  # «أسماء [الفائزين]»
        return norm.startswith("ال") and len(norm) > 4 and not norm.startswith("الل") and not plural
    return norm.startswith(_SERVANT) or signs.translit.known_level(norm) in KNOWN_LEVELS


def name_end(norms: Sequence[str], words: Sequence[str], j: int, stops: set[int], signs: NameSigns) -> int:
    """The end of the person's name whose given name is word j: j + 1 when no family name
    follows it (`words`: as written, for the words that are never a name: «أشرف على»)."""
    k = j + 1
    part = cue_of(norms[j]) == "NAME_PART"
    while k < len(norms) and k - j < MAX_NAME_WORDS and k not in stops and not_name(words[k]) is None:
        w = norms[k]
        if cue_of(w) == "NAME_PART":
            part = True
        elif part and w.isalpha() and not cue_of(w):
            part = False
        elif family_word(w, signs):
            k += 1
            if definite(w):
                break
            continue
        else:
            break
        k += 1
    while k > j + 1 and cue_of(norms[k - 1]) == "NAME_PART":
        k -= 1  # «… بن» with no name after it
    return k


def phrase_cue(norms: Sequence[str], i: int) -> int:
    """The words of a cue phrase of several words starting at word i, 0 where none does
    («المتحدث باسم»: the name is not right after its first word, and «باسم» is no given name
    there; «المدير العام»: the name is right after the phrase)."""
    return max((e for s, e, _ in cue_index().matches(list(norms[i : i + 3])) if s == 0 and e > 1), default=0)


def described_persons(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with the names of two words or more after a word describing a person
    (`words`: as written, for the words that are never a name: «الفريق في الموسم»)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    persons = {c.start: c for c in chunks if c.type == "PER" and c.end - c.start == 1}
    added: list[Chunk] = []
    for i, w in enumerate(norms):
        if i in taken or not describes(w):
            continue
        j = i + max(1, phrase_cue(norms, i))  # after the whole phrase: «المدير العام [علي الحازمي]»
        while (
            j < len(norms) and j - i <= MAX_ADJECTIVES and j not in taken and j not in breaks
            and norms[j].startswith("ال") and nisba(norms[j]) and not cue_of(norms[j])
        ):
            j += 1
        if j >= len(norms) or j in taken or j in breaks or (j == i + 1 and not definite(w)):
            continue  # «قائد [قوة] الواجب»: a title in construct state is followed by a body
        if norms[j] in QUOTE_MARKS and j + 1 < len(norms) and j + 1 not in taken and j + 1 not in breaks:
            j += 1  # «الإعلامي "[منهل عبدالقادر]"»: the name in quotation marks
        if not (given_name(norms[j], signs) or _before_servant(norms, j, taken | breaks, signs)):
            continue
        if not_name(words[j]) is not None:
            continue
        after = persons.get(j + 1)
        if after is not None and j + 1 not in breaks:
            after.start = j  # «الإعلامي علي [إبراهيم]»: the given name the tagger left out
            taken.add(j)
            continue
        add_person_from(norms, words, j, taken, breaks, signs, added)
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


def _before_servant(norms: Sequence[str], j: int, stops: set[int], signs: NameSigns) -> bool:
    """Whether word j, a word no spelling of a name knows, opens a name all the same because a
    name in «عبدال» follows it: «الإعلامي [منهل عبدالقادر]» (an indefinite word, no ordinary word
    of the tagger's, no cue, head noun or place)."""
    w = norms[j]
    if j + 1 >= len(norms) or j + 1 in stops or not w.isalpha() or len(w) < 3 or definite(w):
        return False
    after = norms[j + 1]
    if not servant_name(after):
        return False
    body = any(c in head_index().single for c in candidates(w))
    return not (w in signs.common or cue_of(w) or is_place(w) or body)


def add_person_from(
    norms: Sequence[str], words: Sequence[str], j: int, taken: set[int], breaks: set[int], signs: NameSigns,
    added: list[Chunk],
) -> None:
    """A person's name from its given name at word j to where the name ends (`name_end`), added
    to `added` and its words to `taken` when it is two words or more."""
    k = name_end(norms, words, j, taken | breaks, signs)
    if k - j >= 2:
        added.append(Chunk(j, k, "PER", 1.0, "rule"))
        taken.update(range(j, k))


def drop_leading_adjectives(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """Persons' names without a definite nisba at their start that agrees with the definite
    word before them («الممثل [المصري] عمر الشريف»); changed in place."""
    for c in chunks:
        p = c.start - 1
        if c.type != "PER" or c.end - c.start < 2 or p < 0:
            continue
        first = norms[c.start]
        if not (first.startswith("ال") and nisba(first)) or cue_of(first):
            continue
        if (definite(norms[p]) or describes(norms[p])) and given_name(norms[c.start + 1], signs):
            c.start += 1
    return chunks


MIN_STRANGER_NAME = 3  # words of a person's name whose unknown first word may be cut


def _known_spelling(norm: str, signs: NameSigns) -> bool:
    """Whether `norm`, or `norm` without a one-letter proclitic (لحسين), is a known name spelling."""
    level = signs.translit.known_level
    return level(norm) in KNOWN_LEVELS or (norm[:1] in "وفبلك" and level(norm[1:]) in KNOWN_LEVELS)


def drop_leading_strangers(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """Persons' names of MIN_STRANGER_NAME words or more without a first word that is no name
    spelling, title or name part (`resolve_particles.tsv`) when a given name, no name part,
    follows it («هاذي بنت الخالدية» stays): the tagger ran a noun, place or
    verb before it into the name («[مأزق] قاسم سليماني», «حكومة [الشيشان] حسن حكيموف», «[ويفرد]
    فاروق مردم بك»); changed in place."""
    for c in chunks:
        if c.type != "PER" or c.end - c.start < MIN_STRANGER_NAME:
            continue
        first, second = norms[c.start], norms[c.start + 1]
        particles = name_particles().joining
        if not first.isalpha() or cue_of(first) or first.startswith(_SERVANT[:3]) or first in particles:
            continue
        if _known_spelling(first, signs):
            continue
        if second not in particles and cue_of(second) != "NAME_PART" and given_name(second, signs):
            c.start += 1
    return chunks


def _second_person(norms: Sequence[str], i: int, signs: NameSigns) -> bool:
    """Whether word i opens a second person's name behind the conjunction: «و» and a spelling
    seen often as a name, of four letters or more («[السادات وكارتر]», «[جورج كلوني وكيفن]
    كوستنر»), where the whole word is no name spelling («وليد») and the word before is no name
    part («عبد»)."""
    w = norms[i]
    if not w.startswith("و") or w.startswith("وال") or len(w) < 5 or not w.isalpha():
        return False  # a rest of three letters is a piece of a name too often («وافي»)
    prev = norms[i - 1]
    if cue_of(prev) == "NAME_PART" or prev in name_particles().joining:
        return False
    level = signs.translit.known_level
    return level(w[1:]) == "5" and level(w) not in KNOWN_LEVELS and not cue_of(w[1:])


def split_coordinated_persons(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """Persons' names cut before a second person's name coordinated to them (`_second_person`):
    two names, the second one starting at its «و» (which `proclitics.leading_cut` leaves out)."""
    out = []
    for c in chunks:
        if c.type == "PER":
            for i in range(c.start + 1, c.end):
                if _second_person(norms, i, signs):
                    out.append(Chunk(c.start, i, c.type, c.confidence, c.source))
                    c = Chunk(i, c.end, c.type, c.confidence, c.source)
        out.append(c)
    return out


def _place(norms: Sequence[str], s: int, e: int) -> bool:
    """Whether words s..e are a listed one-word place, alone or after its unit's word, with the
    definite nisba of its state after it or not («في مدينة [مشهد الإيرانية] عبدالله ...»)."""
    if e - s >= 2 and definite(norms[e - 1]) and nisba(norms[e - 1]) and _place(norms, s, e - 1):
        return True
    if e - s == 1:
        return is_place(norms[s])
    units = unit_words()
    return e - s == 2 and any(f in units for f in candidates(norms[s])) and is_place(norms[s + 1])


def titled(norms: Sequence[str], s: int, breaks: set[int]) -> bool:
    """Whether a title or an office (`lexicon.office_word`: «مدرب [كوبا ماريو] لوبيز», or with
    the article: «القنصل السعودي في مدينة [مشهد عبدالله] الحمراني») stands within TITLE_REACH
    words before word s, in its sentence."""
    for p in range(s - 1, max(-1, s - 1 - TITLE_REACH), -1):
        if cue_of(norms[p]) in _TITLES or office_word(norms[p]) \
                or any(c.startswith("ال") and office_word(c[2:]) for c in candidates(norms[p])):
            return True
        if p in breaks:
            return False
    return False


def bare_family(
    norms: Sequence[str], words: Sequence[str], i: int, stops: set[int], signs: NameSigns,
) -> bool:
    """Whether word i, after a given name the tagger ran into a place, is that person's family
    name though no known spelling: an indefinite word of letters, no cue, place, ordinary word,
    word never a name or act («جامل»)."""
    if i >= len(norms) or i in stops:
        return False
    w = norms[i]
    return (len(w) >= 3 and w.isalpha() and not definite(w) and not cue_of(w) and not is_place(w)
            and w not in signs.common and not_name(words[i]) is None and not reports_act(w, signs))


def split_place_persons(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with each place run into a person's name after it cut in two (see the module)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    out = []
    for c in chunks:
        k = next(
            (
                k for k in range(c.start + 1, min(c.end, c.start + 4))
                if _place(norms, c.start, k) and given_name(norms[k], signs)
            ),
            None,
        )
        if c.type != "LOC" or k is None or not titled(norms, c.start, breaks):
            out.append(c)
            continue
        free = (taken - set(range(c.start, c.end))) | breaks
        end = max(c.end, name_end(norms, words, k, free, signs))
        if end - k < 2 and bare_family(norms, words, k + 1, free, signs):
            end = k + 2  # «مدير كهرباء [تعز نبيل] جامل»: the tagger took the given name in the place
        if end - k < 2:
            out.append(c)
            continue
        taken.update(range(c.end, end))
        out.append(Chunk(c.start, k, "LOC", c.confidence, c.source))
        out.append(Chunk(k, end, "PER", c.confidence, "rule"))
    return out
