"""Deictic units: a unit of time pointed at from the anchor by a demonstrative or a last/next word
(«هذا العام», «الشهر الماضي», «الأسبوع المقبل», «نهاية هذا الأسبوع») and what such words make of it
instead (a stretch up to now, a day of another event, every weekend)."""

from __future__ import annotations

from datetime import date, timedelta

from marsad.dates.context import after_cue, counts_from_other_event, throughout_those
from marsad.dates.grammar import RawTimex
from marsad.dates.hijri import gregorian_to_hijri, hijri_to_gregorian, hijri_years_value
from marsad.dates.lexicon import lexicon
from marsad.dates.resolved import Resolved, mod_of
from marsad.dates.units import duration, shift_value


def deictic(r: RawTimex, anchor: date | None) -> Resolved:
    """A unit pointed at from the anchor: هذا العام, الشهر الماضي, الأسبوع المقبل, نهاية الأسبوع."""
    lx = lexicon()
    p = r.parts
    unit, count = lx.units[p["unit"]]
    k = mod_of(p) or 0
    if p.get("dem") and count is None and unit != "X" and not (p.get("mod") or p.get("part")) \
            and (after_cue(p, "whole") or p.get("_prev", "").removeprefix("و") == "كل"):
        return Resolved("DURATION", duration(unit, None))  # «كل/طوال هذه السنين»: all these years, PXY
    if throughout_those(p):
        return Resolved("DURATION", duration(unit, None))  # «طوال تلك السنوات»: all those years, PXY
    # على مدى العقد الماضي: the ten years up to now; a plural with no count (على مدار الأشهر الماضية,
    # على مدى العقود القليلة المقبلة) stays a vague reference, PAST_REF/FUTURE_REF (the guide, issue 16)
    if k and unit != "X" and count is not None and not (p.get("dem") or p.get("part") or p.get("fill")) \
            and after_cue(p, "span"):
        return Resolved("DURATION", duration(unit, count))
    if count == 1 and unit in "WMY" and not (p.get("dem") or p.get("part")) \
            and p.get("mod", "") in lx.cues.get("last_stretch", ()) and after_cue(p, "last_frame") \
            and p.get("_next", "") not in lx.cues.get("last_of", ()):
        return Resolved("DURATION", duration(unit, 1))  # خلال الشهر الأخير: the month up to now
    if counts_from_other_event(p) and not p.get("dem"):
        return Resolved("DATE", None)  # في العام التالي: the year after another event
    if unit == "X" or (count is None and not p.get("part")):
        return Resolved("DATE", ("PAST_REF", "PRESENT_REF", "FUTURE_REF")[(k > 0) - (k < 0) + 1])
    if count == 2 and p.get("mod"):
        return Resolved("DURATION", duration(unit, 2))
    if unit == "W" and lx.parts.get(p.get("part", "")) == "END" and not (k or p.get("dem")) \
            and after_cue(p, "weekends"):
        return Resolved("SET", "XXXX-WXX-WE")  # في عطلات نهاية الأسبوع: every weekend
    if anchor is None:
        return Resolved("DATE", None)
    if p.get("hadj") and unit == "Y":  # «بداية السنة الهجرية», «العام الهجري الماضي»: a Hijri year
        shift = k + (_new_hijri_year(anchor) if p.get("hnew") else 0)
        if p.get("first"):  # «غرة السنة الهجرية الجديدة»: its 1 Muharram
            day = _hijri_new_year_day(anchor, shift)
            return Resolved("DATE", day.isoformat() if day else None)
        return Resolved("DATE", _hijri_year(anchor, shift), lx.parts.get(p.get("part", "")))
    if p.get("first"):  # «غرة الشهر المقبل», «غرة العام المقبل»: the first day of that month or year
        value = shift_value(anchor, unit, k) if unit in "MY" else None
        return Resolved("DATE", value and value + ("-01" if unit == "M" else "-01-01"))
    dp = lx.dayparts.get(p["unit"])
    if dp and unit == "D":
        return Resolved("TIME", f"{(anchor + timedelta(days=k)).isoformat()}T{dp[0]}")
    if unit == "D" and p.get("mod") and not p.get("dem"):
        return Resolved("DATE", None)  # اليوم التالي/السابق: a day next to another event
    if unit == "W" and lx.parts.get(p.get("part", "")) == "END" \
            and (after_cue(p, "weekend") or (k == 0 and (p.get("dem") or p.get("mod")))):
        return Resolved("DATE", f"{shift_value(anchor, unit, k)}-WE")  # عطلة نهاية الأسبوع, «نهاية هذا
        # الأسبوع», «نهاية الأسبوع الحالي»: this weekend; a last or next week's end stays the week, mod END
    return Resolved("DATE", shift_value(anchor, unit, k), lx.parts.get(p.get("part", "")))


def _new_hijri_year(anchor: date) -> int:
    """1 where the next Hijri year's first day is nearer the anchor than its own year's (the coming year
    is «الجديدة» late in a year), else 0 (the year just begun)."""
    this, coming = _hijri_new_year_day(anchor, 0), _hijri_new_year_day(anchor, 1)
    return int(this is not None and coming is not None and coming - anchor < anchor - this)


def _hijri_new_year_day(anchor: date, shift: int) -> date | None:
    """1 Muharram of the Hijri year `shift` years from the anchor's."""
    today = gregorian_to_hijri(anchor)
    return hijri_to_gregorian(today[0] + shift, 1, 1) if today else None


def _hijri_year(anchor: date, shift: int) -> str | None:
    """The Gregorian span of the Hijri year `shift` years from the anchor's (1436 for July 2015)."""
    today = gregorian_to_hijri(anchor)
    return hijri_years_value(today[0] + shift, today[0] + shift) if today else None
