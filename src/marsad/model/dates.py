"""The days a record's date field names: a calendar day (`published.date`, a member's
publication) or the interval a TIMEX-like value covers (an event's `date`). Read by the
story steps and by the timeline (`marsad.report.timeline`) alike."""

from __future__ import annotations

import re
from datetime import date, timedelta

Interval = tuple[date, date]
_DAYS_OR_WEEKS = re.compile(r"P(\d+)([DW])")  # a DURATION of days or weeks (P3D, P2W)


def day_of(value: object) -> date | None:
    """A calendar day from `YYYY-MM-DD...` (None for a partial or missing date)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def interval(value: object) -> Interval | None:
    """The days a TIMEX-like value covers: `2024-11-12`, `2024-11`, `2024`, `a/b`."""
    if not isinstance(value, str) or not value or value.startswith("X"):
        return None
    if "/" in value:
        a, b = (interval(p) for p in value.split("/", 1))
        return (a[0], b[1]) if a and b else a or b
    d = day_of(value)
    if d:
        return d, d
    try:
        if len(value) == 8 and value[4:6] == "-W":
            monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + timedelta(days=6)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            nxt = date(y + m // 12, m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def span_days(value: object) -> int | None:
    """The days a DURATION of whole days or weeks lasts (`P3D` 3, `P2W` 14); None for any other value."""
    m = _DAYS_OR_WEEKS.fullmatch(value) if isinstance(value, str) else None
    return None if m is None else int(m.group(1)) * (7 if m.group(2) == "W" else 1)
