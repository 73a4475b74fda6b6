"""Persons read from the Arabic given names of `lang/ar/segment_given_names.tsv`.

- A given name that begins with a letter that is also a proclitic (و، ب، ف، ل: «وليام»,
  «وليد», «وائل», «بسام», «فراس») is the name's own letter when the whole word is a listed
  given name: the word is not cut to «ليام» (Liam) or «سام» in the mention or its matching
  form (`whole_given_name`; «وندي» (Wendy) is not «ندي», but «وندى» is «و» + «ندى»).
- A given name that is hardly anything but a name (kind `name`: «زهراء», «وائل», «ياسر»)
  followed by a family name opens a person's name even where the tagger found none and no
  word describing a person stands before it («صانعة الفخار [زهراء الكاظمي]»): see
  `listed_persons`. Words of kind `word` («سعيد» happy, «وفاء» loyalty) open none by
  themselves.
- After a word describing a person (`ner_person_words.tsv`, or a title: «الشاعر», «المواطنة»,
  «الدكتورة», or a title phrase of several words ending in a definite word: «المدير العام»), with
  at most MAX_ADJECTIVES nisba adjectives between, a listed given name opens
  the person's name though the tagger's spelling model knows it not («الشاعر [مفرح العتيبي]»,
  «المواطن [مطلق الزهراني]»); of kind `name` it is the person alone where no family name follows
  and the describing word is a person word, not a title («الطفلة [زينب]، ذات الثلاث سنوات»,
  «الطفل [راكان]، وقال»; an unknown word after it may be the family name: «الدكتورة موضي
  تشرح» is left); a one-word person the tagger found right after the given name is its family
  name («المواطن [عائض القحطاني]»): see `described_given_names`. Where the tagger took the given
  name alone there, a definite family name after it (`persons.name_end`; no word describing a
  person) completes it («الشيخ [عبدالواحد] الدعام», «اللواء [مطلق] الخمعلي»); a given name of «عبد»
  + a name of God in one word («عبدالواحد», «عبدالرحمن»), read by rule and never listed, counts
  as listed for this. A title alone before one word is
  left to the tagger («مستشفى الملك فهد», «جائزة الأمير نايف» hold their own names).
- A given name with «بن»/«ابن» right after it opens a person's name, whatever type the tagger gave
  the name: «فعن [سويد بن قيس] قال» is no place (see `son_chains`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize
from marsad.lang.verbal_nouns import bare_verbal_noun
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import definite, nisba
from marsad.ner.not_names import not_name
from marsad.ner.person_acts import act_noun
from marsad.ner.persons import (
    MAX_ADJECTIVES,
    NameSigns,
    add_person_from,
    describes,
    family_word,
    given_name,
    name_end,
    person_word,
    phrase_cue,
    servant_name,
)


@cache
def given_names() -> frozenset[str]:
    """Every listed given name, normalised."""
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names"))


@cache
def name_only_given_names() -> frozenset[str]:
    """The listed given names that are hardly anything but a name (kind `name`)."""
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names") if r["kind"] == "name")


@cache
def feminine_given_names() -> frozenset[str]:
    """The listed given names of women (gender `f`)."""
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names") if r["gender"] == "f")


_YA, _ALIF_MAQSURA = "ي", "ى"


@cache
def _given_names_with_ya() -> frozenset[str]:
    """The listed given names written with a final «ي» and no spelling with «ى», normalised."""
    rows = [r["name"] for r in load_table("segment_given_names")]
    with_ya = {normalize(n) for n in rows if n.endswith(_YA)}
    return frozenset(with_ya - {normalize(n) for n in rows if n.endswith(_ALIF_MAQSURA)})


def whole_given_name(word: str) -> bool:
    """Whether a word as written is, whole, a listed given name (no proclitic to cut). A word
    written with a final «ى» is not a name listed with «ي» only: «وندي» is Wendy, «وندى» is «و» +
    «ندى» (normalised, the two are one)."""
    norm = normalize(word)
    if norm not in given_names():
        return False
    return not (word.rstrip().endswith(_ALIF_MAQSURA) and norm in _given_names_with_ya())


def listed_persons(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with a person for each untagged given name of kind `name` followed by a family
    name (a definite word or a known name spelling; `persons.name_end`), the words no other
    name holds."""
    names = name_only_given_names()
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added: list[Chunk] = []
    for j, w in enumerate(norms):
        if j in taken or w not in names or not_name(words[j]) is not None:
            continue
        if j + 1 >= len(norms) or j + 1 in breaks or j + 1 in taken or not family_word(norms[j + 1], signs):
            continue
        add_person_from(norms, words, j, taken, breaks, signs, added)
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


