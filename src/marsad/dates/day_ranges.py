"""The first day of a range of days whose month is written once, after the second day, when no
pattern reads the range whole: «في الفترة من 19 - 21 شوال الحالي», «من 15 إلى 20 شوال» (a Hijri
month), «من 15 - 26 من الشهر الحالي». The number after «من» is a day of the month the second day
names, a date of its own (the guide's timex-dev-14 row: each side a timex).

And the first end of a range whose second end is a day or month of every year («يمتد من 25 يوليو (تموز)
إلى غاية الثاني من سبتمبر (أيلول) من كل سنة»): of every year too (timex-dev-23 16463, `XXXX-07-25`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from marsad.dates.grammar import RawTimex
from marsad.dates.word_forms import range_joint

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

RANGE_KINDS = ("hijri", "month_day")  # a day of a Hijri month, a day «من الشهر الحالي»
# «من 19 - », «من 15 إلى », «من الـ15 حتى »: the first day, then the joint, right before the second day
_FIRST = re.compile(r"(?<!\S)من\s+(?:الـ?\s*)?([0-3]?\d)\s*(?:-|–|إلى|الى|حتى)\s*(?:الـ?\s*)?$")
_DAY = re.compile(r"(\d{4}-\d\d-\d\d)$")
LOOK_BACK = 24  # characters before the second day where the first is looked for


def first_days_of_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with a date added for the first day of each such range, its value the second
    day's less the days between them."""
    out: list[Timex] = []
    taken = 0
    for t in timexes:
        day = t.raw.parts.get("day", "")
        found = _FIRST.search(text, max(taken, t.start - LOOK_BACK), t.start) \
            if t.raw.kind in RANGE_KINDS and day.isdigit() and _DAY.match(t.value or "") else None
        if found is not None and 0 < int(day) - int(found.group(1)) < 31:
            first = date.fromisoformat(t.value or "") - timedelta(days=int(day) - int(found.group(1)))
            s, e = found.span(1)
            raw = RawTimex(s, e, t.raw.kind, {**t.raw.parts, "day": found.group(1)}, found.group(1))
            out.append(replace(t, start=s, end=e, value=first.isoformat(), raw=raw))
        out.append(t)
        taken = t.end
    return out


_YEARLESS_KINDS = ("month", "dmy", "mdy")  # a month or a day of a month that may leave out its year
_DATED = re.compile(r"\d{4}(-\d\d(?:-\d\d)?)")
_EVERY_YEAR = re.compile(r"XXXX-\d\d(?:-\d\d)?")
def every_year_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with the first end of a range made of every year (`XXXX`) where its second end is
    («من 25 يوليو إلى غاية الثاني من سبتمبر من كل سنة»): the first end a month or day without a year or
    a last/next word of its own, the second end read with «من كل سنة» (`every`)."""
    out = list(timexes)
    for i in range(len(out) - 1):
        t, u = out[i], out[i + 1]
        mine = _DATED.fullmatch(t.value or "")
        own_year = t.raw.parts.get("year") or t.raw.parts.get("mod")
        if mine is not None and t.raw.kind in _YEARLESS_KINDS and not own_year and u.raw.parts.get("every") \
                and _EVERY_YEAR.fullmatch(u.value or "") and range_joint(text, t.end, u.start):
            out[i] = replace(t, value="XXXX" + mine.group(1))
    return out
