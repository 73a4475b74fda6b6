"""The day of a feast (`lang/ar/date_holidays.tsv`): يوم عيد الفطر, ثاني أيام عيد الأضحى.

A feast recurs every (Hijri or Gregorian) year; the one meant is the latest on or before the
anchor, the next one on or after it when the clause speaks of the future or a next word
follows (عيد الأضحى المقبل), the one before the anchor after a last word (الماضي).
"""

from __future__ import annotations

from datetime import date, timedelta

from marsad.dates.hijri import gregorian_to_hijri, hijri_to_gregorian
from marsad.dates.lexicon import lexicon

ORDINAL_DAYS = {"اول": 1, "ثاني": 2, "ثالث": 3}  # أول/ثاني/ثالث أيام العيد (normalised)


def _occurrences(name: str, anchor: date) -> list[date]:
    """The feast's day in the anchor's calendar year and the years on either side."""
    calendar, month, day = lexicon().holidays[name]
    out: list[date | None] = []
    if calendar == "gregorian":
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                out.append(date(y, month, day))
            except ValueError:
                out.append(None)
    else:
        h = gregorian_to_hijri(anchor)
        if h is not None:
            out = [hijri_to_gregorian(y, month, day) for y in (h[0] - 1, h[0], h[0] + 1)]
    return sorted(d for d in out if d is not None)


def holiday_date(name: str, anchor: date, nth: str | None, mod: int | None, future: bool) -> date | None:
    """The day meant by a feast name (its `nth` day when given) relative to `anchor`."""
    days = [d + timedelta(days=ORDINAL_DAYS.get(nth or "", 1) - 1) for d in _occurrences(name, anchor)]
    if mod is not None and mod > 0 or (mod is None and future):
        return next((d for d in days if d >= anchor), None)
    if mod is not None and mod < 0:
        return next((d for d in reversed(days) if d < anchor), None)
    return next((d for d in reversed(days) if d <= anchor), None)
