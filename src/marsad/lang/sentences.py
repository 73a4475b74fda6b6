"""Sentences with offsets, cut inside one segment, never inside a quotation.

A sentence ends at . ! ? ؟ followed by space or the segment end (a closing quotation mark
right after the stop belongs to the sentence). A stop after a lone letter (an initial, ب.)
or between digits (87.000) does not end a sentence, nor does one after a Latin letter spelled in
Arabic before a space and a word (sentence_letters.tsv: «كيه. شانموجام», «أو. بي. سينغ»), unless
another spelled letter stands right before it, an acronym («بي بي سي.»). A single full stop glued between two
Arabic words (العربية.وفي, الحريق.وأكد) ends one too, as a space would: the word before has
three letters or more, the word after two or more, and neither touches another stop, so
abbreviations and spelled letters (د.ب.أ, إل.جي, ان.بي.سي, محمد.أ), decimals, URLs and
Latin text (U.S., www.spa.gov.sa) stay whole. A glued ? or ! does not: it joins the titles
of a list of links (السعودية؟ماذا لو ...؟متى سنرى ...؟), which cleaning reads as one run.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.lang import load_table
from marsad.lang.marks import mark_kinds, mark_regex, quote_pairs
from marsad.lang.normalize import normalize

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
                and not _initial(text, i, start) and not _spelled_initial(text, i, j, start, end) \
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


@cache
def spelled_letters() -> frozenset[str]:
    """The Latin letters as Arabic spells them (`sentence_letters.tsv`: «كيه», «بي»), normalised."""
    return frozenset(normalize(r["form"]) for r in load_table("sentence_letters"))


def _spelled_initial(text: str, i: int, j: int, start: int, end: int) -> bool:
    """One stop at text[i] right after a Latin letter spelled in Arabic (sentence_letters: «كيه»,
    «إف»), with one space and an Arabic word after it: a name's initial («كيه. شانموجام», «جيمس
    إف. جونز», «أو. بي. سينغ»). Not after another spelled letter with only a space between, an
    acronym spelled out («قناة بي بي سي. وقال»)."""
    if j != i + 1 or text[i] != "." or j + 1 >= end or text[j] != " " or not _LETTER.match(text, j + 1):
        return False
    word = _WORD_BEFORE.search(text, max(start, i - 12), i)
    if word is None or normalize(word.group()) not in spelled_letters():
        return False
    before = _WORD_BEFORE.search(text, max(start, word.start() - 12), max(start, word.start() - 1))
    return not (before is not None and text[word.start() - 1] == " "
                and normalize(before.group()) in spelled_letters())


def _continues(text: str, j: int, end: int) -> bool:
    """A comma after the stop (”. ، وفقا ...) shows the sentence goes on."""
    while j < end and text[j] in " \t\u00a0":
        j += 1
    return j < end and text[j] in "،,"