def described_given_names(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with a person for each untagged listed given name, whole as written, after a word
    describing a person (see the module's docstring), the words no other name holds."""
    listed, only = given_names(), name_only_given_names()
    taken = {i for c in chunks for i in range(c.start, c.end)}
    persons = {c.start: c for c in chunks if c.type == "PER"}
    alone = {c.start for c in chunks if c.type == "PER" and c.end == c.start + 1}
    added: list[Chunk] = []
    grown: dict[int, int] = {}
    for j, w in enumerate(norms):
        if (j in taken and j not in alone) or j in breaks or not_name(words[j]):
            continue
        if not (w in listed and normalize(words[j]) == w) \
                and not (j in alone and servant_name(normalize(words[j]))):
            continue
        if w not in only and w in signs.common:
            continue  # «أسماء»: a word the tagger learned as an ordinary word as well
        i = _title_phrase_before(norms, j, taken, breaks)
        if i is None:
            i = j - 1
        while (
            i >= 0 and j - i <= MAX_ADJECTIVES and i + 1 not in breaks and i not in taken
            and nisba(norms[i]) and definite(norms[i]) and not describes(norms[i])
        ):
            i -= 1  # «الإعلامية السعودية [ريم العتيبي]»
        if i < 0 or i in taken or i + 1 in breaks or not definite(norms[i]) or not describes(norms[i]):
            continue
        if j in alone:  # «الشيخ [عبدالواحد] الدعام»: the tagger took the given name alone
            k = name_end(norms, words, j, (taken - {j}) | breaks, signs)
            if k - j >= 2 and _family_name(norms[k - 1]):
                grown[j] = k
                taken.update(range(j, k))
            continue
        after = persons.get(j + 1)
        if after is not None and j + 1 not in breaks:
            after.start = j  # «المواطن عائض [القحطاني]»: the given name the tagger left out
            taken.add(j)
            continue
        stops = taken | breaks
        if name_end(norms, words, j, stops, signs) - j >= 2:
            add_person_from(norms, words, j, taken, breaks, signs, added)
        elif w in only and person_word(norms[i]) and _alone(norms, words, j + 1, taken, breaks, signs):
            added.append(Chunk(j, j + 1, "PER", 1.0, "rule"))
            taken.add(j)
    if grown:
        chunks = [Chunk(c.start, grown[c.start], c.type, c.confidence, "rule") if c.start in grown else c
                  for c in chunks]
    return sorted(chunks + added, key=lambda c: c.start) if added or grown else chunks


def _family_name(norm: str) -> bool:
    """Whether the definite word `norm` read after a given name the tagger took alone may be its
    family name: no word describing a person («الإعلامي»), no noun of an act nor verbal noun
    («الملك عبدالعزيز [الزيارة]», «[الاتفاق]»: what he did, not who he is)."""
    bare = norm[len(ARTICLE):]
    return definite(norm) and not describes(norm) and not act_noun(bare) and not bare_verbal_noun(bare)


def _title_phrase_before(norms: Sequence[str], j: int, taken: set[int], breaks: set[int]) -> int | None:
    """The first word of a title phrase of several words that ends in a definite word right before
    word j («المدير العام [مطلق الخمعلي]», «الأمين العام»: `persons.phrase_cue`), none of its
    words held by a name nor after a break; None where there is none."""
    if j < 2 or not definite(norms[j - 1]):
        return None
    for i in range(max(0, j - 3), j - 1):
        held = any(k in taken or (k in breaks and k != i) for k in range(i, j))
        if not held and phrase_cue(norms, i) == j - i:
            return i
    return None


def _alone(
    norms: Sequence[str], words: Sequence[str], k: int, taken: set[int], breaks: set[int], signs: NameSigns,
) -> bool:
    """Whether the given name before word k stands alone, word k being no family name: the end,
    a break, no word of letters, an ordinary word of the tagger's or a word that is never a name
    («في», «،», «3»); a word another name holds may be one, and is not."""
    if k >= len(norms) or k in breaks:
        return True
    if k in taken:
        return False
    if not norms[k].isalpha():
        return True
    return norms[k] in signs.common or not_name(words[k]) is not None


_SONS = frozenset({normalize("بن"), normalize("ابن")})


def son_chains(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """`chunks` with a name the tagger typed a place, a body or a work retyped a person where its
    first word is a given name (`persons.given_name`: no head of a body, place, cue or ordinary
    word) and its second «بن» or «ابن»: «فعن [سويد بن قيس] قال», «[لبيد بن ربيعة]». A place or a
    body named after a person opens with its head («مستشفى بن جلوي», «جامع الإمام تركي بن
    عبدالله»), never with the given name."""
    out = []
    for c in chunks:
        if (c.type != "PER" and c.end - c.start >= 3 and norms[c.start + 1] in _SONS
                and given_name(norms[c.start], signs)):
            c = Chunk(c.start, c.end, "PER", c.confidence, "rule")
        out.append(c)
    return out
