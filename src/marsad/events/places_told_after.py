"""A place told after the event, where the text turns back to it with its noun.

«أبرمت الحكومة السودانية يوم الأربعاء أضخم اتفاق ... وجرت مراسم توقيع الاتفاق التاريخي بالقصر
الرئاسي بالخرطوم»; «وقعت المملكة اتفاقيات ثنائية مع ... وقد جرت مراسم توقيع الاتفاقيات في جنيف»;
«بحث خادم الحرمين ... مع وزير الخارجية ... جاء ذلك خلال استقبال خادم الحرمين في قصر السلام»: an
event that names no place of its own takes the place a later sentence gives to a noun of its type
that tells no event of its own (the event told before, named again by its noun), up to the next
event of that type. The place must be a location after a place preposition a few words from that
noun, and the one such place there.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.places import after_title, bracketed_region, discussed, is_place, named_facility
from marsad.model import EventAttrs, QuoteAttrs, Span

_PLACE_PREPS = frozenset({"place_prep"})
_TOLD_TYPES = frozenset({"AGREE", "MEET", "VISIT"})
_REACH = 8  # words from the noun to its place (جرت مراسم توقيع الاتفاق التاريخي بالقصر الرئاسي بالخرطوم)
_AHEAD = 4  # sentences after the event the noun may stand in


def places_told_after(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]],
                      quotes: list[Span[QuoteAttrs]]) -> None:
    """Fill the place of each placeless event from a later sentence's noun of its type that makes
    no event of its own (`events`: (sentence index, event) as `extract_events` holds them); not
    one in a quotation («المملكة على علم بالاجتماعات في القاهرة»: other meetings a speaker
    speaks of)."""
    told = {(si, ev.label) for si, ev in events if ev.attrs.participants}  # one with no party is dropped
    for si, ev in events:
        if ev.attrs.place is not None or ev.label not in _TOLD_TYPES:
            continue
        found: set[str] = set()
        for sj in range(si + 1, min(len(ctx.sentences), si + 1 + _AHEAD)):
            if (sj, ev.label) in told:
                break  # another report of that type: the nouns after it are its own
            found |= _places_at_nouns(ctx, sj, ev.label, quotes)
            if found:
                break
        if len(found) == 1 and (place := found.pop()) not in ev.attrs.participants:
            ev.attrs.place = place


def _places_at_nouns(ctx: ArticleContext, sj: int, label: str, quotes: list[Span[QuoteAttrs]]) -> set[str]:
    """The places named after a place preposition within reach after the sentence's triggers of
    type `label` (ووقع الاتفاقية التي جرت بمقر الجمعية بالرياض: a verb whose doer is not named)."""
    sent = ctx.sentences[sj]
    out: set[str] = set()
    for t in sent.triggers():
        at = sent.words[t.index].start
        if t.row.type != label or any(q.start <= at < q.end for q in quotes):
            continue
        end = t.index + t.size
        hi = sent.words[min(len(sent.words), end + _REACH) - 1].end
        for m in ctx.mentions_in(sent.words[t.index].end, hi):
            if (m.label == "LOC" or named_facility(ctx, m)) and is_place(ctx, sent, m, _PLACE_PREPS) \
                    and not bracketed_region(ctx, m) and not discussed(ctx, sent, m) \
                    and not after_title(ctx, sent, m):
                out.add(ctx.entity_of(m))
    return out
