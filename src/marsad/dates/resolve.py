"""Resolution: turn a recognised expression into its TIMEX3 type and value.

Values are relative to an anchor (the publication date). What needs an anchor and has none, or cannot be
known, is `None`: never guessed, never today's date.

Year of a date or month given without one: the anchor's year, moved a year back for "last" words (الماضي) or a
past-tense mention far ahead of the anchor, a year on for "next" words (المقبل) or a future-tense mention well
behind it (`marsad.dates.calendar_dates`). A bare weekday is the latest such day on or before the anchor, or
the next on or after it in future context.
"""

from __future__ import annotations

from datetime import date, timedelta

from marsad.dates.calendar_dates import date_like, day_of_month, hijri_date, valid_date, with_daypart
from marsad.dates.clock import clock_time
from marsad.dates.context import after_cue, counts_from_other_event, season_in_frame, told_before
from marsad.dates.deictic import deictic
from marsad.dates.grammar import RawTimex
from marsad.dates.hijri import hijri_years_value
from marsad.dates.holidays import announced_holiday, feast_date, occasion_date
from marsad.dates.lexicon import lexicon
from marsad.dates.month_weeks import week_of_month
from marsad.dates.quarters import quarter
from marsad.dates.reference import DATE_REFERENCE, ELAPSED, OWN_REFERENCE
from marsad.dates.resolved import Resolved, mod_of
from marsad.dates.school_years import school_year
from marsad.dates.units import century, duration, number, shift_value, unit_count

DATE_KINDS = frozenset(("iso", "ymd", "dmy_num", "dmy", "mdy", "month", "month_week", "range_dm", "range_md"))
# the kinds whose value depends on the clause's tense
TENSE_KINDS = DATE_KINDS | {"weekday", "holiday", "hijri", "hijri_week", "quarter"}


def _weekday(r: RawTimex, anchor: date | None, future: bool) -> Resolved:
    if anchor is None:
        return Resolved("DATE", None)
    target = lexicon().weekdays[r.parts["wd"]]
    if counts_from_other_event(r.parts):
        return Resolved("DATE", None)  # الأحد التالي: the Sunday after another event
    mod = mod_of(r.parts)
    back = (anchor.isoweekday() - target) % 7
    if mod is not None and mod < 0:  # الأحد قبل الماضي (-2): a week further back
        d = anchor - timedelta(days=back or 7) + timedelta(weeks=mod + 1)
    elif mod is not None and mod > 0:
        d = anchor + timedelta(days=(target - anchor.isoweekday()) % 7 or 7) + timedelta(weeks=mod - 1)
    elif future:
        d = anchor + timedelta(days=(target - anchor.isoweekday()) % 7)
    else:
        d = anchor - timedelta(days=back)
    return with_daypart(d, r.parts)


def _relday(r: RawTimex, anchor: date | None) -> Resolved:
    """اليوم/أمس/غدا (+ weekday): the anchor shifted; an explicit weekday that disagrees
    wins (the nearest such day), since the anchor may be a day off the writing day."""
    lx = lexicon()
    p = r.parts
    anaphoric = p.get("ana") or p.get("_prev") in lx.anaphoric_before or told_before(p)
    offset = lx.day_words[p["rel"]]
    nxt = p.get("_next", "")
    counted = number(nxt) is not None
    if offset == 0 and not p.get("wd") and (nxt in lx.ordinals or nxt in lx.modifiers or counted):
        anaphoric = True  # اليوم التالي / اليوم الثاني / جراحة اليوم الواحد: a day of something else
    if anaphoric and told_before(p) and after_cue(p, "since", p.get("_prev2")):
        return Resolved("DATE", "PAST_REF")  # منذ ذلك اليوم: as «منذ» without a count
    if anaphoric:
        return Resolved("DATE", None)
    if offset == 0 and not (p.get("wd") or p.get("dp")) and (after_cue(p, "span") or after_cue(p, "whole")):
        return Resolved("DURATION", "P1D")  # على مدار اليوم, طوال اليوم: all day long, not today
    if offset == 0 and not (p.get("wd") or p.get("dp")) and (
            after_cue(p, "persist", p.get("_before"))
            or after_cue(p, "present") or after_cue(p, "present_noun")):
        return Resolved("DATE", "PRESENT_REF")  # ما زالت لليوم: to this day; باتت اليوم: nowadays
    if anchor is None:
        return Resolved("DATE", None)
    d = anchor + timedelta(days=offset)
    if p.get("wd"):
        delta = (lx.weekdays[p["wd"]] - d.isoweekday()) % 7
        d += timedelta(days=delta if delta <= 3 else delta - 7)
    if not p.get("dp") and p["rel"] in lx.cues.get("night", ()):
        return Resolved("TIME", f"{d.isoformat()}TNI")  # الليلة: tonight, the night of that day
    return with_daypart(d, p)


# A unit and a half back or ahead, counted in a finer unit: (finer unit, finer units in one,
# characters of the value kept): a year and a half is 18 months, to the month; a month and a
# half 45 days, to the month; a week and a half 10 days, to the day.
HALF_UNITS = {"Y": ("M", 12, 7), "M": ("D", 30, 7), "W": ("D", 7, 10)}


