"""A visit told as made whose length its sentence gives, still under way on the day of writing.

The guide (recorded with events-dev-fresh24) rules a visit still under way on the publication day
«وصل أمس في زيارة تستغرق أربعة أيام» `ongoing`. A visit noun followed within a few words by a
word of length (`visit_length` in lang/ar/event_cues.tsv: تستغرق, تستمر, لمدة) and a length of
days or weeks right after it (the dates step's DURATION, P3D, P1W) gives its length; a visit made
(happened) on a day the text tells (وصل أمس, بدأ السبت), that its length reaches the day of writing
from, is under way. A visit of one day is over on its day («في زيارة لمدة يوم واحد»: the gold keeps
such a visit made); one with no day told is left as told (the report's day stands in for its day
later, and a trip's legs may be over: «خلال زيارة رسمية تستمر أربعة أيام إلى كينيا وإثيوبيا»).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.events.repeats import days_apart
from marsad.model import EventAttrs, Span
from marsad.model.dates import span_days

_LENGTH_CUE = frozenset({"visit_length"})
_NOUN_REACH = 3  # words from the visit noun to its word of length (زيارة رسمية تستمر, زيارة عمل تستغرق)


def visits_under_way(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]],
                     written: str | None) -> None:
    """Each VISIT told as made on a day the text tells, whose sentence gives its visit noun a length of
    two days or more reaching the day of writing `written`, is `ongoing` (its date stays the day
    it began). `events`: (sentence index, event), as `extract_events` holds them."""
    if not written:
        return
    for si, ev in events:
        if ev.label != "VISIT" or ev.attrs.status != "happened" or not ev.attrs.date:
            continue
        days = _length(ctx, ctx.sentences[si])
        gap = days_apart(ev.attrs.date, written[:10])
        if days is not None and days >= 2 and gap is not None and 0 <= gap < days:
            ev.attrs.status = "ongoing"


def _length(ctx: ArticleContext, sent: Sentence) -> int | None:
    """The days a visit noun of the sentence is told to last: a `visit_length` word within
    `_NOUN_REACH` words after a VISIT noun trigger, then a DURATION of days or weeks opening right
    after it («في زيارة تستغرق أربعة أيام», «زيارة لمدة أسبوع»)."""
    ws = sent.words
    for t in sent.triggers():
        if t.row.type != "VISIT" or t.row.pos != "noun":
            continue
        end = t.index + t.size
        for k in range(end, min(len(ws) - 1, end + _NOUN_REACH)):
            if event_cues().at(ws, k, _LENGTH_CUE) is None:
                continue
            for tx in ctx.timexes:
                days = span_days(tx.attrs.value) if tx.label == "DURATION" else None
                if days is not None and tx.start == ws[k + 1].start:
                    return days
    return None
