"""Hijri (Umm al-Qura) to Gregorian conversion, via `hijridate`.

Umm al-Qura's table starts in 1343 AH: a Hijri date of an earlier year (Saudi history: «في الخامس من
شوال عام 1319», «سنة 1308ه») is converted by the tabular (arithmetical) calendar, a day or two off
the calendar observed then, which no year's span needs. Every function returns None after the
table's last year (1500 AH) or for an invalid date, rather than raising.
"""

from __future__ import annotations

from datetime import date

from hijridate import Gregorian, Hijri

UMM_AL_QURA_FIRST = 1343  # the first Hijri year of `hijridate`'s table
# the day before 1 Muharram 1 AH of the tabular calendar's civil epoch, 16 July 622 (Julian), as a
# proleptic Gregorian ordinal (19 July 622)
_TABULAR_EPOCH = date(622, 7, 19).toordinal() - 1


def _tabular_month_length(year: int, month: int) -> int:
    """Odd months 30 days, even 29, the twelfth 30 in the 11 leap years of each 30-year cycle."""
    return 30 if month % 2 or (month == 12 and (14 + 11 * year) % 30 < 11) else 29


def _tabular_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date of the tabular calendar (before Umm al-Qura's table)."""
    if not (1 <= year < UMM_AL_QURA_FIRST and 1 <= month <= 12):
        return None
    if not 1 <= day <= _tabular_month_length(year, month):
        return None
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + (59 * (month - 1) + 1) // 2 + day
    return date.fromordinal(_TABULAR_EPOCH + days)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date."""
    if year < UMM_AL_QURA_FIRST:
        return _tabular_to_gregorian(year, month, day)
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
    if year < UMM_AL_QURA_FIRST:
        first = _tabular_to_gregorian(year, month, 1)
        last = _tabular_to_gregorian(year, month, _tabular_month_length(year, month)) if first else None
        return (first, last) if first and last else None
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
