"""«اليوم» inside quoted words is the day the words were said, when the sentence that reports them names
that day right before the quotation.

«وقال اللاعب أمس: «واليوم أوجه الشكر إلى الجماهير»» was read as the writing day; the player said it
yesterday, so his «اليوم» is yesterday too. The day is the last expression of a whole day («أمس», «يوم
الأحد», «مساء أول من أمس») of the reporting sentence before the quotation opens, at most REPORT_REACH
words before it. Not when the reporting sentence names no day («وقال الوزير: «نبدأ اليوم»»: the words
of the writing day), nor a «اليوم» already read as the present (PRESENT_REF: «نعيش اليوم مرحلة صعبة»), nor
one with its weekday («اليوم الأحد») or a quotation opened in an earlier paragraph, nor when the day named
is not before the writing day's «اليوم» (words are reported after they are said). The quotation is a pair
of marks as `lang.marks.quote_pairs` reads them, the quotations step's own reading (straight marks
«"…"» too), closed in its paragraph; as there, marks opened inside the quotation drop the outer pair
(«قال أمس: «نحن “الفريق” نلعب اليوم»»: the writing day), a shape no dev article showed with a quoted
«اليوم», where straight marks the old backward scan did not know showed six times.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon
from marsad.dates.narrative import SENTENCE_BREAK
from marsad.lang.marks import quote_pairs
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

LOOK_BACK = 600  # characters read back for the quotation's opening mark
REPORT_REACH = 12  # words at most between the reporting sentence's day and the opening mark
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_REPORT_KINDS = ("relday", "weekday")  # the day words a report is told on (أمس, يوم الأحد)


def _opening(text: str, at: int) -> int | None:
    """Where the quotation around offset `at` opens (its paragraph only), or None outside one: the
    opening mark of the pair of quotation marks (lang.marks.quote_pairs) that holds it."""
    start = max(0, at - LOOK_BACK, text.rfind("\n", 0, at) + 1)
    end = text.find("\n", at)
    held = [s - 1 for s, e in quote_pairs(text, start, len(text) if end < 0 else end) if s <= at < e]
    return held[-1] if held else None


def _today(t: Timex) -> bool:
    """A bare «اليوم» (a part of the day allowed: «مساء اليوم») valued as a day."""
    parts = t.raw.parts
    return t.raw.kind == "relday" and not parts.get("wd") and _DAY.match(t.value or "") is not None \
        and lexicon().day_words.get(parts.get("rel", ""), 1) == 0


def _told_day(text: str, opening: int, before: list[Timex]) -> str | None:
    """The day the reporting sentence names right before the quotation opening at `opening`."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, opening - LOOK_BACK), opening)]
    sentence = breaks[-1] if breaks else max(0, opening - LOOK_BACK)
    for t in reversed(before):
        if t.end > opening:
            continue
        if t.start < sentence or len(WORD.findall(text, t.end, opening)) > REPORT_REACH:
            return None
        day = _DAY.match(t.value or "")
        return day.group() if day is not None and t.raw.kind in _REPORT_KINDS else None
    return None


def quoted_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each quoted «اليوم» moved to the day its reporting sentence names (module doc)."""
    if not any(map(_today, timexes)):
        return timexes
    out = list(timexes)
    for i, t in enumerate(out):
        opening = _opening(text, t.start) if _today(t) else None
        day = None if opening is None else _told_day(text, opening, out[:i])
        if day is not None and day < (t.value or "")[:10]:  # words said before the writing day, never after
            out[i] = replace(t, value=day + (t.value or "")[10:])
    return out
