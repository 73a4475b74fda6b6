"""Where a query's terms fall in an article's original text, and a snippet around the first.

Words are found in the matching form and mapped back through the normalisation's offset map
(`lang.normalize.normalize_aligned`), so a hit's offsets cut the untouched original: the
diacritics, tatweel and hamza spellings of the text are shown as written. A snippet is a
list of (text, is hit) pieces; the caller escapes them (markup is never built here)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.search.query import Query
from marsad.search.words import matched, matching

SNIPPET_WORDS = 30
"""About how many words a snippet shows."""
BEFORE_WORDS = 8
"""How many of them come before the first hit."""
_SPACE = re.compile(r"\S+")


@dataclass(frozen=True)
class Snippet:
    """Pieces of original text in order, each flagged when it is a hit; `cut_before` and
    `cut_after` say whether text was left out on either side."""

    pieces: tuple[tuple[str, bool], ...]
    cut_before: bool
    cut_after: bool

    @property
    def text(self) -> str:
        return "".join(p for p, _ in self.pieces)


def hits(text: str, spans: Sequence[tuple[int, int]], query: Query) -> list[tuple[int, int]]:
    """The [start, end) offsets in `text` of every word or phrase of `query`, within `spans`
    (the kept segments), in text order, phrases as one range. All terms are found in one pass
    of a regular expression over each span's matching form."""
    pattern = _pattern(query)
    if pattern is None:
        return []
    found: set[tuple[int, int]] = set()
    for s, e in spans:
        found.update((s + a, s + b) for a, b in matched(text[s:e], pattern))
    return sorted(found)


@lru_cache(maxsize=256)
def _pattern(query: Query) -> re.Pattern[str] | None:
    """One expression for every term: a word as any text word that matches it, a phrase as
    its words in order with anything but letters and digits between them (its first word
    also behind proclitics)."""
    alts = []
    for term in query.terms:
        first = "|".join(re.escape(w) for w in sorted(matching(term.words[0]), key=lambda w: (-len(w), w)))
        alts.append(r"[\W_]+".join([f"(?:{first})", *(re.escape(w) for w in term.words[1:])]))
    if not alts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])")


def pieces(text: str, start: int, end: int, found: Sequence[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    """`text[start:end]` cut into (piece, is hit) at the hits (overlapping hits merged)."""
    out: list[tuple[str, bool]] = []
    at = start
    for s, e in _merged(found):
        s, e = max(s, start), min(e, end)
        if e <= s or e <= at:
            continue
        s = max(s, at)
        if s > at:
            out.append((text[at:s], False))
        out.append((text[s:e], True))
        at = e
    if at < end:
        out.append((text[at:end], False))
    return tuple(out)


def _merged(found: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(found):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def snippet(text: str, spans: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]],
            size: int = SNIPPET_WORDS) -> Snippet:
    """About `size` words of the kept text around the first hit (the opening words when there
    is none), with the hits marked. Lines of the text are joined by spaces."""
    tokens = [(m.start() + s, m.end() + s) for s, e in spans for m in _SPACE.finditer(text[s:e])]
    if not tokens:
        return Snippet((), False, False)
    first = found[0][0] if found else tokens[0][0]
    at = next((i for i, (_, e) in enumerate(tokens) if e > first), 0)
    lo = max(0, at - BEFORE_WORDS) if found else 0
    hi = min(len(tokens), lo + size)
    lo = max(0, min(lo, hi - size))
    out: list[tuple[str, bool]] = []
    for i in range(lo, hi):
        s, e = tokens[i]
        if i > lo:
            out.append((" ", False))
        out.extend(pieces(text, s, e, found))
    return Snippet(_joined(out), lo > 0, hi < len(tokens))


def _joined(parts: list[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """Adjacent pieces of the same kind as one."""
    out: list[tuple[str, bool]] = []
    for text, hit in parts:
        if out and out[-1][1] == hit:
            out[-1] = (out[-1][0] + text, hit)
        else:
            out.append((text, hit))
    return tuple(out)
