"""The text an article is compared on: normalised words, shingles and content terms.

Matching forms only: nothing here is written back over an article's text.
"""

from __future__ import annotations

import zlib
from collections import Counter
from functools import cache

import numpy as np

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.lang.words import WORD_WITH_JOINERS
from marsad.model import Article

WORD = WORD_WITH_JOINERS
"""The unit story text is cut with (`words`)."""
# Clitics that glue to a content word and say nothing about it (matching only).
_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "ال")
SHINGLE = 5  # words per shingle for near-duplicates
LEAD = 60  # words of the opening compared on their own (wire copy cut short)


def article_text(art: Article) -> str:
    """The article's own text when segmentation found a body, else its whole text; a page
    with nothing of its own (`no_article_text`: a link footer, a gallery's chrome) is known
    by its title alone, so pages that share only their chrome never make a story."""
    body = art.body if art.segments("body") else ""
    text = body or ("" if "no_article_text" in art.flags else art.text)
    if art.title and art.title not in text[: len(art.title) + 200]:
        text = art.title + "\n" + text
    return text


# The word caches below are emptied when they reach this many words, so a corpus of
# endless distinct tokens (numbers, ids) cannot grow them without bound. A run's driver
# fills them over every article it makes a story item of (a word and its forms cost it
# about 250 bytes in all three); the frequent words come back within a few articles.
MAX_CACHED_WORDS = 100_000
_NORMAL: dict[str, str] = {}  # word as written -> its matching form


def words(text: str) -> list[str]:
    """Normalised words of `text`, in order (each distinct spelling normalised once)."""
    return normal_words(WORD.findall(text))


def normal_words(found: list[str]) -> list[str]:
    """The normalised words of the words `found` in a text (by `WORD`), in order, the
    empty ones left out: what `words` gives for that text."""
    cache = _NORMAL
    if len(cache) >= MAX_CACHED_WORDS:
        cache.clear()
    forms = list(map(cache.get, found))  # looked up at C speed; a word not met yet is None
    if None in forms:
        forms = [_normal(w) if n is None else n for w, n in zip(found, forms, strict=True)]
    return list(filter(None, forms))


def _normal(w: str) -> str:
    n = _NORMAL[w] = "".join(WORD.findall(normalize(w).lower()))
    return n


_HASHES: dict[str, int] = {}


def _hash(word: str) -> int:
    h = _HASHES.get(word)
    if h is None:
        h = _HASHES[word] = zlib.crc32(word.encode("utf-8"))
    return h


def shingle_run(ws: list[str], k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the `k`-word shingles of `ws`, in text order (one if shorter)."""
    if not ws:
        return np.zeros(0, dtype=np.uint64)
    if len(_HASHES) >= MAX_CACHED_WORDS:
        _HASHES.clear()
    for w in set(ws).difference(_HASHES):
        _hash(w)
    h = np.fromiter(map(_HASHES.__getitem__, ws), dtype=np.uint64, count=len(ws))
    n = max(len(ws) - k + 1, 1)
    acc = np.zeros(n, dtype=np.uint64)
    for i in range(min(k, len(ws))):
        acc = (acc * np.uint64(1000003) + h[i : i + n]) & np.uint64(0xFFFFFFFF)
    return acc


def shingles(ws: list[str], k: int = SHINGLE) -> np.ndarray:
    """Distinct shingle hashes of `ws`."""
    return np.unique(shingle_run(ws, k))


@cache
def stopwords(lang: str = "ar") -> frozenset[str]:
    return frozenset(normalize(r["word"]).lower() for r in load_table("story_stopwords", lang))


def stem(word: str) -> str:
    """A light matching form: the definite article and its conjunctions stripped."""
    for p in _ARTICLE:
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p) :]
    return word


_TERMS: dict[str, str] = {}  # word -> its content term ("" for a stop word)


def _term(w: str) -> str:
    t = _TERMS.get(w)
    if t is None:
        t = "" if len(w) < 3 or w in stopwords() or w.isdigit() else stem(w)
        _TERMS[w] = t
    return t


def content_terms(ws: list[str]) -> dict[str, int]:
    """Counts of the content words (no stop words, digits or one- or two-letter words)."""
    if len(_TERMS) >= MAX_CACHED_WORDS:
        _TERMS.clear()
    terms = list(map(_TERMS.get, ws))  # looked up at C speed; a word not met yet is None
    if None in terms:
        terms = [_term(w) if t is None else t for w, t in zip(ws, terms, strict=True)]
    # counted in C, in the order the terms first appear (as a dict filled word by word)
    return dict(Counter(filter(None, terms)))
