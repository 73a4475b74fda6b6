"""The day a narrative is on: a clock time or a period of the day with no day of its own takes the
day the text names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

_DAY = re.compile(r"(\d{4}-\d\d-\d\d)(?:T[^/]*)?")  # one day (a range of days is none)
# the end of a sentence (shared with `extract.py`); not the point of a decimal number («19.9 مليون»)
SENTENCE_BREAK = re.compile(r"(?<!\d)\.|\.(?!\d)|[!؟?\n]")
# the end of a clause: a stop, a comma, a semicolon or colon, a quotation mark or bracket (shared with
# `habits.py`, `present_clause.py`, `narrative_after.py`)
CLAUSE_BREAK = re.compile(r"[.!؟?\n،,؛;:«»\"“”()]")
DAY_AFTER_REACH = 30  # characters at most between a clock time and the day word written after it
TOLD_KINDS = ("relday", "weekday")  # the day words a report's narrative is told on (أمس, يوم الاثنين)
# a full date written with its weekday is a day told too («يوم الأربعاء 12 أغسطس 2015»); without a
# weekday a date may be any day of a record or a history, not the one the report is on
DATED_KINDS = ("dmy", "mdy", "hijri_num", "hijri", "month_day")


def _bare_clock(t: Timex, anchor: date) -> bool:
    return t.type == "TIME" and t.raw.kind in ("clock", "hour", "day_period") and not t.raw.parts.get("rel") \
        and not t.raw.parts.get("wd") and (t.value or "")[:10] == anchor.isoformat()


def _day_period(t: Timex, anchor: date | None) -> Timex:
    """«الفترة المسائية», «طوال الليل» (the night), «منتصف الليل» (the midnight opening the day) as a
    TIME of the anchor's day (the clock times' rule below may move it): the grammar finds it, the day
    comes from the text."""
    if t.raw.kind != "day_period":
        return t
    p = t.raw.parts
    suffix = "00:00" if p.get("midnight") else "NI" if p.get("night") else lexicon().day_periods[p["period"]]
    return replace(t, type="TIME", value=f"{anchor.isoformat()}T{suffix}" if anchor else None)


def _programme_day(t: Timex, told: str | None) -> Timex:
    """«في يومه الثاني» (of a programme, a festival): the day after the one the text told it opens
    on («يفتتح ... يوم الخميس القادم»), the first that day; None when the text told no day."""
    if told is None:
        return t
    nth = lexicon().ordinals[t.raw.parts["pday"]]
    return replace(t, value=(date.fromisoformat(told) + timedelta(days=nth - 1)).isoformat())


def _programme_week(t: Timex, told: str | None, anchor: date) -> Timex:
    """«الأسبوع الأول من البرنامج», «الأسبوع التدريبي الثاني» (the guide's timex-dev-20 rule: a
    programme's n-th week is its ISO week): the week of the last day the text told before it («أنهى
    البرنامج الأحد ... الأسبوع الأول», «أكمل المعرض أمس الأسبوع التدريبي الثاني»), else of the writing
    day."""
    y, w, _ = (date.fromisoformat(told) if told else anchor).isocalendar()
    return replace(t, type="DATE", value=f"{y}-W{w:02d}")


def _told_day(t: Timex) -> str | None:
    """The day a day word, a weekday or a feast's nth day names («أمس», «اليوم (الاثنين)», «ثاني أيام
    العيد»; not a feast's holiday, «خلال إجازة العيد», which is days), None for anything else."""
    kind_told = t.raw.kind in TOLD_KINDS or (t.raw.kind in ("clock", "hour") and t.raw.parts.get("rel")) \
        or (t.raw.kind in DATED_KINDS and bool(t.raw.parts.get("wd"))) \
        or (t.raw.kind == "holiday" and bool(t.raw.parts.get("nth")))  # «في ثاني أيام العيد»: one day told
    return (t.value or "")[:10] if kind_told and _DAY.fullmatch(t.value or "") else None


def clock_on_told_day(text: str, timexes: list[Timex], anchor: date | None) -> list[Timex]:
    """A clock time or a period of the day («في الفترة المسائية») that names no day is on the day
    word written right after it in its sentence («الساعة 14:38 بتوقيت غرينتش أمس»), else on the
    last day the text's day words named before it («... في أبها أمس» ... «عند الساعة الـ12:40
    ظهرا»: yesterday's 12:40), not on the writing day; a text that names no day keeps the
    anchor's. A programme's day («في يومه الثاني») counts from that last day told, its week («الأسبوع
    الأول من البرنامج») is the week of that day (or of the anchor)."""
    out = [_day_period(t, anchor) for t in timexes]
    if anchor is None:
        return out
    told: str | None = None
    for i, t in enumerate(out):
        if t.raw.kind == "programme_day":
            out[i] = _programme_day(t, told)
            continue
        if t.raw.kind == "programme_week":
            out[i] = _programme_week(t, told, anchor)
            continue
        if not _bare_clock(t, anchor):
            told = _told_day(t) or told
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        gap = text[t.end:nxt.start] if nxt is not None else ""
        # not another bare clock: «السابعة مساءً بتوقيت جرينتش (التاسعة بتوقيت مكة)» names no day
        after = _DAY.fullmatch(nxt.value or "") if nxt is not None and len(gap) <= DAY_AFTER_REACH \
            and not SENTENCE_BREAK.search(gap) and not _bare_clock(nxt, anchor) else None
        day = after.group(1) if after is not None else told
        if day is not None and day != anchor.isoformat():
            out[i] = replace(t, value=day + (t.value or "")[10:])
    return out
