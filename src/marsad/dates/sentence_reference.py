"""A day, week, month or year counted from a date of its own sentence (issue 16: a relative
expression with its own reference point in the sentence resolves against that point, or stays null).

«اليوم التالي», «الأسبوع التالي», «العاشر من الشهر التالي» count from another event of the text, and
«اليوم نفسه», «في نفس اليوم», «الثامن من الشهر نفسه» name that event's day or month: none of them counts
from the publication date, so `resolve` leaves them without a value. When their sentence dates the
event («لقاء تيمور في الثالث من سبتمبر ثم لقاء ماليزيا في الثامن من الشهر نفسه», «سينضمون في اليوم
التالي ... وذلك في 29 أغسطس»), they are counted from that date: the nearest date of the sentence
before them that is precise enough (a day for a day or a week, a month for a month), else the nearest
after them. With no such date in the sentence they stay null: the event lies in another sentence,
and the nearest date there is as often another one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from marsad.dates.hijri import hijri_years_value
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import SENTENCE_BREAK
from marsad.dates.tense import unjoined
from marsad.dates.units import number_in_words, shift_value
from marsad.dates.word_forms import imperfective
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

# what a reference date must name, by the unit counted: a day for a day or a week, a month for a
# month (a day names it too), a year for a year
_PRECISE = {"D": re.compile(r"(\d{4})-(\d\d)-(\d\d)"), "W": re.compile(r"(\d{4})-(\d\d)-(\d\d)"),
            "M": re.compile(r"(\d{4})-(\d\d)"), "Y": re.compile(r"(\d{4})")}


def _counted(t: Timex) -> tuple[str, int] | None:
    """(unit, offset) of an expression that counts from another event of its text and has no value
    («اليوم التالي» D +1, «اليوم نفسه» D 0, «الشهر التالي» M +1, «العاشر من الشهر نفسه» M 0), else None."""
    if t.value is not None or t.type != "DATE":
        return None
    lx = lexicon()
    p = t.raw.parts
    following = lx.cues.get("following", ())
    same = p.get("ana") or p.get("_prev") in lx.anaphoric_before
    if t.raw.kind == "relday" and lx.day_words.get(p.get("rel", "")) == 0 and not p.get("wd"):
        if same:
            return "D", 0
        return ("D", 1) if p.get("_next") in following else None
    if t.raw.kind == "deictic" and not p.get("dem") and not p.get("part"):
        unit, count = lx.units.get(p.get("unit", ""), ("", None))
        if count != 1 or unit not in _PRECISE:
            return None
        if p.get("mod") in following:
            return unit, lx.modifiers[p["mod"]]
        return (unit, 0) if same else None
    if t.raw.kind == "month_day":
        if p.get("ana"):
            return "M", 0
        return ("M", lx.modifiers[p["mod"]]) if p.get("mod") in following else None
    return None


def _reference_day(t: Timex, unit: str, candidates: list[Timex]) -> date | None:
    """The first day of the date `t` counts from: the nearest candidate before it precise enough
    for `unit`, else the nearest after it (`candidates`: the other dates of its sentence, in order)."""
    before = [c for c in candidates if c.end <= t.start][::-1]
    after = [c for c in candidates if c.start >= t.end]
    for c in before + after:
        if unit == "M" and c.raw.kind == "weekday":
            continue  # a bare weekday names no month: «يوم الأربعاء الخامس من نفس الشهر»
        m = _PRECISE[unit].match(c.value or "")
        if m is None:
            continue
        ymd = [int(g) for g in m.groups()] + [1] * (3 - len(m.groups()))
        try:
            return date(*ymd)
        except ValueError:
            continue
    return None


def _value(t: Timex, unit: str, k: int, day: date) -> str | None:
    if t.raw.kind != "month_day":
        return shift_value(day, unit, k)
    month = shift_value(day, "M", k)
    n = t.raw.parts.get("day")
    if month is None:
        return None
    d = int(n) if n and n.isdigit() else number_in_words(t.raw.parts.get("dayw", ""))  # «الثامن»
    try:
        return date(int(month[:4]), int(month[5:7]), d or 0).isoformat()
    except ValueError:
        return None


def counted_in_sentence(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each expression counted from another event («اليوم التالي», «الشهر نفسه»)
    given the value its sentence's date yields; those whose sentence has none stay null."""
    if not any(_counted(t) for t in timexes):
        return timexes
    breaks = [m.start() for m in SENTENCE_BREAK.finditer(text)]

    def sentence(t: Timex) -> int:
        return bisect_left(breaks, t.start)

    out = []
    for t in timexes:
        how = _counted(t)
        if how is not None:
            unit, k = how
            mine = sentence(t)
            others = [c for c in timexes if c is not t and c.type in ("DATE", "TIME") and _counted(c) is None
                      and sentence(c) == mine and bisect_left(breaks, c.end) == mine]
            day = _reference_day(t, unit, others)
            value = _value(t, unit, k, day) if day is not None else None
            if value is not None:
                t = replace(t, value=value)
        out.append(t)
    return out


