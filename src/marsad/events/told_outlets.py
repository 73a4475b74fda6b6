"""The news outlets an article says words were told to («وأوضح لـ«عكاظ»»): the hearer of a
statement, never its speaker. `told_bodies` finds them; `HEARER_MARKS` are the marks around
a hearer named after «لـ»."""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext
from marsad.events.outlets import outlets
from marsad.lang import load_table
from marsad.lang.normalize import normalize

HEARER_MARKS = " \"'«»“”()"  # around a hearer named after «لـ»


@cache
def _told_outlet_words() -> frozenset[str]:
    """The bare names of papers that are common words (ner_told_outlets kind outlet: «سبق»)."""
    return frozenset(normalize(r["word"]) for r in load_table("ner_told_outlets") if r["kind"] == "outlet")


def told_bodies(ctx: ArticleContext) -> set[str]:
    """The news outlets the article names right after a «لـ», glued or apart, in marks or not
    («ويرويها المسؤول لـ"[سبق]"», «وأوضح لـ«[عكاظ]»»): the paper words were said to, which a verb
    with no subject of its own never goes back to as its speaker («… تحتفظ "سبق" بمعلوماته- قال:
    "…"» is the official's). Only outlets: «التابعة لـ"حزب الله"» is whose, not to whom."""
    out = set()
    for m in ctx.mentions:
        ent = ctx.entity_of(m)
        if m.label != "ORG" or not (ent in outlets() or normalize(m.slice(ctx.text)) in _told_outlet_words()):
            continue
        head = ctx.text[max(0, m.start - 12):m.start].rstrip(HEARER_MARKS).split()
        if head and head[-1].replace("ـ", "") in ("ل", "لل"):
            out.add(ent)
    return out
