"""Hijri (Umm al-Qura) to Gregorian conversion, via `hijridate`.

Every function returns None outside the calendar's supported range (1343–1500 AH)
or for an invalid date, rather than raising.
"""

from __future__ import annotations

from datetime import date

from hijridate import Gregorian, Hijri


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    """The Hijri (year, month, day) of a Gregorian date."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_month_range(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian days of a Hijri month."""
    try:
        h = Hijri(year, month, 1)
        last = hijri_to_gregorian(year, month, h.month_length())
    except (ValueError, OverflowError):
        return None
    first = hijri_to_gregorian(year, month, 1)
    return (first, last) if first and last else None


def hijri_year_range(year: int) -> tuple[date, date] | None:
    """First and last Gregorian days of a Hijri year."""
    lo, hi = hijri_month_range(year, 1), hijri_month_range(year, 12)
    return (lo[0], hi[1]) if lo and hi else None


def hijri_years_value(first: int, last: int) -> str | None:
    """The TIMEX3 value of Hijri years `first` to `last` (one year: first == last): 1436هـ is
    its Gregorian span. A pair of consecutive years (العام المالي 1434/1435هـ, the academic
    year 1435/1436هـ) is named by the Gregorian year in which the second begins, as such a
    year is in Gregorian terms (the academic year 2014/2015) — the text's pair is split into a
    date per year before it is kept (`year_lists.hijri_year_pairs`); years further apart, the span."""
    start, end = hijri_year_range(first), hijri_year_range(last)
    if start is None or end is None or last < first:
        return None
    if last == first + 1:
        return f"{end[0].year:04d}"
    return f"{start[0].isoformat()}/{end[1].isoformat()}"
