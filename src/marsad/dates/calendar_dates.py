"""A date or a month named in the calendar, Gregorian (15 أغسطس, مارس الماضي, 15/8/2015) or Hijri
(5 محرم, رمضان المقبل, 15/10/1436): its value, the year picked from the anchor when unsaid.

A day/month without a year is in the anchor's year, moved a year back for "last" words (الماضي) or a
past-tense mention far ahead of the anchor, a year on for "next" words (المقبل) or a future-tense mention
well behind it (`marsad.dates.resolve` hands each kind its resolver).
"""

from __future__ import annotations

from datetime import date

from marsad.dates.context import counts_from_other_event
from marsad.dates.grammar import RawTimex
from marsad.dates.hijri import gregorian_to_hijri, hijri_month_range, hijri_to_gregorian
from marsad.dates.lexicon import lexicon
from marsad.dates.resolved import Resolved, mod_of
from marsad.dates.units import number_in_words, ordinal_pair
from marsad.dates.word_forms import without_clitics

PAST_AHEAD_DAYS = 90  # a past-tense month/day this far after the anchor is last year's
FUTURE_BEHIND_DAYS = 30  # a future-tense month/day this far before the anchor is next year's


def day_of_month(parts: dict[str, str]) -> int | None:
    """The day of month, from digits or ordinal or cardinal words (السادس والعشرين, سبعة وعشرين = 26, 27)."""
    if parts.get("day"):
        return int(parts["day"])
    words = parts.get("dayw")
    return number_in_words(words) if words else None


def valid_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick_year(month: int, day: int | None, anchor: date, mod: int | None, future: bool) -> int:
    """The year of a day/month (a whole month when `day` is None) relative to the anchor."""
    y = anchor.year
    probe = valid_date(y, month, min(day or 1, 28)) or date(y, month, 1)
    if mod is not None and mod != 0:
        if day is None:
            before, after = month < anchor.month, month > anchor.month
        else:
            before, after = probe < anchor, probe > anchor
        if mod < 0:  # مارس قبل الماضي (-2): one year further back
            return (y if before else y - 1) + mod + 1
        return (y if after else y + 1) + mod - 1
    if not future and (probe - anchor).days > PAST_AHEAD_DAYS:
        return y - 1
    if future and (anchor - probe).days > FUTURE_BEHIND_DAYS:
        return y + 1
    return y


def _month(parts: dict[str, str]) -> int:
    if parts.get("mnum"):
        return int(parts["mnum"])
    return lexicon().months[parts["mon"]]


def _year_of(p: dict[str, str], month: int, day: int | None, anchor: date | None,
             future: bool) -> int | None:
    if p.get("year"):
        return int(p["year"])
    if p.get("every") or anchor is None:
        return None
    if p.get("ymod"):
        return anchor.year + lexicon().modifiers[p["ymod"]]
    return _pick_year(month, day, anchor, mod_of(p), future)


def _delivery(p: dict[str, str]) -> bool:
    """«تسليم ديسمبر», «لتسليم يناير», «للتسليم في نوفمبر»: a futures contract's delivery month (a
    `delivery` cue right before it, or before a `delivery_frame` word before it), never one behind
    the writing day, so read as in a future clause."""
    cues = lexicon().cues
    prev = p.get("_prev", "")
    if prev in cues.get("delivery_frame", ()):
        prev = p.get("_prev2", "")
    return without_clitics(prev) in cues.get("delivery", ()) or prev in cues.get("delivery", ())


def date_like(r: RawTimex, anchor: date | None, future: bool) -> Resolved:
    p = r.parts
    future = future or (r.kind == "month" and _delivery(p))
    month = _month(p)
    if not 1 <= month <= 12 or counts_from_other_event(p, "ymod"):
        return Resolved("DATE", None)  # في مارس (من) العام التالي: the year after another event
    part = lexicon().parts.get(p.get("part", ""))
    day = day_of_month(p)
    if day is not None and not 1 <= day <= 31:
        return Resolved("DATE", None)
    y = _year_of(p, month, day, anchor, future)
    ys = f"{y:04d}" if y is not None else "XXXX"
    pair = ordinal_pair(p["dayw"]) if r.kind == "dmy" and p.get("dayw") else None
    if pair:  # «الرابع والخامس من أغسطس»: the two days
        day, d2 = pair
        return Resolved("DATE", f"{ys}-{month:02d}-{day:02d}/{ys}-{month:02d}-{d2:02d}")
    if r.kind in ("range_dm", "range_md") and day is not None:
        d2 = int(p["day2"])
        return Resolved("DATE", f"{ys}-{month:02d}-{day:02d}/{ys}-{month:02d}-{d2:02d}")
    month2 = lexicon().months.get(p.get("mon2", ""), month)
    if day is None and month2 != month:
        return Resolved("DATE", f"{ys}-{month:02d}/{ys}-{month2:02d}", part)
    if day is None:
        return Resolved("DATE", f"{ys}-{month:02d}", part)
    if y is not None and valid_date(y, month, day) is None:
        return Resolved("DATE", None)
    return Resolved("DATE", f"{ys}-{month:02d}-{day:02d}", part)


def with_daypart(d: date, p: dict[str, str]) -> Resolved:
    dp = lexicon().dayparts.get(p.get("dp", ""))
    if dp and p.get("midnight"):  # «منتصف ليل الأحد»: the midnight that closes Sunday
        return Resolved("TIME", f"{d.isoformat()}T24:00")
    return Resolved("TIME", f"{d.isoformat()}T{dp[0]}") if dp else Resolved("DATE", d.isoformat())


def hijri_date(r: RawTimex, anchor: date | None, future: bool = False) -> Resolved:
    p = r.parts
    month = int(p["hmnum"]) if p.get("hmnum") else lexicon().hijri_months[p["hmon"]]
    if not 1 <= month <= 12:
        return Resolved("DATE", None)
    if p.get("hyear"):
        hy = int(p["hyear"])
    elif anchor is None or p.get("every"):
        return Resolved("DATE", None)
    else:
        h = gregorian_to_hijri(anchor)
        if h is None:
            return Resolved("DATE", None)
        mod = mod_of(p)
        if mod is not None and mod > 0:
            hy = (h[0] if month >= h[1] else h[0] + 1) + mod - 1
        elif mod is not None and mod < 0:
            hy = (h[0] if month <= h[1] else h[0] - 1) + mod + 1
        else:
            hy = h[0] if month <= h[1] + 6 else h[0] - 1
            probe = hijri_to_gregorian(hy, month, day_of_month(p) or 29)  # a whole month: by its last days
            if future and mod is None and probe is not None and (anchor - probe).days > FUTURE_BEHIND_DAYS:
                hy += 1  # ستقام في 5 محرم, written in Shawwal: next year's (as a Gregorian month)
    day = day_of_month(p)
    if day:
        g = hijri_to_gregorian(hy, month, day)
        if g is None:
            return Resolved("DATE", None)
        return with_daypart(g, p)
    span = hijri_month_range(hy, month)
    return Resolved("DATE", f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None,
                    lexicon().parts.get(p.get("part", "")))