def _month_day(r: RawTimex, anchor: date | None) -> Resolved:
    """الثلاثين من الشهر الحالي: that day of the anchor's month (الشهر المقبل/الماضي: the next/last)."""
    p = r.parts
    day = day_of_month(p)
    if anchor is None or day is None or counts_from_other_event(p) or p.get("ana"):
        return Resolved("DATE", None)  # العاشر من الشهر التالي/نفسه: the month after or of another event
    months = anchor.year * 12 + anchor.month - 1 + (mod_of(p) or 0)
    d = valid_date(months // 12, months % 12 + 1, day)
    return Resolved("DATE", d.isoformat() if d else None)


def _ago(r: RawTimex, anchor: date | None) -> Resolved:
    p = r.parts
    unit, n = unit_count(p)
    if p.get("quant"):
        n = None  # قبل عدة أشهر: a vague count, the past stretch (or, from an event, a length of no number)
    sign = lexicon().ago[p["ago"]]
    if p.get(OWN_REFERENCE) or p.get(DATE_REFERENCE) or p.get(ELAPSED):
        if unit == "X":
            return Resolved("DATE", None)  # بعد فترة من الحادث: a while after an event
        length = n + 0.5 if n is not None and p.get("plushalf") else n
        if n is not None and p.get("plusupart"):  # بعد ساعة وربع من الحادث: a unit and a quarter
            length = round(n + 1 / lexicon().unit_parts[p["plusupart"]], 2)
        return Resolved("DURATION", duration(unit, length))  # قبل 3 أيام من الحادث: from an event
    if n is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if anchor is None:
        return Resolved("DATE", None)
    if p.get("plushalf") and unit in HALF_UNITS:  # منذ عام ونصف: 18 months back
        finer, per, width = HALF_UNITS[unit]
        value = shift_value(anchor, finer, sign * (per * n + per // 2))
        return Resolved("DATE", value[:width] if value else None)
    value = shift_value(anchor, unit, sign * n)
    if value is not None and (value.startswith("-") or len(value.split("-")[0]) > 4):
        # قبل 125 مليون سنة: before the first year TIMEX3 writes, the past
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    return Resolved("DATE", value)


def _fraction(r: RawTimex, anchor: date | None) -> Resolved:
    p = r.parts
    code = "H1" if p.get("hfrac") else lexicon().fractions[p["frac"]]  # نصف السنة الحالية: the half gone by
    if p.get("year"):
        return Resolved("DATE", f"{p['year']}-{code}")
    if anchor is None:
        return Resolved("DATE", None)
    return Resolved("DATE", f"{anchor.year + lexicon().modifiers[p['ymod']]}-{code}")


def _season(r: RawTimex, anchor: date | None) -> Resolved:
    """صيف 2013 -> 2013-SU; الصيف الماضي, صيف العام الماضي -> last year's summer; هذا الصيف,
    نهاية الصيف, صيف هذا العام -> this year's; فصل الصيف -> any summer."""
    p, lx = r.parts, lexicon()
    code, part = lx.seasons[p["season"]], lx.parts.get(p.get("part", ""))
    if p.get("year"):
        return Resolved("DATE", f"{p['year']}-{code}", part)
    framed = not p.get("fasl") and bool(p.get("part"))
    this = framed or any(p.get(k) for k in ("mod", "dem", "ydem", "ymod")) or season_in_frame(p)
    if not this or anchor is None:  # فصل الصيف, خلال فصل الصيف: any summer
        return Resolved("DATE", None if this else f"XXXX-{code}", part)
    shift = lx.modifiers.get(p.get("mod") or p.get("ymod", ""), 0)  # الصيف الماضي, صيف العام الماضي
    return Resolved("DATE", f"{anchor.year + shift}-{code}", part)


SHORT_YEAR_AHEAD = 5  # a two-digit year up to this many years after the anchor's is in its century


def with_century(yy: int, anchor: date | None) -> int:
    """A two-digit year in the century that puts it nearest before the anchor's year (or a few
    years after it): «عام 98» 1998, «عام 15» 2015 in a 2015 text; without an anchor, today's."""
    ref = (anchor or date.today()).year
    year = ref - ref % 100 + yy
    return year - 100 if year > ref + SHORT_YEAR_AHEAD else year


def _decade(p: dict[str, str], anchor: date | None) -> str | None:
    """A decade (199 = the 1990s), in the century named after it when one is: «الخمسينات من القرن
    التاسع عشر» 185, «ثمانينات القرن الماضي» 198 (counted from the anchor's century)."""
    lx = lexicon()
    if p.get("dord"):  # «العقد الثالث من القرن العشرين»: the third decade of the 1900s
        value = f"19{lx.ordinals[p['dord']] - 1}"
    else:
        value = lx.decades[p["decade"] if p.get("decade") else "ال" + p["bdecade"]]
    if p.get("cmod"):
        k = lx.modifiers.get(p["cmod"])
        hundreds = shift_value(anchor, "CE", k) if anchor and k is not None else None
    elif p.get("cord") or p.get("cnum"):
        hundreds = century(p)
    else:
        return value
    return hundreds[:2] + value[-1] if hundreds else None


def resolve(r: RawTimex, anchor: date | None, future: bool = False) -> Resolved:
    """The TIMEX3 type, value and mod of `r`, relative to `anchor`."""
    lx = lexicon()
    p = r.parts
    kind = r.kind
    if kind in DATE_KINDS:
        return week_of_month(date_like(r, anchor, future), p.get("mweek"))
    if kind == "year":
        return Resolved("DATE", p.get("ybracket") or p["year"], lx.parts.get(p.get("part", "")))
    if kind == "every_weekday":
        return Resolved("SET", f"XXXX-WXX-{lx.weekdays[p['wd']]}")
    if kind == "short_year":
        return Resolved("DATE", str(with_century(int(p["yy"]), anchor)))
    if kind in ("hijri", "hijri_num", "hijri_week"):
        return week_of_month(hijri_date(r, anchor, future), p.get("mweek"))
    if kind == "hyear":
        return Resolved("DATE", hijri_years_value(int(p.get("hyear0") or p["hyear"]), int(p["hyear"])))
    if kind == "fraction":
        return _fraction(r, anchor)
    if kind == "season":
        return _season(r, anchor)
    if kind == "quarter":
        return Resolved("DATE", quarter(r.parts, r.norm, anchor, future))
    if kind == "comparable":  # the year alone until its sentence names the period (sentence_reference)
        return Resolved("DATE", str(anchor.year + lexicon().modifiers[p["ymod"]]) if anchor else None)
    if kind == "holiday":
        d = None if not anchor else occasion_date(p.get("holiday"), anchor) if announced_holiday(p, future) \
            else feast_date(p.get("holiday"), anchor, p.get("nth"), mod_of(p), future)
        if p.get("eve"):  # ليلة العيد: the night before the feast's day
            return Resolved("TIME", f"{(d - timedelta(days=1)).isoformat()}TNI" if d else None)
        return Resolved("DATE", d.isoformat() if d else None)
    if kind == "feast_occasion":
        d = occasion_date(p.get("holiday"), anchor) if anchor else None
        return Resolved("DATE", d.isoformat() if d else None)
    if kind == "relday":
        return _relday(r, anchor)
    if kind == "weekday":
        return _weekday(r, anchor, future)
    if kind == "deictic":
        return deictic(r, anchor)
    if kind == "school_year":
        return school_year(r, anchor, lx)
    if kind == "ago":
        return _ago(r, anchor)
    if kind == "month_day":
        return _month_day(r, anchor)
    if kind == "duration":
        unit, n = unit_count(p)
        if p.get("upart"):  # ربع ساعة: a fraction of one unit
            return Resolved("DURATION", duration(unit, round(1 / lx.unit_parts[p["upart"]], 2)))
        if p.get("plusupart") and n is not None:  # ساعة وربع الساعة: a unit and a quarter
            return Resolved("DURATION", duration(unit, round(n + 1 / lx.unit_parts[p["plusupart"]], 2)))
        if p.get("half") or p.get("plushalf"):
            q = (n if n and not p.get("half") else 0) + 0.5
            return Resolved("DURATION", duration(unit, q))
        return Resolved("DURATION", duration(unit, None if p.get("quant") else n))
    if kind == "age":  # في السابعة والعشرين من العمر: 27 years old
        years = lx.ordinals.get(p.get("age", ""), 0) + lx.numbers.get(p.get("agetens", ""), 0) \
            + int(p.get("agenum") or 0)  # البالغ من العمر 36
        return Resolved("DURATION", f"P{years}Y")
    if kind == "decade":
        return Resolved("DATE", _decade(p, anchor))
    if kind == "century":  # بداية القرن التاسع عشر: its start
        return Resolved("DATE", century(p), lx.parts.get(p.get("part", "")))
    if kind == "ref":  # «وسيأتي ذات يوم»: a «one day» of a future clause is the future
        sign = 1 if future and p["ref"] in lx.one_day else lx.refs[p["ref"]]
        return Resolved("DATE", ("PAST_REF", "PRESENT_REF", "FUTURE_REF")[sign + 1])
    if kind == "set":
        return Resolved("SET", lx.sets[p["set"]])
    if kind == "every" and p.get("yearly"):  # كل عيد: a feast or Hijri month of every year
        return Resolved("SET", None)
    if kind == "every" and p.get("dp"):  # كل صباح: every morning (TIMEX3 XXXX-XX-XXTMO)
        return Resolved("SET", "XXXX-XX-XXT" + lx.dayparts[p["dp"]][0])
    if kind in ("every", "rate"):
        unit, n = unit_count(p)
        return Resolved("SET", duration(unit, n or 1))
    if kind in ("clock", "hour"):
        return Resolved("TIME", clock_time(p, anchor))
    return Resolved("DATE", None)
