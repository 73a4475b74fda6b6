"""Arabic normalisation for matching, driven by `lang/ar/normalization.tsv`.

`normalize(text)` folds alef and hamza forms, alef maqsura and Farsi ya, ta marbuta,
tatweel, diacritics, invisible marks, Eastern Arabic and Persian digits and
presentation forms, so that spelling variants compare equal. It is idempotent.
`normalize_aligned(text)` also returns, for each character of the result, the offset
of the original character it came from, so a match found in normalised text maps
back to offsets in the untouched original.
"""

from __future__ import annotations

import unicodedata
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


def normalize(text: str, lang: str = "ar") -> str:
    """The matching form of `text` (a new string; the input is not changed)."""
    return text.translate(_table(lang))


def normalize_aligned(text: str, lang: str = "ar") -> tuple[str, list[int]]:
    """The matching form and, for each of its characters, the original offset."""
    table = _table(lang)
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        out.append(rep)
        where.extend([i] * len(rep))
    return "".join(out), where


def to_original(where: list[int], text_len: int, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) range of normalised text back to original offsets."""
    if start >= len(where):
        return text_len, text_len
    o_start = where[start]
    o_end = where[end - 1] + 1 if end > start else o_start
    return o_start, o_end
