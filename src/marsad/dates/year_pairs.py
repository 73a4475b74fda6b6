"""Two Hijri years written as a pair («للعام الدراسي 1436 / 1437هـ», «بين 1430-1435هـ») are two
dates, each year its own Gregorian interval, as each side of a month range is
(docs/realtext-annotation.md, the timex-dev-5 conventions): an academic year across two Hijri
years touches both, and the text names both. A fiscal year («للعام المالي 1434 / 1435هـ», a
`fiscal` cue of `lang/ar/date_cues.tsv` in the words right before) is one budget period, named as
the real-text gold names it by the Gregorian year it begins in (`hijri.hijri_years_value`).
"""

from __future__ import annotations

import re

from marsad.dates.grammar import RawTimex
from marsad.dates.lexicon import lexicon, norm

# the first year of a pair and the separator after it (digits of either script: \d is Unicode)
_FIRST_OF_PAIR = re.compile(r"(\d{4})\s*[/\-–]\s*(?=\d{4})")
FISCAL_REACH = 3  # words before a pair (or inside it, before its first year) read for a fiscal cue
_WORD = re.compile(r"\w+")


def _fiscal(text: str, r: RawTimex, first_year_end: int) -> bool:
    """Whether a `fiscal` cue stands among the few words before the pair's first year."""
    before = text[max(0, r.start - 40):first_year_end]
    words = [norm(w) for w in _WORD.findall(before)][-FISCAL_REACH - 1:]
    return any(w in lexicon().cues.get("fiscal", ()) for w in words)


def hijri_pairs_apart(text: str, raws: list[RawTimex]) -> list[RawTimex]:
    """Each Hijri year pair of `raws` split into its two years: the first from the pair's start
    to its year's last digit, the second from its own first digit to the pair's end (with the
    «هـ» written once after it)."""
    out: list[RawTimex] = []
    for r in raws:
        p = r.parts
        m = _FIRST_OF_PAIR.search(text, r.start, r.end) if r.kind == "hyear" and p.get("hyear0") else None
        if m is None or _fiscal(text, r, m.end(1)):
            out.append(r)
            continue
        first = {k: v for k, v in p.items() if k not in ("hyear0", "hyear", "hs")}
        out.append(RawTimex(r.start, m.end(1), r.kind, {**first, "hyear": p["hyear0"]}, r.norm))
        second = {k: v for k, v in p.items() if k != "hyear0"}
        out.append(RawTimex(m.end(), r.end, r.kind, second, r.norm))
    return out
