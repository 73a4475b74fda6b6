"""Arabic normalisation for matching, driven by `lang/ar/normalization.tsv`.

`normalize(text)` folds alef and hamza forms, alef maqsura and Farsi ya, ta marbuta,
tatweel, diacritics, invisible marks, Eastern Arabic and Persian digits and
presentation forms, so that spelling variants compare equal. It is idempotent.
`normalize_aligned(text)` also returns, for each character of the result, the offset
of the original character it came from, so a match found in normalised text maps
back to offsets in the untouched original; `normalize_mapped(text)` is the same with no
map (None) when no character was dropped or expanded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from marsad.lang import load_table


def _codepoints(source: str) -> range:
    lo, _, hi = source.partition("..")
    first = int(lo[2:], 16)
    last = int(hi[2:], 16) if hi else first
    return range(first, last + 1)


@cache
def _table(lang: str = "ar") -> dict[int, str]:
    simple: dict[int, str] = {}
    nfkc: list[int] = []
    for row in load_table("normalization", lang):
        cps = _codepoints(row["source"])
        target = row["target"]
        if target == "NFKC":
            nfkc.extend(cps)
        elif row["rule"] == "digits" and target.isdigit():
            for i, cp in enumerate(cps):
                simple[cp] = str(int(target) + i)
        else:
            for cp in cps:
                simple[cp] = target
    table = dict(simple)
    for cp in nfkc:
        decomposed = unicodedata.normalize("NFKC", chr(cp))
        if decomposed != chr(cp):
            table[cp] = decomposed.translate(simple)
    return table


# The letters of the basic Arabic block (alef and hamza forms, alef maqsura, ta marbuta,
# tatweel) change in nearly every line of news text: each is replaced with `str.replace`, a
# scan in C, and only the rarer characters (diacritics, presentation forms, digits) go
# through one regex with a replacement function. Three times faster than the regex alone.
_COMMON = range(0x0621, 0x064B)


@cache
def _changing(lang: str = "ar") -> tuple[
        tuple[tuple[str, str], ...], re.Pattern[str], Callable[[re.Match[str]], str]]:
    """The common characters the table changes with their replacements; the other characters
    it changes, as one class, and their replacement. No replacement holds a character the
    table changes (normalising is idempotent), so the order the replacements run in is free."""
    by_char = {chr(cp): rep for cp, rep in _table(lang).items()}
    common = tuple((c, rep) for c, rep in sorted(by_char.items()) if ord(c) in _COMMON)
    rare = sorted(c for c in by_char if ord(c) not in _COMMON)
    chars = re.compile("[" + "".join(re.escape(c) for c in rare) + "]" if rare else "(?!)")
    get = by_char.__getitem__
    return common, chars, lambda m: get(m[0])


def normalize(text: str, lang: str = "ar") -> str:
    """The matching form of `text` (a new string; the input is not changed)."""
    common, chars, replace = _changing(lang)
    for ch, rep in common:
        if ch in text:
            text = text.replace(ch, rep)
    return chars.sub(replace, text)


@cache
def _uneven(lang: str = "ar") -> re.Pattern[str]:
    """The characters whose matching form is not exactly one character (dropped or expanded)."""
    chars = sorted(chr(cp) for cp, rep in _table(lang).items() if len(rep) != 1)
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)")


def normalize_mapped(text: str, lang: str = "ar") -> tuple[str, list[int] | None]:
    """The matching form and its offset map, or None when every offset is unchanged
    (no character was dropped or expanded)."""
    table = _table(lang)
    out = normalize(text, lang)
    uneven = _uneven(lang)
    if uneven.search(text) is None:
        return out, None
    where: list[int] = []
    prev = 0
    for m in uneven.finditer(text):
        i = m.start()
        where.extend(range(prev, i))
        where.extend([i] * len(table[ord(text[i])]))
        prev = i + 1
    where.extend(range(prev, len(text)))
    return out, where


def normalize_aligned(text: str, lang: str = "ar") -> tuple[str, list[int]]:
    """The matching form and, for each of its characters, the original offset."""
    out, where = normalize_mapped(text, lang)
    return out, list(range(len(text))) if where is None else where


def to_original(where: list[int], text_len: int, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) range of normalised text back to original offsets."""
    if start >= len(where):
        return text_len, text_len
    o_start = where[start]
    o_end = where[end - 1] + 1 if end > start else o_start
    return o_start, o_end
