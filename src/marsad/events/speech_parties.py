"""A name told only inside the words someone says after the event's trigger is no party of it.

«وأكد في اجتماع مع الجهات العاملة في المنفذ، أن خادم الحرمين الشريفين الملك سلمان ...», «وزاد
- في اتصال هاتفي- أن الأوضاع في عدن مستقرة وما يدلل على ذلك زيارة نائب الرئيس خالد بحاح»: the
meeting or call is where the speaker said it, and what he said — a quotation of the `quotes`
layer opening after the trigger — names what he speaks about, not whom he met or called. A party
of such an event every mention of which in the trigger's sentence lies inside a quotation that
opens after the trigger is dropped from it; the guide's events are between the named actors of
the happening (docs/realtext-annotation.md, Events), and the event left with too few parties
goes with the others that name too few. A trigger inside the quotation («وقال إن الوزير التقى
نظيره X») keeps every party: the happening is what is said.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.model import EventAttrs, QuoteAttrs, Span

_KINDS = frozenset({"MEET", "CALL"})  # a visit's host may be named in the statement issued on it


def drop_speech_parties(ctx: ArticleContext, ev: Span[EventAttrs], quotes: list[Span[QuoteAttrs]]) -> None:
    """Drop from `ev` the parties named in its sentence only inside quotations that open after
    its trigger."""
    at = ev.attrs.trigger_start
    if ev.label not in _KINDS or at is None or not ev.attrs.participants:
        return
    if any(q.start <= at < q.end for q in quotes):
        return  # «وقال إن الوزير التقى نظيره X»: the happening is what is said
    sent = ctx.sentence_at(at)
    if sent is None:
        return
    said = [q for q in quotes if at < q.start < sent.end]
    if not said:
        return
    kept = []
    for p in ev.attrs.participants:
        named = ctx.mentions_of(p, sent.start, sent.end)
        if named and all(any(q.start <= m.start and m.end <= q.end for q in said) for m in named):
            ev.attrs.roles.pop(p, None)
            continue
        kept.append(p)
    ev.attrs.participants = kept
