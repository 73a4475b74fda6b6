"""Name forms for comparing: normalised, punctuation-free, titles and initials stripped.

A mention's *form* is what resolution compares: its text folded by `lang.normalize`, with
punctuation dropped, and for a person, leading honorifics, titles, ranks and ministry words
(`lang/ar/resolve_titles.tsv`) stripped with the nationality adjective that follows them
(`الرئيس الصيني شي جين بينغ` -> `شي جين بينغ`), and inner initials dropped
(`نيكولاي ب. باتروشيف` -> `نيكولاي باتروشيف`). The stored text is never changed.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize

_PUNCT = re.compile(r"[^\w\s.]+|_")
_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
DEFINITE = "ال"


@cache
def _titles() -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("resolve_titles"))


def is_latin(text: str) -> bool:
    """True when a name is written in Latin letters (and has no Arabic letters)."""
    return bool(_LATIN.search(text)) and not _ARABIC.search(text)


def clean(text: str) -> str:
    """Normalised text, punctuation dropped, spaces collapsed (Latin lowercased)."""
    t = normalize(text)
    t = _PUNCT.sub(" ", t)
    return _SPACE.sub(" ", t).strip().lower()


def _is_nisba(token: str) -> bool:
    """A definite adjective of origin (الصيني، الروسية): stripped after a title."""
    return token.startswith(DEFINITE) and len(token) > 4 and (token.endswith("ي") or token.endswith("يه"))


def _is_initial(token: str) -> bool:
    bare = token.strip(".")
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


def name_tokens(text: str, label: str) -> list[str]:
    """The tokens resolution compares for a mention of type `label`."""
    toks = [t for t in clean(text).split(" ") if t]
    if label == "PER":
        toks = strip_titles(toks)
        if len(toks) >= 3:
            toks = [toks[0], *[t for t in toks[1:-1] if not _is_initial(t)], toks[-1]]
    toks = [t.strip(".") for t in toks]
    return [t for t in toks if t]


def name_form(text: str, label: str) -> str:
    return " ".join(name_tokens(text, label))


def undefined(token: str) -> str:
    """A token without its definite article (for prefix matches of organisation names)."""
    return token[2:] if token.startswith(DEFINITE) and len(token) > 3 else token


def display_name(text: str, label: str) -> str:
    """The mention's own spelling with leading titles (and quotes around it) removed."""
    words = text.split()
    if label != "PER" or len(words) < 2:
        return " ".join(words).strip(" \"'“”«»()[]،,:")
    cleaned = [clean(w) for w in words]
    kept = strip_titles([c or w for c, w in zip(cleaned, words, strict=True)])
    return " ".join(words[len(words) - len(kept):]).strip(" \"'“”«»()[]،,:")