# the period a comparison points back to, by the noun that names it: a quarter for «الربع», a half for
# «النصف», any part of a year for «الفترة» (a quarter, a half, a month) when date_cues lists it
_PERIOD = re.compile(r"(\d{4})-(Q[1-4]|H[12]|\d\d)$")
_PERIOD_KIND = {"ربع": ("Q",), "نصف": ("H",), "فتره": ("Q", "H", "")}


_YEAR = re.compile(r"(\d{4})(?:-|/|$)")  # a value that names a year: 2014, 2014-12, 2015-06-18/2015-07-16
_MONTH = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?$")  # a value that names a month: 2015-05, 2015-05-12


def _preceding(t: Timex) -> str | None:
    """«العام السابق», «السنة السابقة», «العام الذي سبقه» (Y), «الشهر الذي سبقه» (M): the year or month
    before, with a `preceding` word and no demonstrative or part; counted from the year or month its
    sentence named before it («عام 2014 ... عن العام السابق» 2013, «في مايو ... مقارنة بالشهر الذي
    سبقه» April). Only a relative clause («الذي سبقه») makes a month such: «الشهر السابق» stays the
    month before the publication date's."""
    lx = lexicon()
    p = t.raw.parts
    mod = p.get("mod") or ""
    masculine = mod[:-1] if mod.endswith("ه") else mod  # «السنة السابقة»: the feminine of «السابق»
    if t.raw.kind != "deictic" or p.get("dem") or p.get("part") \
            or not (mod in lx.cues.get("preceding", ()) or masculine in lx.cues.get("preceding", ())):
        return None
    unit = lx.units.get(p.get("unit", ""))
    if unit == ("Y", 1):
        return "Y"
    return "M" if unit == ("M", 1) and " " in mod else None


def _year_before(c: Timex) -> str | None:
    """The value of the year before the one `c` names: a Hijri year's («عام 1435» ... «العام الذي
    قبله» 1434, its Gregorian span), else the Gregorian year's; None when `c` names no year."""
    hyear = c.raw.parts.get("hyear", "")
    if c.raw.kind == "hyear" and hyear.isdigit():
        return hijri_years_value(int(hyear) - 1, int(hyear) - 1)
    m = _YEAR.match(c.value or "")
    return str(int(m[1]) - 1) if m else None


def _part_of_the_year(t: Timex) -> bool:
    """«نهاية العام», «بداية السنة»: a part of the definite year with no demonstrative, last/next word
    or fiscal or school word after it («نهاية السنة المالية 1436هـ» names its own year)."""
    lx = lexicon()
    p = t.raw.parts
    after = p.get("_next", "")
    return t.raw.kind == "deictic" and bool(p.get("part")) and bool(p.get("art")) \
        and not p.get("dem") and not p.get("mod") and lx.units.get(p.get("unit", "")) == ("Y", 1) \
        and after not in lx.cues.get("fiscal", ()) and after not in lx.cues.get("school_year", ())


