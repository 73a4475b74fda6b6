"""Words as search compares them: Arabic-normalised (`lang.normalize`), lower case, cut
where SQLite FTS5's unicode61 tokenizer cuts (letters and digits make words; everything
else separates them), so the index and the highlighter agree on every word.

An Arabic word may carry proclitics (و، ف، ب، ل، ك and the article): `forms` lists what it
may be without them, so that a query for الرياض finds بالرياض، للرياض and والرياض."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from marsad.lang.clitics import ARTICLE, proclitics
from marsad.lang.normalize import normalize, normalize_aligned, to_original
from marsad.lang.words import ALNUM_WORD
from marsad.memo import word_cache

_WORD = ALNUM_WORD

MIN_STEM = 3
"""The fewest letters left when a bare proclitic (و، ب، ل...) is taken off."""
MIN_BARE = 2
"""The fewest letters left when an article-carrying proclitic (ال، بال، لل...) is taken off."""


def fold(text: str) -> str:
    """The matching form of `text`: normalised and lower case."""
    return normalize(text).lower()


def tokens(text: str) -> list[str]:
    """The matching forms of the words of `text`, in order."""
    return _WORD.findall(fold(text))


def matched(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The [start, end) offsets in the original `text` of what `pattern` (written over the
    matching form) finds in it; a range takes in the marks the normalisation drops after its
    last letter (a final diacritic)."""
    norm, where = normalize_aligned(text)
    low = norm.lower()
    if len(low) != len(norm):  # a rare letter whose lower case is longer: keep offsets whole
        low = norm
    for m in pattern.finditer(low):
        start, end = to_original(where, len(text), m.start(), m.end())
        while end < len(text) and not normalize(text[end]):
            end += 1
        yield start, end


@word_cache(1 << 18)
def forms(word: str) -> frozenset[str]:
    """What a matching-form word may be behind its proclitics, without the article
    (وبالرياض → رياض; وبوتين → بوتين, and وتين, harmlessly); empty when it carries none."""
    clitics = _by_initial().get(word[:1])
    if clitics is None:
        return frozenset()
    out: set[str] = set()
    for clitic, definite in clitics:
        if not word.startswith(clitic):
            continue
        rest = word[len(clitic):]
        if definite and len(rest) >= MIN_BARE:
            out.add(rest)
        elif not definite and len(rest) >= MIN_STEM:
            out.add(rest)
            if rest.startswith(ARTICLE) and len(rest) - len(ARTICLE) >= MIN_BARE:
                out.add(rest[len(ARTICLE):])
    return frozenset(out)


@cache
def _by_initial() -> dict[str, tuple[tuple[str, bool], ...]]:
    """The proclitics by their first letter: a word is tried only against those it begins
    with (the article alone for a word in ا)."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for clitic, definite in proclitics():
        out.setdefault(clitic[0], []).append((clitic, definite))
    return {initial: tuple(group) for initial, group in out.items()}


def key(word: str) -> str:
    """The form a query word is looked up by among `forms`: without its article (الرياض → رياض)."""
    if word.startswith(ARTICLE) and len(word) - len(ARTICLE) >= MIN_BARE:
        return word[len(ARTICLE):]
    return word


def matches(word: str, query_word: str) -> bool:
    """Whether a text word is the query word, as the index matches it."""
    return word == query_word or key(query_word) in forms(word)


@lru_cache(maxsize=1024)
def matching(query_word: str) -> frozenset[str]:
    """Every text word that `matches` the query word: itself, and its key behind each
    proclitic (the inverse of `forms`), so a highlighter can look for them all at once."""
    k = key(query_word)
    out = {query_word}
    for clitic, definite in proclitics():
        if definite and len(k) >= MIN_BARE:
            out.add(clitic + k)
        elif not definite:
            if len(k) >= MIN_STEM:
                out.add(clitic + k)
            if len(k) >= MIN_BARE:
                out.add(clitic + ARTICLE + k)
    return frozenset(w for w in out if matches(w, query_word))
