"""Relative offsets with a reference point of their own in the sentence.

«قبل 3 أسابيع فقط من إقامة البطولة», «بعد يومين من الحادث»: the offset counts from an event
of the sentence, not from the publication date. Such an expression has no calendar value:
it is read as its length, a DURATION without «قبل»/«بعد» (the TimeML reading of "two days
after the crash", whose TIMEX3 is "two days"). When the reference point is itself a date
expression («بعد يومين من 5 مارس»), the offset is applied to that date (7 March). The
offset words that take such a reference point, the hedges between (فقط) and the words after
«من» that are none (الآن, الزمان, «من قبل» "by") are cues of `lang/ar/date_cues.tsv`.

`mark_references` runs on recognised candidates (normalised offsets); `shifted` moves the
value of the reference date (`marsad.dates.extract` applies it once values are resolved).
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from functools import cache

import regex

from marsad.dates.lexicon import alternation, lexicon

OWN_REFERENCE = "_ref"  # part set on an offset counted from an event of the sentence
DATE_REFERENCE = "_refdate"  # part set on an offset counted from the date expression after it
Candidate = tuple[int, int, str, dict[str, str]]  # normalised start, end, kind, parts


@cache
def _reference() -> regex.Pattern[str]:
    """«من»/«على» and the first word of a reference point, after an optional hedge (the
    hedge, once read, is not given back: «على الأقل» is no «على» + reference)."""
    hedges = lexicon().cues.get("hedge", frozenset())
    hedge = rf"(?>(?:{alternation(hedges)}(?!\p{{L}})\s*)?)" if hedges else ""
    return regex.compile(rf"\s*{hedge}(?:من|علي)\s+[«\"“(]?\s*(?P<word>[\p{{L}}\p{{N}}]+)")


def mark_references(ntext: str, found: list[Candidate]) -> list[Candidate]:
    """`found` (in text order) with every offset (kind `ago`) followed by «من»/«على» + a
    reference point marked: DATE_REFERENCE when a date expression starts there, else
    OWN_REFERENCE with its start moved past «قبل»/«بعد» (the length is the expression)."""
    lx = lexicon()
    offsets = lx.cues.get("reference_offset", frozenset())
    no_reference = lx.cues.get("no_reference", frozenset())
    out = []
    for i, (s, e, kind, parts) in enumerate(found):
        m = _reference().match(ntext, e) if kind == "ago" and parts["ago"] in offsets else None
        if m is not None and m.group("word") not in no_reference:
            if i + 1 < len(found) and found[i + 1][0] == m.start("word"):
                parts[DATE_REFERENCE] = "1"
            else:
                parts[OWN_REFERENCE] = "1"
                if lx.units[parts["unit"]][0] != "X":  # بعد فترة من الحادث: no length either
                    s += len(parts["ago"])
                    while ntext[s].isspace():
                        s += 1
        out.append((s, e, kind, parts))
    return out


def shifted(value: str | None, unit: str, k: int) -> str | None:
    """A date value (YYYY-MM-DD, YYYY-MM or YYYY) moved by `k` units, at its own precision;
    None when the unit is finer than the value."""
    if not value or not regex.fullmatch(r"\d{4}(-\d\d){0,2}", value):
        return None
    try:
        return _moved(value, unit, k)
    except (ValueError, OverflowError):  # out of the calendar (year 0, year 10000)
        return None


def _moved(value: str, unit: str, k: int) -> str | None:
    y, m, d = (int(x) for x in (value.split("-") + ["1", "1"])[:3])
    precision = value.count("-")
    if unit in ("D", "W"):
        if precision < 2:
            return None
        return (date(y, m, d) + timedelta(days=k * (7 if unit == "W" else 1))).isoformat()
    if unit == "M" and precision >= 1:
        idx = y * 12 + m - 1 + k
        y, m = idx // 12, idx % 12 + 1
    elif unit == "Y":
        y += k
    else:
        return None
    if not 1 <= y <= 9999:
        return None
    if precision == 0:
        return f"{y:04d}"
    if precision == 1:
        return f"{y:04d}-{m:02d}"
    return date(y, m, min(d, monthrange(y, m)[1])).isoformat()
