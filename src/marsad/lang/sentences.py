"""Sentences with offsets, cut inside one segment, never inside a quotation.

A sentence ends at . ! ? ؟ followed by space or the segment end (a closing quotation mark
right after the stop belongs to the sentence). A stop after a lone letter (an initial, ب.)
or between digits (87.000) does not end a sentence.
"""

from __future__ import annotations

import re

from marsad.lang.marks import mark_kinds, mark_regex, quote_pairs

_STOPS = ".!?؟"
_STOP_RUN = re.compile(r"[.!?؟]+")
# tanween, harakat, shadda, sukun and the dagger alef: marks on a letter, inside a word
_VOWEL_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}


def _has_marks(text: str, start: int, end: int) -> bool:
    return mark_regex().search(text, start, end) is not None


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text[start:end]`, trimmed of white space."""
    cuts: list[int] = []
    stops = _STOP_RUN.finditer(text, start, end)
    inside = quote_pairs(text, start, end) if _has_marks(text, start, end) else []
    marks = mark_kinds()
    q = 0  # the first quotation that does not end before the stop (they are in order, apart)
    for m in stops:
        i = m.start()
        while q < len(inside) and inside[q][1] - 1 <= i:
            q += 1
        if q < len(inside) and inside[q][0] <= i:  # inside it
            continue
        j = m.end()
        while j < end and (text[j] in _STOPS or text[j] in marks):
            j += 1
        if (j >= end or text[j].isspace()) and not _initial(text, i, start) \
                and not _continues(text, j, end):
            cuts.append(j)
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
    """A stop right after a one-letter word (نيكولاي ب. باتروشيف) marks an initial; a letter
    after a vowel mark is the end of a longer word (توطدًا.), not one."""
    return i - 1 >= start and text[i - 1].isalpha() and (
        i - 2 < start or not (text[i - 2].isalnum() or text[i - 2] in _VOWEL_MARKS))


def _continues(text: str, j: int, end: int) -> bool:
    """A comma after the stop (”. ، وفقا ...) shows the sentence goes on."""
    while j < end and text[j] in " \t\u00a0":
        j += 1
    return j < end and text[j] in "،,"