def _named_year(text: str, t: Timex, before: list[Timex]) -> str | None:
    """The year the nearest expression before `t`, of its sentence, names in digits («بداية السنة
    2014م», «في مايو 2013»), or None: not a year a `since` word starts from («الأفضل منذ عام 1981»),
    nor when a verb of the present or future stands between («... عام 2014 وينتظر أن يكسر الأرقام مع
    نهاية السنة» is this year's end)."""
    since = lexicon().cues.get("since", frozenset())
    for c in before[::-1]:
        m = _YEAR.match(c.value or "")
        if m and c.raw.parts.get("year"):
            between = (unjoined(norm(w)) for w in WORD.findall(text[c.end:t.start]))
            if unjoined(c.raw.parts.get("_prev", "")) in since or any(map(imperfective, between)):
                return None
            return m[1]
    return None


def _compared(text: str, t: Timex, before: list[Timex]) -> str | None:
    """The value of a comparison with the sentence's period («الربع المماثل من العام السابق» after
    «الربع الثاني» 2015-Q2: 2014-Q2; «الربع السابق» after it: 2015-Q1), or None when it is none or the
    sentence names no such period before it."""
    lx = lexicon()
    p = t.raw.parts
    if t.raw.kind == "comparable":
        kinds = _PERIOD_KIND.get(p.get("cper", ""), ())
        shift = lx.modifiers[p["ymod"]]
    elif t.raw.kind == "quarter" and p.get("qmod") in lx.cues.get("preceding", ()):
        kinds, shift = ("Q",), 0
    elif _preceding(t) == "Y":
        return next((y for c in before[::-1] if (y := _year_before(c)) is not None), None)
    elif _preceding(t) == "M":
        months = (_MONTH.match(c.value or "") for c in before[::-1])
        return next((shift_value(date(int(m[1]), int(m[2]), 1), "M", -1) for m in months if m), None)
    elif _part_of_the_year(t):
        named = _named_year(text, t, before)
        return None if named is None or not _YEAR.match(t.value or "") else named + (t.value or "")[4:]
    else:
        return None
    for c in before[::-1]:
        m = _PERIOD.match(c.value or "")
        if m is None or not any(m[2].startswith(k) if k else m[2].isdigit() for k in kinds):
            continue
        year, part = int(m[1]), m[2]
        if t.raw.kind == "quarter":  # the quarter before the one named
            q = year * 4 + int(part[1]) - 2
            return f"{q // 4}-Q{q % 4 + 1}"
        return f"{year + shift}-{part}"
    return None


def compared_in_sentence(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each comparison («الربع المماثل من العام السابق», «الربع السابق») valued from the
    period its sentence named before it (issue 16: a relative expression with its own reference point in
    the sentence resolves against that point); with none, a comparison keeps the year alone and «الربع
    السابق» the quarter before the publication date's."""
    if not any(t.raw.kind in ("comparable", "quarter") or _preceding(t) or _part_of_the_year(t)
               for t in timexes):
        return timexes
    breaks = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    out: list[Timex] = []
    referable: list[bool] = []
    for t in timexes:
        mine = bisect_left(breaks, t.start)
        before = [c for c, own in zip(out, referable, strict=True)
                  if own and bisect_left(breaks, c.start) == mine]
        value = _compared(text, t, before)
        if value is None and t.raw.kind == "comparable" and not before:
            # «... في ربعها المالي الماضي. ... خلال الربع نفسه من العام الماضي»: "the same quarter" of
            # a sentence that names no period is the one the sentence before named
            before = [c for c, own in zip(out, referable, strict=True)
                      if own and bisect_left(breaks, c.start) == mine - 1]
            value = _compared(text, t, before)
        referable.append(value is None and t.type == "DATE")  # a comparison is no period to count from
        out.append(replace(t, value=value) if value is not None else t)
    return out
