"""Name forms for comparing: normalised, punctuation-free, titles and initials stripped.

A mention's *form* is what resolution compares: its text folded by `lang.normalize`, with
punctuation dropped, and for a person, leading honorifics, titles, ranks and ministry words
(`lang/ar/resolve_titles.tsv`) stripped with the nationality adjective that follows them
(`الرئيس الصيني شي جين بينغ` -> `شي جين بينغ`), and inner initials dropped
(`نيكولاي ب. باتروشيف` -> `نيكولاي باتروشيف`). The stored text is never changed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from marsad.lang import clitics, load_table
from marsad.lang.normalize import normalize

_PUNCT = re.compile(r"[^\w\s.]+|_")
_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
DEFINITE = "ال"


@cache
def _titles() -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("resolve_titles"))


@cache
def native_names() -> frozenset[str]:
    """Arabic given names with one fixed spelling (lang/ar/resolve_native_names.tsv)."""
    return frozenset(clean(r["form"]) for r in load_table("resolve_native_names"))


@cache
def given_names() -> frozenset[str]:
    """Arabic given names (lang/ar/segment_given_names.tsv, and those of `native_names`)."""
    return frozenset(clean(normalize(r["name"])) for r in load_table("segment_given_names")) | native_names()


def fixed_spelling(a: str, b: str) -> bool:
    """True when two different words cannot be spellings of one name: one of them is an
    Arabic given name whose spelling does not vary."""
    names = native_names()
    return a != b and (a in names or b in names)


@cache
def particles(kind: str) -> frozenset[str]:
    """Name particles of one kind (lang/ar/resolve_particles.tsv): nasab or part."""
    return frozenset(clean(r["form"]) for r in load_table("resolve_particles") if r["kind"] == kind)


def is_latin(text: str) -> bool:
    """True when a name is written in Latin letters (and has no Arabic letters)."""
    return bool(_LATIN.search(text)) and not _ARABIC.search(text)


def clean(text: str) -> str:
    """Normalised text, punctuation dropped, spaces collapsed (Latin lowercased)."""
    t = normalize(text)
    t = _PUNCT.sub(" ", t)
    return _SPACE.sub(" ", t).strip().lower()


@lru_cache(maxsize=100_000)
def clean_name(text: str) -> str:
    """`clean` of a short text (a name, a word, a title with a name), remembered: the same
    names recur across a corpus."""
    return clean(text)


def _is_nisba(token: str) -> bool:
    """A definite adjective of origin (الصيني، الروسية): stripped after a title."""
    return token.startswith(DEFINITE) and len(token) > 4 and (token.endswith("ي") or token.endswith("يه"))


def _is_initial(token: str) -> bool:
    bare = token.strip(".")
    if bare in particles("nasab") or bare in particles("part"):
        return False
    return len(bare) <= 2 and (token.endswith(".") or len(bare) == 1 or not bare.isascii())


def strip_titles(tokens: list[str]) -> list[str]:
    """Leading title words (and the adjectives of origin that follow them) removed;
    a name is never stripped to nothing."""
    titles = _titles()
    i = 0
    while i < len(tokens) - 1 and (tokens[i] in titles or tokens[i].rstrip(".") + "." in titles):
        i += 1
        while i < len(tokens) - 1 and _is_nisba(tokens[i]):
            i += 1
    return tokens[i:]


@cache
def proclitics() -> tuple[tuple[str, bool], ...]:
    """(proclitic, carries the article?) from `lang.clitics`, longest first; the bare article
    is not one (it belongs to the name)."""
    return tuple(row for row in clitics.proclitics() if row[0] != DEFINITE)


def without_proclitic(tokens: list[str]) -> list[list[str]]:
    """The token lists the name could be if its first word carries a proclitic
    (وبوتين -> بوتين, للحزب -> الحزب), most letters stripped first."""
    if not tokens:
        return []
    rest = tokens[1:]
    return [[first, *rest] for first in _without_proclitic(tokens[0])]


@lru_cache(maxsize=100_000)
def _without_proclitic(word: str) -> tuple[str, ...]:
    """What `word` is without each proclitic it may carry, most letters stripped first."""
    return tuple((DEFINITE if definite else "") + word[len(p):] for p, definite in proclitics()
                 if word.startswith(p) and len(word) - len(p) >= 3)


def _is_title(token: str) -> bool:
    titles = _titles()
    if token in titles:
        return True
    return any(token.startswith(p) and (DEFINITE + token[len(p):] if d else token[len(p):]) in titles
               for p, d in proclitics())


def name_tokens(text: str, label: str) -> list[str]:
    """The tokens resolution compares for a mention of type `label`."""
    return list(_name_tokens(text, label))


@lru_cache(maxsize=200_000)
def _name_tokens(text: str, label: str) -> tuple[str, ...]:
    toks = [t for t in clean(text).split(" ") if t]
    if label == "PER":
        toks = strip_titles(toks)
        while len(toks) > 1 and _is_title(toks[-1]):
            toks = toks[:-1]
        if len(toks) >= 3:
            toks = [toks[0], *[t for t in toks[1:-1] if not _is_initial(t)], toks[-1]]
    elif label == "LOC" and len(toks) > 1 and toks[0] in _seat_units():
        toks = toks[1:]  # «محافظة جدة» is Jeddah (lang/ar/ner_place_units.tsv, seat = yes)
    toks = [t.strip(".") for t in toks]
    return tuple(t for t in toks if t)


@lru_cache(maxsize=1)
def _seat_units() -> frozenset[str]:
    return frozenset(clean(r["word"]) for r in load_table("ner_place_units") if r["seat"] == "yes")


def name_form(text: str, label: str) -> str:
    return " ".join(name_tokens(text, label))


def undefined(token: str) -> str:
    """A token without its definite article (for prefix matches of organisation names)."""
    return token[2:] if token.startswith(DEFINITE) and len(token) > 3 else token


@lru_cache(maxsize=100_000)
def display_name(text: str, label: str) -> str:
    """The mention's own spelling with leading titles (and quotes around it) removed."""
    words = text.split()
    if label != "PER" or len(words) < 2:
        return " ".join(words).strip(" \"'“”«»()[]،,:")
    cleaned = [clean(w) or w for w in words]
    kept = strip_titles(cleaned)
    words = words[len(words) - len(kept):]
    while len(words) > 1 and _is_title(clean(words[-1])):
        words = words[:-1]
    return " ".join(words).strip(" \"'“”«»()[]،,:")
