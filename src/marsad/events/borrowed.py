"""What an event takes from the rest of its article.

`borrow_pairs`: a dual office subject with no names (وزيرا الخارجية ... في اتصال هاتفي) takes
the two persons a nearby sentence pairs with a counterpart noun (X ... لنظيره Y).
`share_rounds`: events of one type sharing a participant share their round and series.
`round_from_other_script`: a round stated in another script (an embedded post) fills a
series event that lacks one.
"""

from __future__ import annotations

from marsad.events.context import EVENT_ROLES, ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.events.rounds import round_in_text
from marsad.model import EventAttrs, Span

ROUND_ROLES = ("title", "body", "heading", "caption", "embed")
_PAIRING = frozenset({"counterpart", "dual_subject"})
_COUNTERPART = frozenset({"counterpart"})
_NEARBY = 3


def _persons_paired(ctx: ArticleContext, sent: Sentence) -> list[str]:
    """The two persons a sentence pairs with a counterpart noun (X ... لنظيره Y); one person named
    on both sides («نقل للرئيس السيسي تحيات نظيره الصيني، وتطلعه إلى استقبال الرئيس السيسي») is no
    pair: the counterpart is unnamed there."""
    ws = sent.words
    for j in range(len(ws)):
        if not event_cues().at(ws, j, _COUNTERPART):
            continue
        before = ctx.mentions_in(sent.start, ws[j].start, ("PER",))
        after = ctx.mentions_in(ws[j].end, sent.end, ("PER",))
        if before and after and ctx.entity_of(before[-1]) != ctx.entity_of(after[0]):
            return [ctx.entity_of(before[-1]), ctx.entity_of(after[0])]
    return []


def borrow_pairs(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    for si, ev in events:
        if len(ev.attrs.participants) >= 2 or ev.label not in ("MEET", "CALL", "AGREE", "VISIT"):
            continue
        sent = ctx.sentences[si]
        if not any(event_cues().at(sent.words, j, _PAIRING) for j in range(len(sent.words))):
            continue
        for d in sorted(range(-_NEARBY, _NEARBY + 1), key=abs):
            k = si + d
            if 0 <= k < len(ctx.sentences) and ctx.sentences[k].role in EVENT_ROLES:
                pair = _persons_paired(ctx, ctx.sentences[k])
                if pair:
                    ev.attrs.participants = pair
                    break


def share_rounds(events: list[Span[EventAttrs]]) -> None:
    for ev in events:
        if ev.attrs.round is not None:
            continue
        for other in events:
            if other is ev or other.label != ev.label or other.attrs.round is None:
                continue
            if set(other.attrs.participants) & set(ev.attrs.participants):
                ev.attrs.round = other.attrs.round
                if not ev.attrs.series:
                    ev.attrs.series = other.attrs.series
                    ev.attrs.series_label = other.attrs.series_label
                break


def round_from_other_script(ctx: ArticleContext, events: list[Span[EventAttrs]]) -> None:
    if not any(ev.attrs.series and ev.attrs.round is None for ev in events):
        return
    found = {r for seg in ctx.article.segments(*ROUND_ROLES)
             if (r := round_in_text(seg.slice(ctx.text))) is not None}
    known = {ev.attrs.round for ev in events if ev.attrs.round is not None}
    if len(found) != 1 or (known and known != found):
        return
    value = found.pop()
    for ev in events:
        if ev.attrs.series and ev.attrs.round is None:
            ev.attrs.round = value
