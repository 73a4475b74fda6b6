"""Find and resolve the temporal expressions of a text against an anchor date."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from marsad.dates.grammar import RawTimex, future_context, recognize_normalized
from marsad.dates.lexicon import lexicon
from marsad.dates.reference import DATE_REFERENCE, shifted
from marsad.dates.resolve import TENSE_KINDS, Resolved, resolve, unit_count
from marsad.lang.normalize import normalize


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    raw: RawTimex


def extract(text: str, anchor: date | None) -> list[Timex]:
    """Every temporal expression of `text` with its TIMEX3 type and value (offsets into `text`)."""
    raws, ntext = recognize_normalized(text)
    if not raws:
        return []
    same_len = len(ntext) == len(text)
    out: list[Timex] = []
    for r in raws:
        fut = False
        if r.kind in TENSE_KINDS:  # only these read the clause's tense
            fut = future_context(ntext, r.start, r.end) if same_len else future_context(
                normalize(text[max(0, r.start - 120):r.end + 60]).lower(), min(r.start, 120),
                min(r.start, 120) + len(normalize(text[r.start:r.end])))
        res: Resolved = resolve(r, anchor, fut)
        out.append(Timex(r.start, r.end, res.type, res.value, res.mod, r))
    return _habitual(text, against_dates(out))


def against_dates(timexes: list[Timex]) -> list[Timex]:
    """Offsets counted from the date expression right after them («بعد يومين من 5 مارس»):
    that date moved, at its own precision; left as their length when the unit is finer."""
    out = list(timexes)
    for i, t in enumerate(out[:-1]):
        p = t.raw.parts
        if p.get(DATE_REFERENCE):
            unit, n = unit_count(p)
            value = shifted(out[i + 1].value, unit, lexicon().ago[p["ago"]] * n) if n is not None else None
            if value is not None:
                out[i] = Timex(t.start, t.end, "DATE", value, t.mod, t.raw)
    return out


_SENTENCE_BREAK = re.compile(r"[.!؟?\n]")


def _habitual(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time in the sentence of a recurring time (يوميا) is a time of any day.

    "In the sentence": no sentence break between the two. The breaks are found once and the
    nearest recurring time on each side is looked up by bisection (expressions never
    overlap), so this stays n log n however many times and breaks a text holds."""
    sets = sorted((t for t in timexes if t.type == "SET"), key=lambda t: t.start)
    if not sets:
        return timexes
    breaks = array("q", (m.start() for m in _SENTENCE_BREAK.finditer(text)))
    set_starts = [s.start for s in sets]

    def same_sentence(t: Timex, s: Timex) -> bool:
        lo, hi = min(t.end, s.end), max(t.start, s.start)
        return hi <= lo or bisect_left(breaks, lo) == bisect_left(breaks, hi)

    out = []
    for t in timexes:
        if t.type == "TIME" and t.raw.kind in ("clock", "hour") and not t.raw.parts.get("rel"):
            k = bisect_left(set_starts, t.start)
            if any(same_sentence(t, sets[j]) for j in range(max(0, k - 1), min(len(sets), k + 2))):
                clock = (t.value or "")[10:]
                t = Timex(t.start, t.end, t.type, f"XXXX-XX-XX{clock}" if clock else None, t.mod, t.raw)
        out.append(t)
    return out


def parse_date(s: str) -> date | None:
    """A `YYYY-MM-DD` string (or its prefix of a longer timestamp) as a date."""
    try:
        return date.fromisoformat(s[:10])
    except (ValueError, TypeError):
        return None
