"""«اليوم» glossed by the writer with the day it was: «وهذا يبدأ من اليوم (أمس) بقرار مجلس الأمن», «هذه
الاتفاقية التي نوقعها اليوم – البارحة - مع مجموعة», «في الساعة الثالثة من فجر اليوم (أمس الخميس)».

A newspaper printing words said or written the day before leaves the speaker's «اليوم» and adds the
day it was in brackets or between dashes right after it. The gloss is the day: «اليوم» (with a part
of the day, «فجر اليوم», or «هذا اليوم») takes the date of the day word of the gloss («أمس», «البارحة»,
with a weekday or not), its own time of day kept. Only a gloss that opens right after «اليوم» (a bracket or a
dash, `GLOSS_OPEN`) and closes right after its day word (`GLOSS_CLOSE`): «اليوم أمس» or «اليوم، وأمس» are
two days. On the 31,030 SaudiNewsNet records 24 such glosses; none in the dev or test golds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

GLOSS_OPEN = re.compile(r"\s{0,2}[(\[–—-]\s{0,2}")  # between «اليوم» and the gloss's day word
GLOSS_CLOSE = re.compile(r"\s{0,2}[)\]–—-]")  # right after the gloss's day word (or the last of its span)
_TODAY = re.compile(r"اليوم$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _gloss_day(text: str, t: Timex, u: Timex) -> str | None:
    """The date of `u` when it glosses the «اليوم» that `t` ends with, else None."""
    if not _TODAY.search(text, t.start, t.end) or not _DAY.match(t.value or ""):
        return None
    if not GLOSS_OPEN.fullmatch(text, t.end, u.start) or u.raw.kind != "relday":
        return None
    if lexicon().day_words.get(u.raw.parts.get("rel", ""), 0) == 0:  # «اليوم (اليوم)», no day word
        return None
    closed = text[u.end - 1] in ")]–—-" or GLOSS_CLOSE.match(text, u.end) is not None
    day = _DAY.match(u.value or "")
    return day.group() if closed and day is not None else None


def glossed_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each «اليوم» glossed «(أمس)» moved to the gloss's day (module doc)."""
    out = list(timexes)
    for i in range(len(out) - 1):
        day = _gloss_day(text, out[i], out[i + 1])
        if day is not None and (out[i].value or "")[:10] != day:
            out[i] = replace(out[i], value=day + (out[i].value or "")[10:])
    return out
