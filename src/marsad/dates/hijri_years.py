"""A Hijri month with no year of its own, in a sentence that dates it in a past Gregorian year or
names its Hijri year.

A bare Hijri month («رمضان», «أولى ليالي شهر رمضان», «12 شوال») resolves to the nearest such month
of the writing day, so «ولا ينسى صيامه رمضان أثناء بعثته في بريطانيا عام 1977م» came out as this
year's Ramadan. When a date with a year of its own stands next to it in its sentence (at most REACH
characters between, no other date between them, no `other_year` word of date_cues.tsv before the date:
«مقارنة بعام 2014», «منذ عام 2010»): «وفي أولى ليالي شهر رمضان، في 28 يونيو عام 2014،
قامت ...», the month is the one of that date's year: the occurrence nearest a full date (Ramadan 1435
for 28 June 2014), the one occurrence that begins in a year (Ramadan 1397 for 1977; none when two
begin in it). A Hijri year next to it («وصام رمضان في عام 1420هـ», «في شهر المحرم من العام الهجري
الجديد 1437هـ») is the month's year itself (round 39). The month keeps its day and part («أولى
ليالي»); a month with a year, a last/next word or a word of every year (a SET) is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from marsad.dates.calendar_dates import day_of_month
from marsad.dates.hijri import gregorian_to_hijri, hijri_month_range, hijri_to_gregorian
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import SENTENCE_BREAK
from marsad.dates.word_forms import clitic_forms, is_cue
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

REACH = 60  # characters at most between the month and the date that gives its year
_FULL = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_YEAR = re.compile(r"\d{4}")
_OWN = ("hyear", "mod", "every", "dem", "hmnum")  # parts that already place the month in a year


def _bare_month(t: Timex) -> int | None:
    """The Hijri month number of a month with no year of its own and a value, else None."""
    p = t.raw.parts
    if t.raw.kind != "hijri" or t.type != "DATE" or not t.value or any(p.get(k) for k in _OWN):
        return None
    return lexicon().hijri_months.get(p.get("hmon", ""))


def _year_of(value: str, month: int) -> int | None:
    """The Hijri year whose `month` a dated expression's value places it in, else None."""
    full = _FULL.fullmatch(value)
    if full is not None:
        try:
            day = date(int(full[1]), int(full[2]), int(full[3]))
        except ValueError:
            return None
        h = gregorian_to_hijri(day)
        if h is None:
            return None
        spans = {hy: hijri_month_range(hy, month) for hy in (h[0] - 1, h[0], h[0] + 1)}
        near = [(min(abs((s[0] - day).days), abs((s[1] - day).days)), hy) for hy, s in spans.items() if s]
        return min(near)[1] if near else None
    if _YEAR.fullmatch(value):
        year = int(value)
        h = gregorian_to_hijri(date(year, 7, 1))
        if h is None:
            return None
        begin = [hy for hy in range(h[0] - 1, h[0] + 2)
                 if (s := hijri_month_range(hy, month)) is not None and s[0].year == year]
        return begin[0] if len(begin) == 1 else None
    return None


def _set_apart(between: str) -> bool:
    """Whether an `other_year` word (after up to two clitics) stands in `between` (the stretch from
    the month to the end of the dated expression): «مقارنة بعام 2014», «منذ عام 2010»."""
    return any(is_cue(f, "other_year") for w in WORD.findall(between) for f in clitic_forms(norm(w)))


def _placed(t: Timex, hy: int, month: int) -> str | None:
    day = day_of_month(t.raw.parts)
    if day:
        g = hijri_to_gregorian(hy, month, day)
        return None if g is None else g.isoformat()
    span = hijri_month_range(hy, month)
    return None if span is None else f"{span[0].isoformat()}/{span[1].isoformat()}"


def hijri_months_of_dated_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each bare Hijri month placed in the year of the dated expression next to it
    in its sentence (module doc)."""
    out = list(timexes)
    for i, t in enumerate(out):
        month = _bare_month(t)
        if month is None:
            continue
        for j in (i + 1, i - 1):  # the expression right after it first, then the one right before
            if not 0 <= j < len(out) or not out[j].value:
                continue
            o = out[j]
            gap = text[min(t.end, o.end):max(t.start, o.start)]
            hijri_year = o.raw.parts.get("hyear", "") if o.raw.kind == "hyear" else ""
            if len(gap) > REACH or SENTENCE_BREAK.search(gap) or not (o.raw.parts.get("year") or hijri_year):
                continue
            stretch = text[min(t.end, o.start):max(t.start, o.end)]  # the gap and the dated expression
            if _set_apart(stretch) or is_cue(o.raw.parts.get("_prev", ""), "other_year"):
                break
            # a Hijri year gives the month's year itself («في شهر المحرم من العام الهجري الجديد 1437هـ»)
            hy = int(hijri_year) if hijri_year.isdigit() else _year_of(o.value or "", month)
            value = None if hy is None else _placed(t, hy, month)
            if value is not None:
                out[i] = replace(t, value=value)
            break
    return out
