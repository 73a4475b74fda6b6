"""The nth day of something whose start the text dated before: «منذ بداية "عاصفة الحزم" يوم الخميس السادس
من جمادى الآخرة ... في اليوم الأول من "عاصفة الحزم" ... في اليوم الثالث لها» (timex-dev-24).

«اليوم» before an ordinal is a day of something else, read without a value (`resolve._relday`), and
`sentence_reference` counts only «التالي»/«نفسه» from a date of their own sentence. When a `story_start`
word of `lang/ar/date_cues.tsv` («بداية», «انطلاق») stands a few words before a date that names a day,
the text has told when the thing started: its first day is that day, its nth day that day plus n - 1,
wherever in the text after it the day is told. Not the nth day of a unit («اليوم الأول من العام
الدراسي», «اليوم الثاني من الأسبوع»); a month's day («اليوم الأول من رمضان») is a date of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon, norm
from marsad.dates.reference import shifted
from marsad.dates.word_forms import is_cue
from marsad.lang.clitics import ARTICLE
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

START_REACH = 4  # words between a start word and the date of that start («بداية "عاصفة الحزم" يوم»)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _nth(text: str, t: Timex) -> int | None:
    """n of a bare «اليوم» before an ordinal n with no value («اليوم الثالث»), else None."""
    lx = lexicon()
    p = t.raw.parts
    if t.raw.kind != "relday" or t.value is not None or t.type != "DATE" or p.get("wd") or p.get("dp") \
            or lx.day_words.get(p.get("rel", "")) != 0:
        return None
    n = lx.ordinals.get(p.get("_next", ""))
    if n is None:
        return None
    after = [norm(w) for w in WORD.findall(text[t.end:t.end + 60])][1:3]
    if len(after) == 2 and after[0] == "من" and after[1].removeprefix(ARTICLE) in lx.units:
        return None  # «اليوم الأول من العام الدراسي», «اليوم الثاني من الأسبوع»: a day of a unit
    return n


def _dated_start(text: str, c: Timex) -> date | None:
    """The day `c` names when a start word stands at most START_REACH words before it, else None."""
    if c.type != "DATE" or not _DAY.fullmatch(c.value or ""):
        return None
    before = WORD.findall(text[max(0, c.start - 80):c.start])[-START_REACH:]
    if not any(is_cue(norm(w), "story_start") for w in before):
        return None
    return date.fromisoformat(c.value or "")


def _month(start: date, n: int) -> str | None:
    """The nth month from `start` as a range of days: «الشهر الأول» from 26 March is 2015-03-26/2015-04-25
    (None out of the calendar)."""
    first, after = shifted(start.isoformat(), "M", n - 1), shifted(start.isoformat(), "M", n)
    if first is None or after is None:
        return None
    return f"{first}/{(date.fromisoformat(after) - timedelta(days=1)).isoformat()}"


def days_from_dated_start(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each nth day of something («اليوم الثالث») counted from the nearest start dated
    before it in the text (`_dated_start`); with none it stays without a value. An nth month since a
    start («الشهر الأول منذ بداية ...», `story_month`) is the nth month from that day, as a later nth month
    without «منذ» («وفي الشهر الثاني»); no date where the text dated no start or told no month since it."""
    lx = lexicon()
    nths = [_nth(text, t) for t in timexes]
    if not any(n or t.raw.kind == "story_month" for n, t in zip(nths, timexes, strict=True)):
        return timexes
    out: list[Timex] = []
    start: date | None = None
    counting = False  # a month since the start was told: a later «الشهر الثاني» goes on counting
    for t, n in zip(timexes, nths, strict=True):
        if t.raw.kind == "story_month":
            counting = counting or bool(t.raw.parts.get("since"))
            if start is not None and counting:
                out.append(replace(t, value=_month(start, lx.ordinals[t.raw.parts["smonth"]])))
            continue
        if n is not None and start is not None:
            t = replace(t, value=(start + timedelta(days=n - 1)).isoformat())
        elif n is None:
            start = _dated_start(text, t) or start
        out.append(t)
    return out
