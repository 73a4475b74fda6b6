"""«24 ساعة في اليوم», «خمس ساعات باليوم»: a length counted per day is no deictic "today".

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


def _described(parts: dict[str, str]) -> bool:
    """«في اليوم التالي», «في اليوم الأول», «في اليوم نفسه»: a day of the story, not "per day"."""
    nxt = parts.get("_next", "")
    return (nxt.startswith(ARTICLE) and len(nxt) > 3) or nxt in lexicon().cues.get("not_rate", ())


def without_day_of_rate(text: str, raws: list[RawTimex]) -> list[RawTimex]:
    """`raws` without a «اليوم» of today right after a length and «في» or «ب» («يعمل 24 ساعة في اليوم»)."""
    out: list[RawTimex] = []
    for r in raws:
        if r.kind == "relday" and out and out[-1].kind == "duration" \
                and lexicon().day_words.get(r.parts.get("rel", ""), 1) == 0 \
                and _PER.fullmatch(text, out[-1].end, r.start) and not _described(r.parts):
            continue
        out.append(r)
    return out
