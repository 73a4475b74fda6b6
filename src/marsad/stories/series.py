"""The part number of a serialised article («مذكرات فاتن حمامة (3)», «الحلقة الرابعة»).

Two parts of one series share their opening (the series' introduction) and often much of
their wording, yet each is its own text: near-duplicate detection never joins two articles
whose titles name different parts. The ordinal words are the event rounds' table
(`lang/ar/event_ordinals.tsv`), read here as matching forms only.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize

# «(3)», «- 3 -», «3/» at the end of a title; or a part word and a number or an ordinal
_TRAILING_NUMBER = re.compile(r"[(\[]\s*(\d{1,3})\s*[)\]]\s*$"
                              r"|[-–—]\s*(\d{1,3})\s*[-–—]?\s*$|\b(\d{1,3})\s*/\s*$")
_PART_WORDS = ("الحلقه", "حلقه", "الجزء", "جزء", "part", "episode")


@cache
def _ordinals() -> dict[str, int]:
    return {normalize(r["form"]): int(r["value"]) for r in load_table("event_ordinals")
            if r["kind"] == "unit"}


def series_part(title: str | None) -> int | None:
    """The part number a title names, or None."""
    if not title:
        return None
    form = normalize(title).lower().strip()
    m = _TRAILING_NUMBER.search(form)
    if m:
        return int(next(g for g in m.groups() if g))
    words = form.split()
    for i, w in enumerate(words[:-1]):
        if w.lstrip("وفب") in _PART_WORDS or w in _PART_WORDS:
            nxt = words[i + 1].strip("():-–—,،.")
            if nxt.isdigit() and len(nxt) <= 3:
                return int(nxt)
            if nxt in _ordinals():
                return _ordinals()[nxt]
    return None
