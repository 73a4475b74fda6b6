"""Find and resolve the temporal expressions of a text against an anchor date."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from marsad.dates.custom_feasts import feast_days_of_custom
from marsad.dates.day_ranges import every_year_ranges, first_days_of_ranges
from marsad.dates.daypart_days import dayparts_of_days
from marsad.dates.final_stretch import final_stretches
from marsad.dates.glossed_days import glossed_days
from marsad.dates.grammar import RawTimex, recognize_normalized
from marsad.dates.habit_lists import listed_habits
from marsad.dates.habits import yearly_habits
from marsad.dates.hijri_years import hijri_months_of_dated_years
from marsad.dates.later_within import later_within
from marsad.dates.length_rates import without_day_of_rate
from marsad.dates.lexicon import lexicon
from marsad.dates.named_days import named_event_days
from marsad.dates.narrative import CLAUSE_BREAK, SENTENCE_BREAK, clock_on_told_day
from marsad.dates.narrative_after import narrative_later
from marsad.dates.present_clause import nowadays_in_clause
from marsad.dates.quoted_days import quoted_days
from marsad.dates.reference import DATE_REFERENCE, OWN_REFERENCE, shifted
from marsad.dates.resolve import DATE_KINDS, TENSE_KINDS, Resolved, resolve
from marsad.dates.school_years import repeated_school_years
from marsad.dates.season_years import without_season_years
from marsad.dates.sentence_reference import compared_in_sentence, counted_in_sentence
from marsad.dates.story_days import days_from_dated_start
from marsad.dates.tense import future_context
from marsad.dates.told_after import told_after
from marsad.dates.units import shift_value, unit_count
from marsad.dates.weekdays import (
    weekday_first_apart,
    weekday_pairs,
    weekdays_before_range_end,
    weekdays_dated_after,
    weekdays_named_before,
)
from marsad.dates.word_forms import range_joint
from marsad.dates.year_lists import hijri_year_pairs, listed_years


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    raw: RawTimex


def extract(text: str, anchor: date | None, found: list[RawTimex] | None = None) -> list[Timex]:
    """Every temporal expression of `text` with its TIMEX3 type and value (offsets into `text`).

    Relative expressions count from the day the text says it was written (`writing_day`).
    `found`: what `recognize` gave for `text` elsewhere (a worker), not recognised again."""
    raws, ntext, where = recognize_normalized(text, found)
    if not raws:
        return []
    raws = [weekday_first_apart(text, r, anchor)
            for r in without_day_of_rate(text, without_season_years(text, raws))]
    anchor = writing_day(raws, anchor)
    out: list[Timex] = []
    one_day = lexicon().one_day
    for r in raws:
        fut = False
        # only these read the clause's tense, in the normalised text («ذات يوم» too: date_relative `one_day`)
        if r.kind in TENSE_KINDS or (r.kind == "ref" and r.parts.get("ref") in one_day):
            start, end = (r.start, r.end) if where is None else (
                bisect_left(where, r.start), bisect_left(where, r.end))
            fut = future_context(ntext, start, end, r.kind == "weekday", r.kind in DATE_KINDS)
        res: Resolved = resolve(r, None if vocalized(text, r.start, r.end) else anchor, fut)
        out.append(Timex(r.start, r.end, res.type, res.value, res.mod, r))
    out = dayparts_of_days(text, out)  # «مساء ثاني أيام العيد»: a part of a day dated otherwise
    joined = _joined_offsets(text, _joined_lengths(text, _day_of_a_date(text, against_dates(out))), anchor)
    named = weekdays_dated_after(text, weekdays_named_before(weekday_pairs(text, joined), anchor))
    years = hijri_year_pairs(text, listed_years(text, named))
    ranged = _clock_ranges(text, _clock_on_day(text, every_year_ranges(
        text, _year_of_a_range(text, named_event_days(text, years)))))
    told = clock_on_told_day(text, ranged, anchor)
    habits = feast_days_of_custom(text, listed_habits(text, yearly_habits(
        text, nowadays_in_clause(text, _habitual(text, told)))))  # «صباح العيد» of a text of custom
    counted = days_from_dated_start(text, counted_in_sentence(text, habits))  # «اليوم الثالث» of a start
    timexes = hijri_months_of_dated_years(text, counted)
    # a weekday before a day counted in its sentence («يوم الأربعاء الخامس من نفس الشهر») is that day
    last = told_after(text, narrative_later(text, final_stretches(text, compared_in_sentence(
        text, first_days_of_ranges(text, weekdays_dated_after(text, timexes))))))
    last = _with_last_marks(text, last)  # «بعد 13 يوما» of a past clause: a length (told_after)
    # «من غد الخميس حتى الخامس عشر من شهر رمضان»: the range's first weekday before its dated end
    last = quoted_days(text, weekdays_before_range_end(text, last))  # «قال أمس: «... اليوم ...»»: yesterday
    last = glossed_days(text, last)  # «يبدأ من اليوم (أمس)»: the day the writer's gloss names
    # «في وقت لاحق من اليوم»: the day, one span; «العام الدراسي» repeating a school year named before it
    return repeated_school_years(text, later_within(text, last))


_LAST_MARKS = re.compile("[\u064b-\u0652]+")  # tanween and short vowels written on the last letter


def _with_last_marks(text: str, timexes: list[Timex]) -> list[Timex]:
    """Each expression's end moved past the tanween or short vowels written on its last letter:
    «سنوياً», «غداً», «أيامٍ» whole (the normalised text leaves the marks out, so the end stood
    before them)."""
    out = []
    for t in timexes:
        m = _LAST_MARKS.match(text, t.end)
        out.append(replace(t, end=m.end()) if m and t.end > t.start else t)
    return out


_MONTH_VALUE = re.compile(r"\d{4}(-(\d\d)(?:-\d\d)?)")
_RANGE_KINDS = ("month", "dmy", "mdy")  # expressions that name a month and may leave out its year


def _year_of_a_range(text: str, timexes: list[Timex]) -> list[Timex]:
    """A month or day without a year joined to one with it («ما بين شهري مايو (أيار) وسبتمبر
    (أيلول) 2006», «من 5 مايو إلى 3 سبتمبر 2006») is in that year (the year before when its
    month comes later): one range, the year written once at its end. A last or next word at
    the end places the range as a year does («بين سبتمبر ويناير الماضيين» 2014-09, «من ديسمبر
    حتى مارس المقبل» 2015-12 from July 2015)."""
    out = list(timexes)
    # the year written, or a last/next word after the range's end
    dated = {i for i, t in enumerate(out) if t.raw.parts.get("year")
             or (t.raw.kind in _RANGE_KINDS and t.raw.parts.get("mod"))}
    for i in range(len(out) - 2, -1, -1):
        t, u = out[i], out[i + 1]
        mine, theirs = _MONTH_VALUE.fullmatch(t.value or ""), _MONTH_VALUE.fullmatch(u.value or "")
        if mine is None or theirs is None or i in dated or i + 1 not in dated or t.raw.parts.get("mod") \
                or t.raw.kind not in _RANGE_KINDS or not range_joint(text, t.end, u.start):
            continue
        year = int(theirs.group()[:4]) - (mine.group(2) > theirs.group(2))
        out[i] = Timex(t.start, t.end, t.type, f"{year:04d}{mine.group(1)}", t.mod, t.raw)
        dated.add(i)
    return out


_LENGTH = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?")
_LENGTH_UNITS = ("Y", "M", "D", "H", "MI")


def _length_parts(value: str | None) -> list[int | None] | None:
    m = _LENGTH.fullmatch(value or "")
    if m is None or not any(m.groups()):
        return None
    return [int(g) if g else None for g in m.groups()]


def _joined_lengths(text: str, timexes: list[Timex]) -> list[Timex]:
    """Two lengths joined by «و», the larger unit first («عامين وثلاثة أشهر», «ساعتين و15
    دقيقة»), are one length: P2Y3M, PT2H15M."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        a, b = (_length_parts(prev.value), _length_parts(t.value)) if prev else (None, None)
        joined = prev is not None and _joined_by_and(text, prev, t)
        alone = [] if t.raw.parts.get("jdual") else [t]  # «والشهرين» only as a length joined to one
        if not joined or a is None or b is None or prev is None or prev.type != "DURATION" \
                or t.type != "DURATION":
            out += alone
            continue
        last_a = max(i for i, v in enumerate(a) if v is not None)
        first_b = min(i for i, v in enumerate(b) if v is not None)
        if last_a >= first_b:
            out += alone
            continue
        parts = [x if x is not None else y for x, y in zip(a, b, strict=True)]
        date_part = "".join(f"{v}{u}" for v, u in zip(parts[:3], "YMD", strict=True) if v is not None)
        time_part = "".join(f"{v}{u}" for v, u in zip(parts[3:], "HM", strict=True) if v is not None)
        value = "P" + date_part + ("T" + time_part if time_part else "")
        out[-1] = Timex(prev.start, t.end, "DURATION", value, prev.mod, prev.raw)
    return out


