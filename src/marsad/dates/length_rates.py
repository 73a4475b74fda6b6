"""«24 ساعة في اليوم», «خمس ساعات باليوم», «350 دولارا في اليوم»: a count per day is no deictic "today".

The rate reading («ثلاث مرات في اليوم», a SET) is refused after a time unit (`context._rate`: the length
before holds the rate, as «ستة أشهر في السنة» is the length alone); «اليوم» there is the unit the length is
counted by, not the writing day. The guide leaves a rate of a length open (none in the main gold, a SET
in one dev batch), so it is no timex, as «في السنة», «في الأسبوع» already are."""

from __future__ import annotations

import re

from marsad.dates.grammar import RawTimex
from marsad.dates.lexicon import lexicon
from marsad.lang.clitics import ARTICLE

_PER = re.compile(r"\s+(?:في\s+|ب)")  # what stands between the length and the unit it is counted by
_IN = re.compile(r"(?<![^\W\d_])في\s+$")  # the word «في» (no letter written onto it) right before


def _described(parts: dict[str, str]) -> bool:
    """«في اليوم التالي», «في اليوم الأول», «في اليوم نفسه»: a day of the story, not "per day"."""
    nxt = parts.get("_next", "")
    return (nxt.startswith(ARTICLE) and len(nxt) > 3) or nxt in lexicon().cues.get("not_rate", ())


def _in_the_day(text: str, r: RawTimex) -> bool:
    """A bare «اليوم» right after the word «في», nothing describing it after it: "per day" or "in the
    day" («350 دولارا في اليوم», «عدد السجائر التي يدخنها في اليوم», «أول ما يأكله الأطفال في اليوم»),
    never today, which news writes without «في» (none of 75 such «في اليوم» on the first 3,000 records)."""
    return r.norm == "اليوم" and _IN.search(text, max(0, r.start - 8), r.start) is not None \
        and not _described(r.parts)


def without_day_of_rate(text: str, raws: list[RawTimex]) -> list[RawTimex]:
    """`raws` without a «اليوم» of today right after a length and «في» or «ب» («يعمل 24 ساعة في اليوم»)
    or right after the word «في» (`_in_the_day`)."""
    out: list[RawTimex] = []
    for r in raws:
        if r.kind == "relday" and lexicon().day_words.get(r.parts.get("rel", ""), 1) == 0 and not (
                r.parts.get("wd") or r.parts.get("dp")) and (
                (out and out[-1].kind == "duration" and _PER.fullmatch(text, out[-1].end, r.start)
                 and not _described(r.parts)) or _in_the_day(text, r)):
            continue
        out.append(r)
    return out
