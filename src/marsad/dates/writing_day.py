"""The day a page was written, when its metadata gives only the day it was fetched.

SaudiNewsNet's `date_extracted` is the fetch time: a ceiling on the publication date, not a claim.
The page's URL (a daily's issue /Issues/20150730/), a month the text calls the current one, or the
text's «اليوم/أمس + weekday» can name an earlier day of writing (`written_on`); relative dates count
from it (`writing_anchor`), and `publication.infer_published` makes it the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from marsad.dates.current_month import current_month_day
from marsad.dates.dated_today import dated_writing_day
from marsad.dates.extract import extract, text_writing_day, today_weekdays
from marsad.dates.grammar import RawTimex
from marsad.dates.lexicon import lexicon
from marsad.dates.weekdays import dated_range_openings, opens_a_range
from marsad.model import DateEvidence, Published
from marsad.model.published import DATED_DAY, MONTH_DAY, RANGE_DAY, URL_DAY, WEEKDAY_DAY

# Metadata fields that say when the page was fetched, not published: the article cannot be
# newer, so a date the text gives after it is no publication date.
RETRIEVAL_FIELDS = frozenset({"date_extracted"})
AFTER_RETRIEVAL = "date_after_retrieval"
# SaudiNewsNet's fetch times are UTC and its outlets write in Saudi time (UTC+3, no daylight saving):
# a page fetched from this hour on was fetched on the next local day, so it may be written on it.
LOCAL_MIDNIGHT_UTC_HOUR = 21
_FETCH_HOUR = re.compile(r"\d{4}-\d\d-\d\d[ T](\d\d):")


def _fetched_next_local_day(meta: dict[str, Any]) -> bool:
    """Whether the metadata's fetch time lies on the next day in Saudi time (after 21:00 UTC)."""
    m = _FETCH_HOUR.match(str(meta.get("date") or ""))
    return m is not None and int(m[1]) >= LOCAL_MIDNIGHT_UTC_HOUR


# A day written into the page's address: /2015/07/20/, /Issues/20150730/, /2015/20150725/.
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def url_day(url: str | None) -> date | None:
    """The first calendar day a URL's path spells, or None."""
    for m in _URL_DAY.finditer(url or ""):
        try:
            return date(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:
            continue
    return None


def range_writing_day(text: str, raws: list[RawTimex], fetched: date) -> date | None:
    """The day of writing a range's first weekday fixes when the range's end names its own date
    before the day the fetch day gives that weekday (`weekdays.weekdays_before_range_end`, which
    moves the weekday back before the end: «ابتداء من غد الخميس حتى الخامس عشر من شهر رمضان» on a
    page fetched in late July is the Thursday before that 15 Ramadan, so the page was written on the
    Wednesday before it). «غد/اليوم/أمس + weekday» gives the day itself; «يوم الأحد القادم» only the
    week before that Sunday, so the day only with the weekday the text gives to today («أمس السبت»:
    the Sunday a week before). None unless every such range names one day, before the day the
    fetch day and the text's weekdays give."""
    if not any(opens_a_range(text, r) for r in raws):
        return None
    timexes = extract(text, fetched)
    lx = lexicon()
    todays = today_weekdays(raws)
    if len(todays) > 1:  # the text's «اليوم/أمس + weekday» disagree
        return None
    today = next(iter(todays), None)
    days = set()
    for i, _ in dated_range_openings(text, timexes):
        t = timexes[i]
        day = date.fromisoformat(t.value[:10]) if t.value and len(t.value) >= 10 else None
        if day is None:
            return None
        if t.raw.kind == "relday":  # «غد الخميس»: a day before the Thursday
            written = day - timedelta(days=lx.day_words[t.raw.parts["rel"]])
            if today is not None and written.isoweekday() != today:
                return None
        elif lx.modifiers.get(t.raw.parts.get("mod", "")) == 1 and today is not None:
            written = day - timedelta(days=(day.isoweekday() - today) % 7 or 7)
        else:
            return None
        days.add(written)
    if len(days) != 1:
        return None
    day = days.pop()
    return day if day < text_writing_day(text, fetched) else None


def written_on(text: str, raws: list[RawTimex], meta: dict[str, Any],
               fetched: date) -> DateEvidence | None:
    """The day of writing, when the date chosen is only the fetch day `fetched` (the metadata's
    `date_extracted`, nothing in the text overturning it; `publication.infer_published` asks only
    then) and something names an earlier one:
    - the page's URL (a daily's issue fetched after midnight, an archive page);
    - the text's «اليوم/أمس + weekday» with that weekday's date («اليوم الجمعة 10 يوليو»,
      `dated_today.dated_writing_day`), however long before the fetch day;
    - a month the text names as the current one («يونيو الجاري») that is not the fetch month
      (`current_month.current_month_day`: its latest day, or the text's weekday in it);
    - the text's «اليوم/أمس + weekday», all on one weekday: the latest such day on or before the
      fetch day (`extract.writing_day`; a page cannot be written after it was fetched, so the
      weekday moves back up to six days, never ahead: «أمس الثلاثاء» fetched on a Tuesday
      morning was written on the Wednesday before), but for one day ahead when the fetch time
      is already the next day in Saudi time.
    It is not weighed against the other candidates: it is the day of writing that relative dates
    count from (`writing_anchor`); the URL's or the weekday's day is also the publication date
    (`infer_published`)."""
    day = url_day(meta.get("url"))
    if day is not None and day < fetched:
        return DateEvidence(URL_DAY, day.isoformat(), None, None, "day in the page's URL, before the "
                            "fetch day chosen: relative dates count from it")
    day = dated_writing_day(text, fetched)
    if day is not None and day != fetched and (day < fetched or _fetched_next_local_day(meta)):
        return DateEvidence(DATED_DAY, day.isoformat(), None, None, "the text gives today its weekday "
                            "and date: relative dates count from that day")
    day = current_month_day(text, raws, fetched)
    if day is not None:
        return DateEvidence(MONTH_DAY, day.isoformat(), None, None, "the text names another month as the "
                            "current one: relative dates count from its latest day (or the weekday "
                            "the text gives to today in it)")
    day = range_writing_day(text, raws, fetched)
    if day is not None:
        return DateEvidence(RANGE_DAY, day.isoformat(), None, None, "a range's first weekday counted "
                            "from the writing day falls before the dated end of the range: relative "
                            "dates count from the day it was told from")
    day = text_writing_day(text, fetched)
    if day > fetched and not (day == fetched + timedelta(days=1) and _fetched_next_local_day(meta)):
        day -= timedelta(days=7)  # «صباح اليوم الاثنين» fetched on Sunday 23:24 UTC: Monday in Riyadh
    if day != fetched:
        return DateEvidence(WEEKDAY_DAY, day.isoformat(), None, None,
                            "weekday the text gives to today, not the fetch day chosen: "
                            "relative dates count from it")
    return None


def writing_anchor(published: Published) -> date | None:
    """The day an article's relative dates («اليوم», «أمس», «هذا الأسبوع») count from: the day of
    writing its URL or its weekdays give (`written_on`), else its publication date."""
    try:
        return date.fromisoformat(published.written or "")
    except ValueError:
        return None
