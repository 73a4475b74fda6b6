"""Bare weekdays («يوم الجمعة», «الأربعاء»): which day of that name the text speaks of, read from
the day words, dates and tense around it rather than the nearest such day before the writing day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from marsad.dates.grammar import RawTimex
from marsad.dates.lexicon import lexicon
from marsad.dates.word_forms import range_joint

if TYPE_CHECKING:
    from marsad.dates.extract import Timex


def _day_of(value: str) -> date | None:
    """The day a value starts with (`YYYY-MM-DD`, a time of day after it), None for another value."""
    try:
        return date.fromisoformat(value[:10])
    except (ValueError, TypeError):
        return None


def weekday_first_apart(text: str, r: RawTimex, anchor: date | None) -> RawTimex:
    """A weekday written before a day word is that day only when they agree on the publication
    or fetch date `anchor`, give or take the one day it may be off («خطبة الجمعة غداً» on a
    Thursday). Otherwise the weekday is another word of the same letters, a family name most
    often («الدكتور عبدالله الجمعة أمس» on a Thursday), and the day word stands alone; this is
    decided before `writing_day` reads the text's weekdays, which the name would move."""
    wd, rel = r.parts.get("wd"), r.parts.get("rel")
    if anchor is None or r.kind != "relday" or not wd or not rel or not r.norm.startswith(wd):
        return r
    lx = lexicon()
    day = anchor + timedelta(days=lx.day_words[rel])
    apart = (lx.weekdays[wd] - day.isoweekday()) % 7
    if min(apart, 7 - apart) <= 1:
        return r
    span = text[r.start:r.end]
    start = r.end - len(span.rsplit(None, 1)[-1])  # the day word, the last word of the span
    parts = {k: v for k, v in r.parts.items() if k != "wd"}
    return RawTimex(start, r.end, r.kind, parts, r.norm.rsplit(None, 1)[-1])


def weekday_pairs(text: str, timexes: list[Timex]) -> list[Timex]:
    """A bare weekday joined by «و», «إلى», «حتى» or a dash to a weekday before it that is dated
    («الاجتماعات (الاثنين والثلاثاء) في مدريد» on a Monday) is the first day of its name after that
    one: the two name days in their order, not the nearest Tuesday before the writing day; a bare
    weekday before one that closes on a dual last or next word takes its day from that one
    (`_before_dual_last_or_next`)."""
    out = list(timexes)
    for i in range(1, len(out)):
        t, u = out[i - 1], out[i]
        shared = _before_dual_last_or_next(t, u)
        if shared is not None and range_joint(text, t.end, u.start):
            out[i - 1] = _redated(t, shared.isoformat())
            continue
        weekday = _bare_weekday(u)
        dated = t.raw.kind in ("weekday", "relday") and t.raw.parts.get("wd")
        first = _day_of(t.value or "") if dated else None
        if weekday is None or first is None or not range_joint(text, t.end, u.start) \
                or weekday == first.isoweekday():  # «ليل السبت - الأحد وصباح الأحد»: the same day again
            continue
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7)
        if day.isoformat() != (u.value or "")[:10]:
            out[i] = _redated(u, day.isoformat())
    return out


def _before_dual_last_or_next(t: Timex, u: Timex) -> date | None:
    """The day of a bare weekday `t` before a weekday `u` that closes on a dual last or next word
    («يومي الثلاثاء والأربعاء الماضيين», «الخميس والجمعة المقبلين»): the word is said of both, so `t`
    is the last day of its name on or before `u`'s day (the two named in their order), not the
    nearest one before the writing day; None for any other pair."""
    weekday, mod, second = _bare_weekday(t), u.raw.parts.get("mod", ""), u.raw.parts.get("wd")
    day = _day_of(u.value or "") if u.raw.kind == "weekday" else None
    if weekday is None or day is None or not second or not mod.endswith("ين"):
        return None
    return day - timedelta(days=(lexicon().weekdays[second] - weekday) % 7)


WEEKDAY_REACH = 7  # days from the anchor within which a dated day fixes the bare weekday of its name


def weekdays_named_before(timexes: list[Timex], anchor: date | None) -> list[Timex]:
    """A bare weekday («يوم الجمعة») is the day of that name the text has already dated near
    the writing day («خطبة الجمعة غداً» → Friday = tomorrow), or already set ahead by its tense
    («مباراة الأربعاء التي ستجمع ...» then «مباراة الأربعاء لا تقبل ...»: the coming Wednesday
    both times), not the nearest one before it: the text speaks of one Friday."""
    if anchor is None:
        return timexes
    named: dict[int, str] = {}
    out = []
    for t in timexes:
        weekday = _bare_weekday(t)
        day = _day_of(t.value or "") if t.raw.kind == "relday" or weekday is not None else None
        ahead = weekday is None or (day is not None and day > anchor)  # a weekday told as coming
        if day is not None and ahead and abs((day - anchor).days) < WEEKDAY_REACH:
            named.setdefault(day.isoweekday(), day.isoformat())
        day_of = named.get(weekday) if weekday is not None else None
        out.append(_redated(t, day_of) if day_of is not None and day_of != (t.value or "")[:10] else t)
    return out


