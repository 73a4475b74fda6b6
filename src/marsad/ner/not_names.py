"""Words the tagger takes for names that never are, and adjectives it takes for places.

- A closed class of words is never a name (`lang/ar/ner_not_names.tsv`): prepositions and
  particles («على», «لي»), names of God («الله»), currencies («ريال سعودي»), units. They are
  matched on the word as written, without tashkeel but with ى/ي and hamza kept, because
  normalisation makes the preposition «على» the name «علي». A name made of such words
  alone is dropped; one that starts with a word that never starts a name loses it, and one
  that ends with a function word or a verb of the class («الاتحاد الذي», «ما أود») loses that.
  First-person verbs (`verb`: «أدري», «أود») are the tagger's names in memoirs and quoted
  speech: «دون أن [أدري]:» made a speaker. A participle of allegiance (`relation`: «الموالية»,
  «التابعة») takes its complement in ل after it and ends no name: «[المقاومة الشعبية]
  الموالية للرئيس».
- A definite nisba after a definite noun is an adjective, not a place: «المرأة السعودية»,
  «السلطات الأمنية السعودية» (the country's full name, «المملكة العربية السعودية», has been
  completed before: see `ner/places.py`).
- A name that is also a verbal noun is the noun right before the preposition it governs
  (`lang/ar/ner_noun_homographs.tsv`): «محاولات [النيل] من أمن الوطن», «للنيل منها» (to harm,
  not the Nile); a one-word name only.
- A month name with a date beside it is the month: «أبريل (نيسان)», «في 12 آب».
- An organisation's name ends before a unit of time behind ل (`lang/ar/date_units.tsv`, the
  singular units): «التقرير السنوي ل[هيئة الهلال الأحمر السعودي] للعام المالي» (the report's
  year, no part of the body's name), «لعام 2015».
- A person of two words ending in «الله» is a phrase of piety, not a name: «بعد
  [توفيق الله]», «[بحمد الله]», «[سائلين الله] أن», «[آية الله] علي خامنئي» (the title), unless
  its first word is definite («الجار الله»), a name part («عبد الله») or the pair is a
  catalogue name («نصر الله»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.clitics import LAM_ARTICLE, pronoun_suffixes
from marsad.lang.normalize import normalize
from marsad.memo import word_cache
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, catalogue_index, cue_of, definite, nisba

_MARKS = re.compile(r"[\u0640\u064B-\u065F\u0670]")
_PROCLITIC_LETTERS = "وفبلك"


def written(word: str) -> str:
    """The word as written, without tashkeel and tatweel (ى/ي and hamza kept)."""
    return _MARKS.sub("", word)


@cache
def _table() -> dict[str, tuple[str, bool]]:
    return {written(r["word"]): (r["class"], r["starts_name"] == "yes") for r in load_table("ner_not_names")}


@cache
def words_of_class(cls: str) -> frozenset[str]:
    """The words of one class of the table, normalised («divine»: the names of God)."""
    return frozenset(normalize(w) for w, (c, _) in _table().items() if c == cls)


# Classes of words no name ends with, and that a proclitic cut must not leave (`ner/proclitics.py`).
WORD_CLASSES = frozenset({"function", "verb", "relation", "state"})


@cache
def _bare_only() -> frozenset[str]:
    """Words of the table that are not names only as written: behind a proclitic letter
    they spell one («ان» → «بان» كي مون، «فان» دايك، «كان» the city)."""
    return frozenset(written(r["word"]) for r in load_table("ner_not_names") if r["proclitic"] == "no")


@word_cache(100_000)
def not_name(word: str) -> tuple[str, bool] | None:
    """(class, may start a longer name) of a word that is never a name alone, with or without
    one or two proclitic letters (unless its row says it takes none); None for any other word."""
    w = written(word)
    table = _table()
    if w in table:
        return table[w]
    for k in (1, 2):
        rest = w[k:]
        if (
            len(w) > k + 1
            and all(ch in _PROCLITIC_LETTERS for ch in w[:k])
            and rest in table
            and rest not in _bare_only()
        ):
            return table[rest]
    return None


_BRACKETS = frozenset({"(", ")", "[", "]", "،", ",", "-", "/"})


def drop_not_names(words: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """Chunks without the words that are never names (see the module's docstring)."""
    out = []
    for c in chunks:
        first = not_name(words[c.start])
        while first is not None and not first[1] and c.start < c.end:
            c.start += 1
            first = not_name(words[c.start]) if c.start < c.end else None
        if c.start == c.end:
            continue
        last = not_name(words[c.end - 1]) if c.end - c.start > 1 else None
        while last is not None and last[0] in WORD_CLASSES and not last[1]:
            c.end -= 1  # «الاتحاد الذي», «ما أود»: a name never ends with a function word or verb
            last = not_name(words[c.end - 1]) if c.end - c.start > 1 else None
        rest = range(c.start + 1, c.end)
        if first is not None and (
            c.end - c.start == 1
            or (first[0] == "currency" and all(nisba(normalize(words[i])) for i in rest))
        ):
            continue
        out.append(c)
    return out


@cache
def _noun_homographs() -> dict[str, frozenset[str]]:
    """Each name of `ner_noun_homographs.tsv` and the forms of the preposition its noun governs,
    bare or with a pronoun suffix («من», «منها»), normalised."""
    suffixes = ("", *pronoun_suffixes())
    out: dict[str, set[str]] = {}
    for r in load_table("ner_noun_homographs"):
        out.setdefault(normalize(r["name"]), set()).update(normalize(r["governs"]) + s for s in suffixes)
    return {k: frozenset(v) for k, v in out.items()}


def drop_noun_homographs(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """Chunks without the one-word names that are a verbal noun right before the preposition it
    governs (see the module's docstring)."""
    table = _noun_homographs()
    out = []
    for c in chunks:
        if c.end - c.start == 1 and c.end < len(norms):
            governs = next((table[w] for w in candidates(norms[c.start]) if w in table), None)
            if governs is not None and norms[c.end] in governs:
                continue
        out.append(c)
    return out


_GOD = normalize("الله")


def _piety(norms: Sequence[str], c: Chunk) -> bool:
    """Whether a chunk is a phrase of piety (see the module's docstring)."""
    if c.type != "PER" or c.end - c.start != 2 or norms[c.end - 1] != _GOD:
        return False  # «هبة الرحمن» is a woman's name: only «الله» makes the phrase
    first = norms[c.start]
    if definite(first) or cue_of(first) == "NAME_PART":
        return False
    found = catalogue_index().matches(list(norms[c.start : c.end]), (0,))
    return not any(s == 0 and e == 2 for s, e, _ in found)


def drop_pieties(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """Chunks without the phrases of piety the tagger read as persons (see the module's docstring)."""
    return [c for c in chunks if not _piety(norms, c)]


@cache
def month_words() -> frozenset[str]:
    """Month names of every series (`lang/ar/date_months.tsv`), normalised."""
    return frozenset(normalize(r["word"]) for r in load_table("date_months"))


def _month(norm: str) -> bool:
    months = month_words()
    return norm in months or (norm.startswith("ال") and norm[2:] in months)


def _date_word(norm: str) -> bool:
    return norm.isdigit() or _month(norm)


def date_months(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """A one-word name that is a month name with a date beside it (a day or year number, or
    another month name, past brackets and commas: «أبريل (نيسان)», «في 12 آب») is the month,
    not a name (نيسان the company stays a name elsewhere)."""
    out = []
    for c in chunks:
        if c.end - c.start == 1 and _month(norms[c.start]):
            near = []
            for step in (-1, 1):
                k = c.start + step
                while 0 <= k < len(norms) and norms[k] in _BRACKETS:
                    k += step
                if 0 <= k < len(norms):
                    near.append(norms[k])
            if any(_date_word(w) for w in near):
                continue
        out.append(c)
    return out


@cache
def _time_units() -> frozenset[str]:
    """The singular calendar units of `date_units.tsv` («عام», «شهر», «موسم»), normalised."""
    return frozenset(normalize(r["word"]) for r in load_table("date_units") if r["count"] == "1")


def _time_complement(norm: str) -> bool:
    """A unit of time behind ل, with or without the article: «للعام», «لعام», «للشهر»."""
    units = _time_units()
    return (norm.startswith(LAM_ARTICLE) and norm[len(LAM_ARTICLE):] in units) \
        or (norm.startswith("ل") and norm[1:] in units)


def time_complements(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """Organisations' names without a unit of time behind ل and the words after it (see the
    module); changed in place."""
    for c in chunks:
        if c.type == "ORG":
            c.end = next((k for k in range(c.start + 1, c.end) if _time_complement(norms[k])), c.end)
    return chunks


def adjective_places(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """One-word places that are a definite nisba after a definite noun are adjectives: dropped."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    out = []
    for c in chunks:
        p = c.start - 1
        word = norms[c.start]
        if (
            c.type == "LOC"
            and c.end - c.start == 1
            and p >= 0
            and c.start not in breaks
            and p not in taken
            and nisba(word)
            and definite(word)
            and definite(norms[p])
        ):
            continue
        out.append(c)
    return out
