"""Sentences with offsets, cut inside one segment, never inside a quotation.

A sentence ends at . ! ? ؟ followed by space or the segment end (a closing quotation mark
right after the stop belongs to the sentence). A stop after a lone letter (an initial, ب.)
or between digits (87.000) does not end a sentence.
"""

from __future__ import annotations

from marsad.events.marks import mark_kinds, quote_pairs

_STOPS = ".!?؟"


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text[start:end]`, trimmed of white space."""
    inside = quote_pairs(text, start, end)
    marks = mark_kinds()
    cuts: list[int] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _STOPS and not any(s <= i < e - 1 for s, e in inside):
            j = i + 1
            while j < end and (text[j] in _STOPS or text[j] in marks):
                j += 1
            if (j >= end or text[j].isspace()) and not _initial(text, i, start) \
                    and not _continues(text, j, end):
                cuts.append(j)
                i = j
                continue
        i += 1
    out = []
    s = start
    for c in [*cuts, end]:
        a, b = s, c
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        s = c
    return out


def _initial(text: str, i: int, start: int) -> bool:
    """A stop right after a one-letter word (نيكولاي ب. باتروشيف) marks an initial."""
    return i - 1 >= start and text[i - 1].isalpha() and (i - 2 < start or not text[i - 2].isalnum())


def _continues(text: str, j: int, end: int) -> bool:
    """A comma after the stop (”. ، وفقا ...) shows the sentence goes on."""
    while j < end and text[j] in " \t\u00a0":
        j += 1
    return j < end and text[j] in "،,"
