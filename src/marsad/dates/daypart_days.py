"""A part of the day written right before a day the grammar dated otherwise: «مساء ثاني أيام
العيد», «صباح الثالث من يونيو», «مساء الأحد المقبل» are a TIME of that day (TIMEX3 `2015-07-18TEV`),
one span from the part of the day, as «مساء أمس» and «صباح يوم الجمعة» already were.

Only the parts of the day that are nouns alone (`day_part_nouns`: صباح، مساء، فجر، صبيحة، ظهيرة):
not «ظهر» nor «عصر» («ظهر مؤخرا» appeared lately, «عصر الخمسينيات» the era of the fifties), nor
«ليلة», whose day is the one after it («ليلة العيد» is the eve). A conjunction or preposition
written onto the word («ومساء», «بصباح») stays outside the span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon, norm

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

_ONE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(\w+)\s+$")
_CLITICS = "وفب"  # a conjunction or preposition written onto the noun, left out of the span
LOOK_BACK = 20  # characters read back for the word before a date


@cache
def _nouns() -> frozenset[str]:
    return frozenset(norm(w) for w in lexicon().cues.get("day_part_noun", ()))


def dayparts_of_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """Each DATE of one day with a part-of-the-day noun right before it made a TIME of that part
    of the day, its span opened at the noun."""
    out = []
    for t in timexes:
        if t.type == "DATE" and _ONE_DAY.fullmatch(t.value or ""):
            back = text[max(0, t.start - LOOK_BACK):t.start]
            m = _WORD_BEFORE.search(back)
            written = m.group(1) if m else ""
            # «فجر» as written first: its «ف» is no conjunction
            cut = 0 if norm(written) in _nouns() else 1 if written[:1] in _CLITICS else None
            if m and cut is not None and norm(written[cut:]) in _nouns():
                suffix = lexicon().dayparts[norm(written[cut:])][0]
                start = t.start - len(back) + m.start(1) + cut
                t = replace(t, start=start, type="TIME", value=f"{t.value}T{suffix}")
        out.append(t)
    return out
