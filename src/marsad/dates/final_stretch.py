"""The last days, weeks or months of a dated period: «الأيام الأخيرة من شهر رمضان» is the end of
that Ramadan, not the recent past.

A plural unit with a word of «last» (`last_stretch` cues: «الأيام الأخيرة», «الأشهر الأخيرة») is
the stretch up to now, PAST_REF («تحسن الأداء خلال الأسابيع الأخيرة»). Followed by «من» (a `final_of`
cue) and a date right after it («في الأيام الأخيرة من شهر رمضان», «في الأشهر الأخيرة من الربع
الثاني»), it is the final part of that date: one expression from the plural to the date's end, with
the date's value and mod END (as «نهاية شهر رمضان»). Without a date right after «من» («في السنوات
الأخيرة من حكمه») it is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.word_forms import is_cue

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

_JOIN = re.compile(r"\s+(\S+)\s+")  # the word between the plural and the date


def _last_plural(t: Timex) -> bool:
    """«الأيام الأخيرة», «الأشهر الاخيرة»: a plural unit (no count) with a word of «last», the past."""
    p = t.raw.parts
    return t.raw.kind == "deictic" and t.value == "PAST_REF" and not (p.get("dem") or p.get("part")) \
        and is_cue(p.get("mod", ""), "last_stretch")


def final_stretches(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each plural of «last» joined to the date right after «من» (module doc)."""
    out: list[Timex] = []
    skip = False
    for i, t in enumerate(timexes):
        if skip:
            skip = False
            continue
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        m = _JOIN.match(text, t.end) if nxt is not None and _last_plural(t) else None
        if nxt is not None and m is not None and m.end() == nxt.start and nxt.value \
                and is_cue(m.group(1), "final_of") and nxt.type == "DATE":
            out.append(replace(nxt, start=t.start, mod="END"))
            skip = True
            continue
        out.append(t)
    return out
