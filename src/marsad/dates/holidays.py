"""The day of a feast (`lang/ar/date_holidays.tsv`): يوم عيد الفطر, ثاني أيام عيد الأضحى.

A feast recurs every (Hijri or Gregorian) year; the one meant is the latest on or before the
anchor, the next one on or after it when the clause speaks of the future or a next word
follows (عيد الأضحى المقبل), the one before the anchor after a last word (الماضي). A feast's nth
day («أول/ثالث أيام العيد») that falls within OCCASION_AHEAD_DAYS after the anchor is the coming
one, as a feast greeted: such days are named ahead («أعلن المفتي أن غدا أول أيام عيد الفطر», a
festival's programme), and a page the neighbours date (`neighbours.py`) may be placed days early.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from marsad.dates.hijri import gregorian_to_hijri, hijri_to_gregorian
from marsad.dates.lexicon import lexicon
from marsad.dates.tense import unjoined

FUTURE_LATE_DAYS = 7  # a feast day told in the future this many days before the anchor is still this year's
FEAST_DAYS = 10  # the last day a feast's days are counted to (عاشر أيام العيد)
OCCASION_AHEAD_DAYS = 30  # a feast greeted this many days ahead of the anchor is the coming one


@cache
def ordinal_days() -> dict[str, int]:
    """The ordinals that count a feast's days («أول/ثاني/رابع أيام عيد الفطر»): the one-word
    ordinals of `lang/ar/date_numbers.tsv` without their article, up to FEAST_DAYS (normalised)."""
    out: dict[str, int] = {}
    for word, value in lexicon().ordinals.items():
        if " " not in word and value <= FEAST_DAYS:
            out[word[2:] if word.startswith("ال") else word] = value
    return out


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
    days = [d + timedelta(days=ordinal_days().get(nth or "", 1) - 1) for d in _occurrences(name, anchor)]
    if mod is not None and mod > 0:
        return next((d for d in days if d >= anchor), None)
    if mod is None and future:  # «ستستمر لرابع أيام عيد الفطر» fetched a day after: still this one
        return next((d for d in days if d >= anchor - timedelta(days=FUTURE_LATE_DAYS)), None)
    if mod is not None and mod < 0:
        return next((d for d in reversed(days) if d < anchor), None)
    if nth and mod is None:  # «أعلن أن غدا أول أيام العيد», a programme's «ثالث أيام العيد» told days ahead
        ahead = next((d for d in days if anchor < d <= anchor + timedelta(days=OCCASION_AHEAD_DAYS)), None)
        if ahead is not None:
            return ahead
    return next((d for d in reversed(days) if d <= anchor), None)


def feast_date(name: str | None, anchor: date, nth: str | None, mod: int | None, future: bool) -> date | None:
    """`holiday_date` of a feast named (`name`), or of «العيد» alone (None): the nearest of the
    feasts called «عيد ...» (`lang/ar/date_holidays.tsv`), the latest before the anchor, the
    earliest after it when the clause speaks of the future or a next word follows."""
    names = [name] if name else [w for w in lexicon().holidays if w.startswith("عيد ")]
    days = [d for n in names if (d := holiday_date(n, anchor, nth, mod, future)) is not None]
    if not days:
        return None
    return min(days) if future or (mod is not None and mod > 0) else max(days)


def announced_holiday(parts: dict[str, str], future: bool) -> bool:
    """Whether a feast is named as a holiday («إجازة عيد الفطر», «خلال عطلة العيد», «بعطلة عيد الأضحى»:
    `feast_holiday` cues of date_cues.tsv right before it), without an ordinal day or a last or next
    word, in a clause that does not speak of the future (there the coming feast is meant, however far):
    a holiday is announced and reported in the days before it as after it, so it is dated as an
    occasion (`occasion_date`), the coming one when it falls within the month after the anchor."""
    if future or parts.get("nth") or parts.get("mod") or parts.get("eve"):
        return False
    word = unjoined(parts.get("_prev", ""))
    holidays = lexicon().cues.get("feast_holiday", ())
    return word in holidays or (word[:1] in ("ب", "ل") and word[1:] in holidays)


def occasion_date(name: str | None, anchor: date) -> date | None:
    """The day of a feast named as the occasion of a greeting («بمناسبة عيد الفطر», «تبادلوا
    التهاني بالعيد السعيد»), of `name` or of any feast «عيد ...» (None): the latest on or before
    the anchor, unless one falls within OCCASION_AHEAD_DAYS after it (greetings are sent in the
    days before a feast too; a party «بمناسبة عيد الأضحى» two months before the next one was
    the last one's)."""
    names = [name] if name else [w for w in lexicon().holidays if w.startswith("عيد ")]
    days = sorted(d for n in names for d in _occurrences(n, anchor))
    ahead = [d for d in days if anchor < d <= anchor + timedelta(days=OCCASION_AHEAD_DAYS)]
    before = [d for d in days if d <= anchor]
    return ahead[0] if ahead else (before[-1] if before else None)
