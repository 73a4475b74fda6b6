"""Sentences with offsets, cut inside one segment, never inside a quotation.

A sentence ends at . ! ? ؟ followed by space or the segment end (a closing quotation mark
right after the stop belongs to the sentence). A stop after a lone letter (an initial, ب.)
or between digits (87.000) does not end a sentence. A single full stop glued between two
Arabic words (العربية.وفي, الحريق.وأكد) ends one too, as a space would: the word before has
three letters or more, the word after two or more, and neither touches another stop, so
abbreviations and spelled letters (د.ب.أ, إل.جي, ان.بي.سي, محمد.أ), decimals, URLs and
Latin text (U.S., www.spa.gov.sa) stay whole. A glued ? or ! does not: it joins the titles
of a list of links (السعودية؟ماذا لو ...؟متى سنرى ...؟), which cleaning reads as one run.
"""

from __future__ import annotations

import re

from marsad.lang.marks import mark_kinds, mark_regex, quote_pairs

_STOPS = ".!?؟"
_STOP_RUN = re.compile(r"[.!?؟]+")
_AR_LETTERS = "\u0621-\u063a\u0641-\u064a"
_AR_WORD_CHARS = _AR_LETTERS + "\u0640\u064b-\u0652\u0670"  # with tatweel and vowel marks
# the Arabic word ending right before a glued stop / starting right after it, each not touching
# another stop or a letter, digit or mark of another script
_WORD_BEFORE = re.compile(f"(?<![.\\w])[{_AR_WORD_CHARS}]+$")
_WORD_AFTER = re.compile(f"[{_AR_WORD_CHARS}]+(?![.\\w])")
_LETTER = re.compile(f"[{_AR_LETTERS}]")
# tanween, harakat, shadda, sukun and the dagger alef: marks on a letter, inside a word
VOWEL_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}


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
        if (j >= end or text[j].isspace() or _glued(text, i, j, start, end)) \
                and not _initial(text, i, start) and not _continues(text, j, end):
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


def _glued(text: str, i: int, j: int, start: int, end: int) -> bool:
    """One full stop at text[i] written without a space between two Arabic words (الحريق.وأكد),
    the one before of three letters or more and the one after of two or more, no other stop beside."""
    if j != i + 1 or text[i] != ".":
        return False
    before = _WORD_BEFORE.search(text, max(start, i - 40), i)
    after = _WORD_AFTER.match(text, j, end)
    return before is not None and after is not None and _letters(before.group()) >= 3 \
        and _letters(after.group()) >= 2


def _letters(word: str) -> int:
    return len(_LETTER.findall(word))


def _initial(text: str, i: int, start: int) -> bool:
    """A stop right after a one-letter word (نيكولاي ب. باتروشيف) marks an initial; a letter
    after a vowel mark is the end of a longer word (توطدًا.), not one."""
    return i - 1 >= start and text[i - 1].isalpha() and (
        i - 2 < start or not (text[i - 2].isalnum() or text[i - 2] in VOWEL_MARKS))


def _continues(text: str, j: int, end: int) -> bool:
    """A comma after the stop (”. ، وفقا ...) shows the sentence goes on."""
    while j < end and text[j] in " \t\u00a0":
        j += 1
    return j < end and text[j] in "،,"