def _bare_weekday(t: Timex) -> int | None:
    """The ISO weekday of a bare weekday («يوم الجمعة», no «الماضي»/«المقبل») resolved to a day;
    None for any other expression."""
    wd = t.raw.parts.get("wd")
    if t.raw.kind != "weekday" or not wd or t.raw.parts.get("mod") or not t.value or len(t.value) < 10:
        return None
    return lexicon().weekdays[wd]


def _redated(t: Timex, iso_day: str) -> Timex:
    """`t` moved to another day, its time of day kept."""
    return replace(t, value=iso_day + (t.value or "")[10:])


# between a weekday and its date: a bracket or comma, or «الموافق» ("corresponding to": «يوم الجمعة
# الموافق 23/9/1436هـ», «الاثنين الموافق لـ 20 يوليو»)
APPOSITION = re.compile(r"\s*[(،,]?\s*(?:الموافق[ةه]?\s*(?:لـ*\s*)?)?")


def weekdays_dated_after(text: str, timexes: list[Timex]) -> list[Timex]:
    """A bare weekday with a full date right after it, in brackets or after a comma, on the same
    weekday («يوم الجمعة (17 يوليو)») is that date: the text says which Friday."""
    out = list(timexes)
    for i, (t, u) in enumerate(zip(timexes, timexes[1:], strict=False)):
        weekday = _bare_weekday(t)
        day = _day_of(u.value) if weekday is not None and u.value and len(u.value) >= 10 else None
        if day is None or day.isoweekday() != weekday or (t.value or "")[:10] == day.isoformat():
            continue
        if APPOSITION.fullmatch(text, t.end, u.start):
            out[i] = _redated(t, day.isoformat())
    return out


# between the first day of a range and its end: «حتى», «إلى», «لغاية» (after «و» or not), and at most
# two words naming the end's part of the day («وحتى نهاية دوام يوم الخميس ...»)
_TO_END = re.compile(r"\s*و?\s*(?:حتى|إلى|الى|لغاية)(?:\s+[^\s\d.،,؛:!?؟()«»\"]+){0,2}?\s*")
MAX_WEEKS_BACK = 8  # weeks a range's first weekday moves back at most (further: the end's year is misread)
_COUNTED = ("weekday", "relday")  # expressions counted from the writing day


def fixed_day(t: Timex) -> date | None:
    """The day of an expression that names its day of a month («التاسع من شهر رمضان», «22/9/1436هـ»,
    «30 يونيو 2015»), not counted from the writing day; None for any other."""
    parts = t.raw.parts
    if t.raw.kind in _COUNTED or not (parts.get("day") or parts.get("dayw")) \
            or not (parts.get("mon") or parts.get("hmon") or parts.get("hmnum")):
        return None
    return _day_of(t.value or "")


def opens_a_range(text: str, r: RawTimex) -> bool:
    """Whether a weekday counted from the writing day («غد الخميس», «يوم الأحد القادم») is followed
    by a range's «حتى/إلى/لغاية» (`range_start_moves` then asks where the range ends)."""
    return r.kind in _COUNTED and bool(r.parts.get("wd")) and _TO_END.match(text, r.end) is not None


def dated_range_openings(text: str, timexes: list[Timex]) -> list[tuple[int, date]]:
    """The weekdays counted from the writing day («يوم الأحد القادم», «غد الخميس») that open a range
    whose end names its own date («اعتبارا من يوم الأحد القادم وحتى نهاية دوام يوم الخميس الموافق
    22/9/1436هـ», «من غد الخميس حتى الخامس عشر من شهر رمضان»): each one's index in `timexes` and
    the day of that end."""
    out = []
    for i in range(len(timexes) - 1):
        t, u = timexes[i], timexes[i + 1]
        if t.raw.kind not in _COUNTED or not t.raw.parts.get("wd") \
                or not _TO_END.fullmatch(text, t.end, u.start):
            continue
        end = fixed_day(u)
        if end is None and _bare_weekday(u) is not None and i + 2 < len(timexes) \
                and APPOSITION.fullmatch(text, u.end, timexes[i + 2].start):
            end = fixed_day(timexes[i + 2])  # «يوم الخميس الموافق 22/9/1436هـ»: the date after the weekday
        if end is not None:
            out.append((i, end))
    return out


def range_start_moves(text: str, timexes: list[Timex]) -> list[tuple[int, date]]:
    """The range openings (`dated_range_openings`) that fall after their range's end: each one's
    index and the last day of its name before that end (at most MAX_WEEKS_BACK weeks back)."""
    moves = []
    for i, end in dated_range_openings(text, timexes):
        start = _day_of(timexes[i].value or "")
        if start is None or start <= end:
            continue
        weeks = (start - end).days // 7 + 1
        if weeks <= MAX_WEEKS_BACK:
            moves.append((i, start - timedelta(weeks=weeks)))
    return moves


def weekdays_before_range_end(text: str, timexes: list[Timex]) -> list[Timex]:
    """A weekday counted from the writing day that opens a range whose end names its own date
    cannot fall after that end (`range_start_moves`): the page was written earlier than it was
    fetched, so the weekday is the last day of its name before the end, not the one the fetch day
    gives."""
    out = list(timexes)
    for i, day in range_start_moves(text, timexes):
        out[i] = _redated(out[i], day.isoformat())
    return out
