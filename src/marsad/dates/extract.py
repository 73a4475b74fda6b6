"""Find and resolve the temporal expressions of a text against an anchor date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from marsad.dates.grammar import RawTimex, future_context, recognize_normalized
from marsad.dates.resolve import TENSE_KINDS, Resolved, resolve
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
    return _habitual(text, out)


def _habitual(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time in the sentence of a recurring time (يوميا) is a time of any day."""
    sets = [t for t in timexes if t.type == "SET"]
    if not sets:
        return timexes
    out = []
    for t in timexes:
        if t.type == "TIME" and t.raw.kind in ("clock", "hour") and not t.raw.parts.get("rel") and any(
                not re.search(r"[.!؟?\n]", text[min(t.end, s.end):max(t.start, s.start)]) for s in sets):
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
