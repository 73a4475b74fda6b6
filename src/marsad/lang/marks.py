"""Quotation-mark pairs as real pages carry them, mismatched ones included.

A mark that may open or close (“ ” " ″) is read from its neighbours: space or punctuation
before and a letter after opens; a letter or stop before and space or punctuation after
closes. An opener left unclosed when the next opener comes is dropped.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.lang import load_table

_SPACE_LIKE = " \t\n\u00a0\u200f\u200e(،,:;؛-–—ـ/[{"
_CLOSE_NEIGHBOUR = " \t\n\u00a0\u200f\u200e)،,.:;؛!?؟-–—]}"


SPEECH_OPENERS = "\"'“«‹‘"
"""The marks that open quoted speech as it is written, for the scans that look for one between
words or at a clause's start (`events.quotes`, `events.quote_bare`): the `quote_marks` rows drawn
on the opening side («, “, and " that opens either way) and the single marks ' ‘ ‹, which
`quote_pairs` never pairs. A string, not a set: callers test a slice of the text against it."""

SPEECH_CLOSERS = "\"'”»›’"
"""The marks that close quoted speech as it is written, the closing side of `SPEECH_OPENERS`
(`events.quotes`, `events.quote_bare`)."""


BRACKETS = "()"
"""Round brackets: around an aside («(نيسان)», «(أ ف ب)»), which one scan reads past (`CLAUSE_BREAKS`)."""

CLAUSE_BREAKS = "،,؛;:.!?؟\n" + BRACKETS
"""The marks that end a clause between two words, for the events and quote scans that keep a
phrase within its clause (a party list, a relative clause, a call's object, a topic phrase): the
comma, semicolon and colon (Arabic and Latin), the sentence stops, a line break and brackets (but
where a scan reads past a bracketed gloss: `events.summits`, «واستضافت في أبريل (نيسان) الماضي قمة»).
A string, not a set: callers test the gap between two words against it. A scan that a quotation
mark ends too reads `breaks_or_quotes`; one that reads past a hearer in marks («تصريح إدارتهم
لـ"سبق" بأنها») does not."""


@cache
def mark_kinds() -> dict[str, str]:
    out = {}
    for row in load_table("quote_marks"):
        out[chr(int(row["mark"][2:], 16))] = row["kind"]
    return out


@cache
def breaks_or_quotes() -> frozenset[str]:
    """`CLAUSE_BREAKS` and the quotation marks (`quote_marks.tsv`): the marks that end a clause for a
    scan that a quotation ends too (a relative clause, a party list, a summit's phrase)."""
    return frozenset(CLAUSE_BREAKS) | frozenset(mark_kinds())


def _reads(text: str, i: int, kind: str, pending: bool) -> str:
    if kind != "either":
        return kind
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _SPACE_LIKE or before in mark_kinds()
    closes = after in _CLOSE_NEIGHBOUR or after in mark_kinds()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if pending else "open"


@cache
def mark_regex() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(mark_kinds())) + "]")


LONGEST_QUOTE = 1500
"""Characters the text inside one pair of quotation marks may hold."""


def quote_pairs(text: str, start: int = 0, end: int | None = None,
                max_len: int = LONGEST_QUOTE) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks in `text[start:end]`."""
    end = len(text) if end is None else end
    marks = mark_kinds()
    pairs: list[tuple[int, int]] = []
    opener: int | None = None
    for m in mark_regex().finditer(text, start, end):
        i = m.start()
        read = _reads(text, i, marks[m[0]], opener is not None)
        if read == "open":
            opener = i
        elif opener is not None:
            if 0 < i - opener - 1 <= max_len:
                pairs.append((opener + 1, i))
            opener = None
    return pairs


_VERSE = re.compile(r"\(\(\s*([^()]{1,1500}?)\s*\)\)|\uFD3F\s*([^\uFD3E\uFD3F]{1,1500}?)\s*\uFD3E")


def verse_pairs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of doubled parentheses «(( … ))» or ornate
    parentheses «﴿ … ﴾» in `text[start:end]`: how a verse of the Quran or a hadith is quoted,
    marks of quotation like the others (issue 15 round 25)."""
    end = len(text) if end is None else end
    return [(m.start(m.lastindex or 1), m.end(m.lastindex or 1)) for m in _VERSE.finditer(text, start, end)]
