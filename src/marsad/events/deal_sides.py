"""An agreement keyed to one side where the article names its other side elsewhere.

«الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران» names one side by name (Iran) and the other
by a description that picks out no one group (docs/realtext-annotation.md, ruled in round 42:
«القوى الكبرى», «الدول الكبرى» key nothing). Where the same article names the deal's two sides
by an agreement or talks noun and «بين» («بعد الاتفاق النووي في فيينا بين إيران ومجموعة 5+1»,
«عشرين شهرًا من المفاوضات المكثفة بين ايران ومجموعة 5+1»), the one
happening is keyed to them: the lone side's agreement takes the other side named there
(events-dev-fresh7 17289, fresh21 17406). Only where every such pair in the article that holds
the lone side names one and the same other side: an article with two deals of that side
(«بين إيران وروسيا», «بين إيران ومجموعة 5+1») adds none.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.capital_parties import party_state
from marsad.events.context import EVENT_ROLES, ArticleContext
from marsad.events.party_lists import between_parties
from marsad.model import EventAttrs, Span

_AGREE = "AGREE"
_SIDED = frozenset({"AGREE", "MEET"})  # the deal, or the talks that made it (المفاوضات المكثفة بين)
_REACH = 5  # words from the noun to its بين (الاتفاق النووي في فيينا بين, المفاوضات المكثفة بين)


def sides_named_elsewhere(ctx: ArticleContext, events: Sequence[tuple[int, Span[EventAttrs]]]) -> None:
    """Give each agreement with one party the other side the article names with it after an
    agreement noun and «بين», where that side is one (see the module's docstring)."""
    lone = [ev for _, ev in events if ev.label == _AGREE and len(ev.attrs.participants) == 1]
    if not lone:
        return
    pairs: list[list[str]] = []
    for sent in ctx.sentences:
        if sent.role not in EVENT_ROLES:
            continue
        trigs = [t for t in sent.triggers() if t.row.type in _SIDED and t.row.pos == "noun"]
        if trigs and len(sides := between_parties(ctx, sent, trigs, _REACH)) == 2:
            pairs.append(sides)
    if not pairs:
        return
    for ev in lone:
        party = party_state(ev, ev.attrs.participants[0])
        others = {s for sides in pairs if any(party_state(ev, p) == party for p in sides)
                  for s in sides if party_state(ev, s) != party}
        if len(others) == 1:
            ev.attrs.participants = [*ev.attrs.participants, *others]