def _day_of_a_date(text: str, timexes: list[Timex]) -> list[Timex]:
    """«اليوم» right before a date that opens with its day in words («اليوم الأول من رمضان»,
    «اليوم السابع والعشرين من شهر جمادى الأولى») is part of that date, not a day of its own."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if prev is not None and prev.raw.kind == "relday" and prev.value is None and t.raw.parts.get("dayw") \
                and not prev.raw.parts.get("wd") and not text[prev.end:t.start].strip():
            out[-1] = Timex(prev.start, t.end, t.type, t.value, t.mod, t.raw)
        else:
            out.append(t)
    return out


# (unit of an offset, unit of the length joined to it) -> the finer unit, and how many of it
# one unit of the offset is
_FINER = {("Y", "M"): ("M", 12), ("W", "D"): ("D", 7)}
_FINER_INDEX = {"M": 1, "D": 2}  # where the finer unit stands in a length's parts


_COUNTED_FROM = re.compile(r"\s*(?:\S+\s+)?(?:من|على)\s")  # «بعد عام وشهرين (فقط) من الحادث»: from an event


def _joined_by_and(text: str, a: Timex, b: Timex) -> bool:
    return (text[a.end:b.start].strip() or text[b.start:b.start + 1]) == "و"


def _joined_offsets(text: str, timexes: list[Timex], anchor: date | None) -> list[Timex]:
    """An offset joined by «و» to a smaller length is one offset: «قبل عام وشهرين» is 14
    months back (2014-05 from July 2015), «منذ أسبوع و3 أيام» ten days back."""
    if anchor is None:
        return timexes
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        value = None
        if prev is not None and prev.raw.kind == "ago" and prev.type == "DATE" and prev.value \
                and t.type == "DURATION" and not prev.raw.parts.get(OWN_REFERENCE) \
                and not prev.raw.parts.get("plushalf") and _joined_by_and(text, prev, t) \
                and not _COUNTED_FROM.match(text, t.end):
            unit, n = unit_count(prev.raw.parts)
            parts = _length_parts(t.value)
            finer = _FINER.get((unit, "M" if parts and parts[1] else "D"))
            more = parts[_FINER_INDEX[finer[0]]] if parts and finer else None
            if n is not None and parts and finer and more and sum(v is not None for v in parts) == 1:
                k = lexicon().ago[prev.raw.parts["ago"]] * (n * finer[1] + more)
                value = shift_value(anchor, finer[0], k)
        if prev is not None and value is not None:
            out[-1] = Timex(prev.start, t.end, "DATE", value, prev.mod, prev.raw)
        else:
            out.append(t)
    return out


# Vowel marks beyond the tanween of adverbs (غداً, سنوياً): fatha, damma, kasra, shadda, sukun.
_VOWELS = re.compile("[\u064E-\u0652]")
VOCALIZED_REACH = 30  # characters each side of an expression weighed for vowel marks
VOCALIZED_MARKS = 6  # marks in that window that make a passage vocalized


def vocalized(text: str, start: int, end: int) -> bool:
    """An expression inside a vocalized passage: scripture, a hadith or verse quoted in full
    vowels («قال تعالى: الْيَوْمَ أَكْمَلْتُ لَكُمْ دِينَكُمْ»). News prose is written unvocalized, so
    such a passage is a quotation from another time: its «today» is not the article's day,
    and what needs the publication date to be resolved is left without a value."""
    if not _VOWELS.search(text, start, end):
        return False
    window = text[max(0, start - VOCALIZED_REACH):end + VOCALIZED_REACH]
    return len(_VOWELS.findall(window)) >= VOCALIZED_MARKS


# what can say «today/yesterday + weekday»: اليوم الثلاثاء, and a clock time on such a day
# (الساعة 9 مساء اليوم الثلاثاء)
TODAY_KINDS = ("relday", "clock", "hour")


def writing_day(raws: list[RawTimex], anchor: date | None) -> date | None:
    """The day the text was written: `anchor` (the publication or fetch date), moved back to the
    weekday the text itself gives to "today" when its «today/yesterday/tomorrow + weekday» all
    agree on one («أمس الجمعة» in a text dated Tuesday: written on a Saturday, three days
    before). A text is written on or before the day it is published or fetched, so the move is
    back, by up to five days, or one day ahead (a date kept in another time zone, a page
    fetched just before midnight); with no such statement, or ones that disagree, `anchor`
    as it is."""
    if anchor is None:
        return None
    today = today_weekdays(raws)
    if len(today) != 1:
        return anchor
    back = (anchor.isoweekday() - today.pop()) % 7
    return anchor - timedelta(days=back if back < 6 else -1)


def today_weekdays(raws: list[RawTimex]) -> set[int]:
    """The ISO weekdays of the day of writing the text's «today/yesterday/tomorrow + weekday» give
    («أمس الجمعة»: a Saturday); one when they agree."""
    lx = lexicon()
    return {(lx.weekdays[r.parts["wd"]] - 1 - lx.day_words[r.parts["rel"]]) % 7 + 1 for r in raws
            if r.kind in TODAY_KINDS and r.parts.get("rel") and r.parts.get("wd")
            and not r.parts.get("ana") and r.parts.get("_prev") not in lx.anaphoric_before}


def text_writing_day(text: str, anchor: date, found: list[RawTimex] | None = None) -> date:
    """`writing_day` of a whole text against `anchor`, its weekday-first names set apart as
    `extract` does (the day `extract` resolves the text's relative dates from); `found` as
    in `extract`."""
    raws = recognize_normalized(text)[0] if found is None else found
    return writing_day([weekday_first_apart(text, r, anchor) for r in raws], anchor) or anchor


def against_dates(timexes: list[Timex]) -> list[Timex]:
    """Offsets counted from the date expression right after them («بعد يومين من 5 مارس»):
    that date moved, at its own precision; left as their length when the unit is finer."""
    out = list(timexes)
    for i, t in enumerate(out[:-1]):
        p = t.raw.parts
        if p.get(DATE_REFERENCE):
            unit, n = unit_count(p)
            value = shifted(out[i + 1].value, unit, lexicon().ago[p["ago"]] * n) if n is not None else None
            if value is not None:
                out[i] = Timex(t.start, t.end, "DATE", value, t.mod, t.raw)
    return out


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T(MO|AF|EV|NI))?")
CLOCK_REACH = 30  # characters at most between a day expression and the clock time it dates
_AFTERNOON = ("AF", "EV")  # a daypart of these turns a clock hour below 12 into the afternoon's


def _clock_on_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time right after a day in its sentence is a time of that day, in its part of
    the day («عصر اليوم السبت في تمام الساعة 5:30» → Saturday 17:30), not of the anchor's."""
    out = list(timexes)
    for i in range(1, len(out)):
        t, prev = out[i], out[i - 1]
        if t.type != "TIME" or t.raw.kind not in ("clock", "hour") or t.raw.parts.get("rel") or not t.value:
            continue
        day = _DAY_VALUE.fullmatch(prev.value or "")
        gap = text[prev.end:t.start]
        if day is None or len(gap) > CLOCK_REACH or SENTENCE_BREAK.search(gap):
            continue
        hour, minute = int(t.value[11:13]), t.value[13:]
        if day.group(1) in _AFTERNOON and hour < 12 and not t.raw.parts.get("dp"):
            hour += 12
        out[i] = Timex(t.start, t.end, t.type, f"{day.group()[:10]}T{hour:02d}{minute}", t.mod, t.raw)
    return out


_CLOCK_RANGE = re.compile(r"[\u064B-\u0652]*(?:\s*(?:و\s*)?(?:الى|إلى|حتى|لغاية)\s+|\s*[-–]\s*)")
_DAY_VALUE_START = re.compile(r"\d{4}-\d\d-\d\d(?!\S*/)")  # one day, not a range of days (a Hijri month)


def _clock_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """A range of two clock times («من الساعة الـ 12 مساء إلى الساعة الـ 3 مساء», «من العاشرة صباحاً
    وحتى الخامسة») is the hours of a rule, a schedule or a habit, of any day (XXXX-XX-XX, as the
    dates golds write a daily rule), unless a day stands before it in its sentence («أمس ... من
    الساعة 10 حتى 2», «أول أيام العيد ... من الساعة الرابعة وحتى السابعة»: both ends on the last such
    day, not the writing day); its first end, with no part of the day of its
    own, is in the second's afternoon when that keeps it the earlier (16:00-22:00)."""
    out = list(timexes)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "TIME" or b.type != "TIME" or not a.value or not b.value \
                or a.raw.kind not in ("clock", "hour") or b.raw.kind not in ("clock", "hour") \
                or a.raw.parts.get("rel") or b.raw.parts.get("rel") \
                or not _CLOCK_RANGE.fullmatch(text, a.end, b.start):
            continue
        ha, hb, clock_a = int(a.value[11:13]), int(b.value[11:13]), a.value[13:]
        if not (a.raw.parts.get("dp") or a.raw.parts.get("ampm")) and ha < 12 < hb and ha + 12 < hb:
            ha += 12
        told = [t for t in out[:i] if t.type in ("DATE", "TIME") and t.raw.kind not in ("clock", "hour")
                and _DAY_VALUE_START.match(t.value or "") and not CLAUSE_BREAK.search(text, t.end, a.start)]
        if told:  # «أول أيام العيد ... من الساعة الرابعة وحتى السابعة»: both ends on the day told
            day = (told[-1].value or "")[:10]
            out[i] = Timex(a.start, a.end, a.type, f"{day}T{ha:02d}{clock_a}", a.mod, a.raw)
            out[i + 1] = Timex(b.start, b.end, b.type, day + b.value[10:], b.mod, b.raw)
            continue
        out[i] = Timex(a.start, a.end, a.type, f"XXXX-XX-XXT{ha:02d}{clock_a}", a.mod, a.raw)
        out[i + 1] = Timex(b.start, b.end, b.type, f"XXXX-XX-XX{b.value[10:]}", b.mod, b.raw)
    return out


def _habitual(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time or a period of the day in the sentence of a recurring time (يوميا) is a time of
    any day.

    "In the sentence": no sentence break between the two. The breaks are found once and the
    nearest recurring time on each side is looked up by bisection (expressions never
    overlap), so this stays n log n however many times and breaks a text holds."""
    sets = sorted((t for t in timexes if t.type == "SET"), key=lambda t: t.start)
    if not sets:
        return timexes
    breaks = array("q", (m.start() for m in SENTENCE_BREAK.finditer(text)))
    set_starts = [s.start for s in sets]

    def same_sentence(t: Timex, s: Timex) -> bool:
        lo, hi = min(t.end, s.end), max(t.start, s.start)
        return hi <= lo or bisect_left(breaks, lo) == bisect_left(breaks, hi)

    out = []
    for t in timexes:
        if t.type == "TIME" and t.raw.kind in ("clock", "hour", "day_period") and not t.raw.parts.get("rel"):
            k = bisect_left(set_starts, t.start)
            if any(same_sentence(t, sets[j]) for j in range(max(0, k - 1), min(len(sets), k + 2))):
                clock = (t.value or "")[10:]
                t = Timex(t.start, t.end, t.type, f"XXXX-XX-XX{clock}" if clock else None, t.mod, t.raw)
        out.append(t)
    return out


def parse_date(s: str) -> date | None:
    """A `YYYY-MM-DD` string (or its prefix of a longer timestamp) as a date."""
    try:
        return date.fromisoformat(s[:10])
    except (ValueError, TypeError):
        return None
