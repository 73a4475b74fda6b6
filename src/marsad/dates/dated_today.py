"""The day of writing a text names with its date: «اليوم الجمعة 10 يوليو», «أمس الخميس الموافق 9 يوليو»,
«غدا الاثنين (20 يوليو)», «اليوم الأحد 10 شوال».

The weekday the text gives to today («اليوم الجمعة», `extract.writing_day`) places the day of writing
only within a week of the fetch day: a page fetched eleven days after it was written is read as
written the Friday before the fetch. A day word with a weekday and that weekday's own date says
which Friday: the day of writing is that date, less the day word's offset («أمس الخميس 9 يوليو»:
Friday 10 July). A date written without its year takes the latest year, the fetch year or the one
before, in which it falls on the weekday given and not after the fetch day; when neither does (a
misprint), or two such statements name different days, the text says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from marsad.dates.extract import Timex, extract
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.weekdays import APPOSITION, fixed_day

YEARS_BACK = 1  # years before the fetch year a date without its year may fall in
DAY_WORD_WORDS = 3  # words of the longest day word («أول من أمس»)


def _on_weekday(t: Timex, day: date, weekday: int, fetched: date) -> date | None:
    """`day` (the value of the dated expression `t`) when it falls on `weekday`; a Gregorian date
    written without its year moved back a year when that one does. None otherwise."""
    if day.isoweekday() == weekday:
        return day
    parts = t.raw.parts
    if not parts.get("mon") or parts.get("year"):
        return None
    for year in range(fetched.year, fetched.year - YEARS_BACK - 1, -1):
        try:
            other = day.replace(year=year)
        except ValueError:
            continue
        if other.isoweekday() == weekday and other <= fetched + timedelta(days=1):
            return other
    return None


def _day_word_before(text: str, at: int) -> str | None:
    """The day word («أمس», «بعد غد», «أول من أمس») that ends right before offset `at`, the
    longest one; None when the words there are none."""
    words = text[:at].split()[-DAY_WORD_WORDS:]
    day_words = lexicon().day_words
    for n in range(len(words), 0, -1):
        word = norm(" ".join(words[-n:]))
        if word in day_words:
            return word
    return None


@dataclass(frozen=True, slots=True)
class DatedToday:
    """A day word, its weekday and that weekday's date in the text: «اليوم الجمعة 10 يوليو»."""

    day_word: str  # normalised: «اليوم», «أمس», «بعد غد» (a row of the day words)
    weekday: str  # normalised: «الجمعة»
    dated: Timex  # the expression that gives the date («10 يوليو», or the whole phrase)


def _statements(text: str, timexes: list[Timex]) -> list[DatedToday]:
    """Every day word with a weekday and its date in the text: a
    day word with its weekday and the date right after it («اليوم الجمعة (10 يوليو)»), or a
    weekday-first date right after a day word («اليوم الجمعة 10 يوليو», one expression)."""
    lx = lexicon()
    out: list[DatedToday] = []
    for t, u in zip(timexes, timexes[1:], strict=False):
        p = t.raw.parts
        if t.raw.kind == "relday" and p.get("rel") and p.get("wd") and not p.get("ana") \
                and p.get("_prev") not in lx.anaphoric_before and APPOSITION.fullmatch(text, t.end, u.start):
            out.append(DatedToday(p["rel"], p["wd"], u))
    for u in timexes:
        p = u.raw.parts
        rel = _day_word_before(text, u.start) if p.get("wd") and u.raw.kind != "relday" else None
        if rel is not None:
            out.append(DatedToday(rel, p["wd"], u))
    return out


def dated_writing_day(text: str, fetched: date) -> date | None:
    """The day of writing the text's «day word + weekday + its date» name (see the module), when
    they all name one day on or before the day after `fetched` (a fetch time already the next day
    where the page was written: `writing_day.written_on` decides); else None."""
    lx = lexicon()
    days = set()
    for said in _statements(text, extract(text, fetched)):
        day = fixed_day(said.dated)
        if day is None:
            continue
        day = _on_weekday(said.dated, day, lx.weekdays[said.weekday], fetched)
        if day is None:
            return None
        days.add(day - timedelta(days=lx.day_words[said.day_word]))
    if len(days) != 1:
        return None
    day = days.pop()
    return day if day <= fetched + timedelta(days=1) else None
