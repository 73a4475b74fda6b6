"""Words of the original text in normalised form, and matching them against table forms.

A `Word` keeps its offsets in the untouched text and its normalised form. `WordMatcher`
strips a conjunction, a future prefix (from `event_affixes.tsv`) and one proclitic (`lang.clitics`) and
allows the suffixes a part of speech may carry, so one table row covers وقالت / يلتقيان.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from typing import NamedTuple

from marsad.lang import load_table
from marsad.lang.clitics import proclitics
from marsad.lang.normalize import normalize
from marsad.lang.sentences import VOWEL_MARKS
from marsad.lang.words import normalized_words


class Word(NamedTuple):
    """A word: [start, end) in the original text and its normalised form (a named tuple:
    every sentence's words are built twice per article, by quotes and by events)."""

    start: int
    end: int
    norm: str


WITH = normalize("مع")  # the preposition «مع», as normalised: a partner, a side or a group after it
BETWEEN = normalize("بين")  # the preposition «بين», as normalised: the parties of an event after it
IN = normalize("في")  # the preposition «في», as normalised: a place, a body or a time after it
AND = "و"  # the conjunction «و» as written and normalised: a second party or side joined after it
BI = "ب"  # the preposition «ب» as written and normalised, on its word: an object, partner or guest after it
_MARKS = re.compile("[\u064b-\u0652\u0670]")  # harakat and tanween (اجتماعاً, كلٍ منْ)
_PLURAL = "ات"  # the feminine plural ending, before a possessive pronoun (زياراته, اجتماعاتهم)


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of `text[start:end]` with original offsets and normalised forms; a word's end
    takes in the marks written after its last letter (اجتماعاً: the tanween is no punctuation
    between it and the next word)."""
    found = normalized_words(text, start, end)
    if _MARKS.search(text, start, len(text) if end is None else end) is not None:
        stop = len(text) if end is None else end
        found = [(s, _past_marks(text, e, stop), n) for s, e, n in found]
    # tuple.__new__ as `Word._make` does it, without its Python-level call per word
    return list(map(tuple.__new__, repeat(Word), found))


def written(text: str, w: Word) -> str:
    """The word as the text writes it, without its vowel marks (hamza, ta marbuta and final ى kept,
    which the normalised form loses: «رسالة», «إمام»)."""
    return "".join(ch for ch in text[w.start:w.end] if ch not in VOWEL_MARKS)


def mark_before(text: str, ws: list[Word], j: int, marks: str) -> bool:
    """Whether one of `marks` (punctuation) stands between word `j` and the word before it."""
    return j > 0 and any(ch in marks for ch in text[ws[j - 1].end:ws[j].start])


def _past_marks(text: str, end: int, stop: int) -> int:
    while end < stop and _MARKS.match(text, end) is not None:
        end += 1
    return end


@dataclass(frozen=True, slots=True)
class Stem:
    stem: str
    future: bool
    clitic: str  # the proclitic stripped ("" when none)


@cache
def _affixes() -> dict[str, tuple[str, ...]]:
    """The affixes of `event_affixes.tsv` by kind, normalised, longest first; and as `proclitic`
    the proclitics of `lang.clitics` that open with no conjunction of the table (the article and
    the prepositions written alone or onto it: ال, لل, بال, ب, ل ...), stripped after it."""
    kinds: dict[str, list[str]] = {}
    for row in load_table("event_affixes"):
        kinds.setdefault(row["kind"], []).append(normalize(row["affix"]))
    conjunctions = tuple(kinds.get("conjunction", ()))
    kinds["proclitic"] = [p for p, _ in proclitics() if not p.startswith(conjunctions)]
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[Stem, ...]:
    """Readings of a normalised word with its prefixes stripped (the word itself first)."""
    aff = _affixes()
    out = [Stem(word, False, "")]
    bases = [word]
    for c in aff.get("conjunction", ()):
        if word.startswith(c) and len(word) - len(c) >= 2:
            bases.append(word[len(c):])
    for b in list(bases):
        for f in aff.get("future", ()):
            if b.startswith(f) and len(b) - len(f) >= 3 and b[len(f)] in "يتنا":
                out.append(Stem(b[len(f):], True, ""))
        for p in aff.get("proclitic", ()):
            if b.startswith(p) and len(b) - len(p) >= 2:
                out.append(Stem(b[len(p):], False, p))
        if b is not word:
            out.append(Stem(b, False, ""))
    return tuple(out)


def past_conjunction(word: str) -> str | None:
    """A normalised word past the conjunction glued on its front (`conjunction` in event_affixes.tsv:
    و, ف): «وعبر» -> «عبر»; None when it opens with none."""
    c = next((c for c in _affixes().get("conjunction", ()) if word.startswith(c)), None)
    return None if c is None else word[len(c):]


def object_pronoun_suffixes() -> tuple[str, ...]:
    """The object pronouns a visit verb may end in (`object_pronoun` in event_affixes.tsv, normalised)."""
    return _affixes().get("object_pronoun", ())


def first_person_suffixes() -> tuple[str, ...]:
    """The endings of a verb's first person (`first_person` in event_affixes.tsv, normalised)."""
    return _affixes().get("first_person", ())


def maqsura_first_person_suffixes() -> tuple[str, ...]:
    """The first- or second-person endings of a past verb ending in alif maqsura (التقيت:
    `maqsura_first_person` in event_affixes.tsv, normalised)."""
    return _affixes().get("maqsura_first_person", ())


def verb_suffixes() -> tuple[str, ...]:
    """The suffixes a verb may carry (`verb_suffix` in event_affixes.tsv, normalised)."""
    return _affixes().get("verb_suffix", ())


def form_matches(stem: str, form: str, pos: str) -> bool:
    """Whether a stripped word is `form` or `form` with a suffix its part of speech allows."""
    if stem == form:
        return True
    if not stem.startswith(form[:-1]) or len(stem) <= len(form) - 1:
        return False
    aff = _affixes()
    rest = stem[len(form):] if stem.startswith(form) else None
    if pos == "verb":
        return rest is not None and rest in aff.get("verb_suffix", ())
    if rest is not None and (rest in aff.get("noun_suffix", ()) or _plural_owned(rest)):
        return True  # اتفاقات, اتفاقها; اتفاقاتها: the plural with its owner
    if form.endswith("ه"):  # ta marbuta: زيارة -> زيارته, زيارات, زياراته
        base = form[:-1]
        tail = stem[len(base):]
        if tail == _PLURAL or _plural_owned(tail):
            return True
        return tail.startswith("ت") and tail[1:] in aff.get("possessive", ())
    return False


_HAMZA = "ء"
_HAMZA_SEATS = "يو"  # normalised ئ and ؤ: لقاء -> لقائه, لقاؤه


def possessed(stem: str, form: str) -> bool:
    """Whether a stripped word is the noun `form` (no ta marbuta) with a possessive pronoun
    (`noun_possessive` in event_affixes.tsv): اجتماعه, محادثاتهم, لقائه (a final hamza on its
    seat), لقاءه; in the plural too (اجتماعاتهم, لقاءاته: a meeting of theirs among several)."""
    if form.endswith("ه") or len(stem) <= len(form):
        return False
    head = stem[:len(form)]
    if head != form and not (form.endswith(_HAMZA) and head[:-1] == form[:-1] and head[-1] in _HAMZA_SEATS):
        return False
    rest = stem[len(form):]
    return rest in _affixes().get("noun_possessive", ()) \
        or not form.endswith(_PLURAL) and _plural_owned(rest)  # اجتماعاتهم, لقاءاته: the plural's owner


def _plural_owned(rest: str) -> bool:
    """Whether what follows a noun's form is the feminine plural ending with a possessive pronoun
    (`noun_possessive` in event_affixes.tsv): زياراته, اتفاقاتها, اجتماعاتهم."""
    return rest.startswith(_PLURAL) and rest[len(_PLURAL):] in _affixes().get("noun_possessive", ())


def points_back(word: str) -> bool:
    """Whether a verb ends in an object pronoun that points back to a noun told before it
    (`back_pronoun` in event_affixes.tsv: قمة ... تستضيفها)."""
    return word.endswith(_affixes().get("back_pronoun", ()))


def spelt_possessed(form: str, verbs: frozenset[str]) -> bool:
    """Whether a noun row's `form` is a verb row's form (one of `verbs`) with a possessive
    pronoun (`noun_possessive` in event_affixes.tsv): the verbal noun spelt as its verb, with
    its doer's pronoun (توجهه), which `possessed` cannot tell from a ta marbuta."""
    return any(form.endswith(a) and form[:-len(a)] in verbs for a in _affixes().get("noun_possessive", ()))


def word_matches(word: str, form: str, pos: str) -> Stem | None:
    """The reading of `word` that matches `form`, or None."""
    for st in stems(word):
        if form_matches(st.stem, form, pos):
            return st
    return None

