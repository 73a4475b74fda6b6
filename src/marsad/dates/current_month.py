"""The month a text names as the current one («يونيو الجاري», «مطلع يونيو (حزيران) الحالي», «13
يونيو الحالي», «شهر رمضان الحالي»): when it is not the month of the day the page was fetched, the
page was written in it, weeks or months before the fetch (issue 16: an archive page crawled late).
The day of writing is then the latest one that month allows: its last day on or before the fetch
day (a month after the fetch month is the year before's), moved back to the weekday the text
gives to "today" («اليوم الثلاثاء») when it gives one inside the month. A Gregorian and a Hijri
current month are both kept to (the days they share); when they share none, or the text names
two current months of one calendar, it says nothing. A year written with the month («يونيو 2015
الجاري») is no current-month statement of its own.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from marsad.dates.extract import text_writing_day
from marsad.dates.grammar import RawTimex
from marsad.dates.hijri import gregorian_to_hijri, hijri_month_range
from marsad.dates.lexicon import lexicon

MONTH_KINDS = ("month", "dmy", "mdy")  # a Gregorian month name alone, or a day of it
HIJRI_KIND = "hijri"


def _current(r: RawTimex) -> bool:
    return lexicon().modifiers.get(r.parts.get("mod") or "") == 0 and not r.parts.get("year") \
        and not r.parts.get("hyear")


def current_months(raws: list[RawTimex]) -> tuple[set[int], set[int]]:
    """The Gregorian and the Hijri months the text names with a word of the present («الجاري،
    الحالي»)."""
    lx = lexicon()
    greg = {lx.months[r.parts["mon"]] for r in raws
            if r.kind in MONTH_KINDS and r.parts.get("mon") in lx.months and _current(r)}
    hijri = {lx.hijri_months[r.parts["hmon"]] for r in raws
             if r.kind == HIJRI_KIND and r.parts.get("hmon") in lx.hijri_months and _current(r)}
    return greg, hijri


def _gregorian_span(month: int, fetched: date) -> tuple[date, date]:
    """The days of the latest `month` that began on or before the fetch day."""
    year = fetched.year if month <= fetched.month else fetched.year - 1
    return date(year, month, 1), min(fetched, date(year, month, monthrange(year, month)[1]))


def _hijri_span(month: int, fetched: date) -> tuple[date, date] | None:
    h = gregorian_to_hijri(fetched)
    if h is None:
        return None
    span = hijri_month_range(h[0] if month <= h[1] else h[0] - 1, month)
    return None if span is None else (span[0], min(fetched, span[1]))


def current_month_span(raws: list[RawTimex], fetched: date) -> tuple[date, date] | None:
    """The days of writing the text's current month allows, up to the fetch day (None when the
    text names none, several of one calendar, or its months share no day)."""
    greg, hijri = current_months(raws)
    if len(greg) > 1 or len(hijri) > 1 or not (greg or hijri):
        return None
    spans = [_gregorian_span(m, fetched) for m in greg] + [_hijri_span(m, fetched) for m in hijri]
    if None in spans:
        return None
    first = max(s[0] for s in spans if s)
    last = min(s[1] for s in spans if s)
    return None if first > last else (first, last)


def current_month_day(text: str, raws: list[RawTimex], fetched: date) -> date | None:
    """The latest day of writing the text's current month allows, when it is before the fetch
    day (`current_month_span`), moved back to the weekday the text gives to today in it."""
    span = current_month_span(raws, fetched)
    if span is None or span[1] >= fetched:
        return None
    return latest_writing_day(text, *span)


def latest_writing_day(text: str, first: date, last: date, found: list[RawTimex] | None = None) -> date:
    """The latest day of [first, last] on the weekday the text gives to today, else `last`
    (`found`: the text's expressions recognised elsewhere, `extract.text_writing_day`)."""
    day = text_writing_day(text, last, found)
    while day > last:  # «اليوم الجمعة» may point a day ahead
        day -= timedelta(days=7)
    return day if day >= first else last
