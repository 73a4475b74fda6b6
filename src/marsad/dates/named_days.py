"""A day and month that name a well-known event of a past year («أحداث 11 سبتمبر», «ثورة 25 يناير»).

A day and month with no year resolve to the nearest such day of the publication year, so «بعد
أحداث 11 سبتمبر أمسك بملفات العلاقة» written in July 2015 came out as 11 September 2015, a day still
ahead. Right after the noun of an event that `lang/ar/date_named_days.tsv` dates (after up to two
clitics: «لثورة», «كهجمات»), the day is that event's, in its year: 2001-09-11. Not with a year, nor a
last/next word of its own («ثورة 25 يناير الماضي» counts from the writing day as written), nor after a
word for the anniversary (`anniversary` cues: «في ذكرى ثورة 30 يونيو» is this year's day).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from marsad.dates.lexicon import norm
from marsad.dates.word_forms import clitic_forms, is_cue
from marsad.lang import load_table
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

_DAY = re.compile(r"\d{4}-(\d\d)-(\d\d)")
LOOK_BACK = 60  # characters read back for the event's noun and the word before it


@cache
def named_days() -> dict[tuple[str, int, int], int]:
    """(normalised head noun, month, day) -> the year of the event it names."""
    return {(norm(r["head"]), int(r["month"]), int(r["day"])): int(r["year"])
            for r in load_table("date_named_days")}


def _event_year(text: str, t: Timex, month: int, day: int) -> int | None:
    words = [norm(w) for w in WORD.findall(text[max(0, t.start - LOOK_BACK):t.start])]
    if not words or not text[t.start - 1:t.start].isspace():
        return None
    table = named_days()
    year = next((table[(f, month, day)] for f in clitic_forms(words[-1]) if (f, month, day) in table), None)
    if year is None or (len(words) > 1 and any(is_cue(f, "anniversary") for f in clitic_forms(words[-2]))):
        return None
    return year


def named_event_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each day and month right after the noun of a dated event given its year."""
    out = list(timexes)
    for i, t in enumerate(out):
        p = t.raw.parts
        m = _DAY.fullmatch(t.value or "")
        if m is None or t.type != "DATE" or t.raw.kind != "dmy" or p.get("year") or p.get("mod"):
            continue
        month, day = int(m.group(1)), int(m.group(2))
        year = _event_year(text, t, month, day)
        if year is not None:
            out[i] = replace(t, value=f"{year:04d}-{month:02d}-{day:02d}")
    return out
