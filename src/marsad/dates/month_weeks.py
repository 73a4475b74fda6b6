"""A week counted inside a month («الأسبوع الأول من أغسطس», «الأسبوع الأخير من شهر يوليو», «الأسبوع الثالث
من رمضان»): the interval of its seven days, from the week's first day in the month
(`lang/ar/date_month_weeks.tsv`); a Hijri month's days are counted in its Gregorian interval."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from marsad.dates.lexicon import lexicon
from marsad.dates.resolved import Resolved

_MONTH = re.compile(r"(\d{4})-(\d\d)")
_DAYS = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")  # a Hijri month's Gregorian days
WEEK_DAYS = 7


def week_of_month(month: Resolved, week: str | None) -> Resolved:
    """`month` (the month the expression names, resolved) narrowed to the week `week` names; as it
    is when no week is named or the month has no year («XXXX-08»: no day can be counted)."""
    if week is None or month.value is None:
        return month
    if m := _MONTH.fullmatch(month.value):
        year, mon = int(m[1]), int(m[2])
        lo, hi = date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])
    elif m := _DAYS.fullmatch(month.value):
        lo, hi = date.fromisoformat(m[1]), date.fromisoformat(m[2])
    else:
        return month
    first = lexicon().month_weeks[week]
    start = hi + timedelta(days=first + 1) if first < 0 else lo + timedelta(days=first - 1)
    end = min(start + timedelta(days=WEEK_DAYS - 1), hi)
    return Resolved("DATE", f"{start.isoformat()}/{end.isoformat()}")
