"""The place of a meeting, call or agreement is no party to it, but a state named apart from it.

«وصلت الأطراف إلى جنيف ... بالتوصل إلى اتفاق»: Geneva is where, not who. A state whose capital
bears its name (one entity: «عقد في العاصمة الجزائر الاجتماع ... لاتفاقية التعاون الموقعة بين
المملكة العربية السعودية والجمهورية الجزائرية») stays a party where the event's span names it again,
not after a place preposition.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.place_scales import states
from marsad.events.places import is_place
from marsad.model import EventAttrs, Span

_PLACE_PREPS = frozenset({"place_prep"})


def place_steps_back(ev: Span[EventAttrs], ctx: ArticleContext | None = None) -> None:
    """The place where a meeting, call or agreement happens is no party to it: «وصلت الأطراف إلى
    جنيف ... بالتوصل إلى اتفاق» (Geneva is where, not who). A visit keeps it for
    `extract._too_few_parties` (a visit whose only party is its place is none). A state named
    by the name of its capital too («عقد في العاصمة الجزائر الاجتماع ... لاتفاقية التعاون الموقعة
    بين المملكة والجمهورية الجزائرية»: one entity) stays a party where the event's span names it
    again, not after a place preposition (`ctx`: the article's context)."""
    if ev.label != "VISIT" and ev.attrs.place in ev.attrs.participants \
            and not (ctx is not None and _named_apart(ctx, ev, ev.attrs.place)):
        ev.attrs.participants[:] = [p for p in ev.attrs.participants if p != ev.attrs.place]
        ev.attrs.roles.pop(ev.attrs.place, None)


def _named_apart(ctx: ArticleContext, ev: Span[EventAttrs], place: str) -> bool:
    """Whether the event's span names state `place` once as a place and once not as one."""
    if place not in states():
        return False  # a city or a body read as the place: no state of that name
    own = ctx.mentions_of(place, ev.start, ev.end)
    sent = ctx.sentence_at(ev.start)
    if sent is None or len(own) < 2:
        return False
    placed = [is_place(ctx, sent, m, _PLACE_PREPS) for m in own]
    return any(placed) and not all(placed)
