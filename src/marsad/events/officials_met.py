"""A meeting with a state's unnamed officials told just before the meeting with its named ones is
one happening (round 39, the events dev gold: «وصل وزير الدفاع الأميركي X إلى بغداد، حيث يلتقي
مسؤولين عراقيين لبحث ... ومن المقرر أن يلتقي X رئيس الوزراء Y ونظيره العراقي Z»: one meeting of X
with Y and Z in Baghdad, not one with Iraq besides).

The first meeting's other side is only the state's officials (a state side, `state_sides.py`,
whose noun is an `unnamed_side` row of lang/ar/event_senses.tsv: «مسؤولين عراقيين», «المسؤولين
الروس»); the second, in one of the next `_NEXT` sentences, names a person of that state
(`lang/person_states`) and not the state itself. The first folds into the second: its other
parties (the visitor) join the named meeting, and its place and day stand where the named meeting
has none. A meeting with a body's officials («مسؤولين بشركة صينية»), with officials of a state no
named partner belongs to, told after the named one, or a named meeting with a place of its own
(«سيجري خلال زيارته لموسكو لقاءات مع المسؤولين الروس. وكان X التقى نظيره الروسي Y في الدوحة»: an
earlier meeting elsewhere) stays an event of its own.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import sense_norm
from marsad.events.state_sides import RESOLVED_BY
from marsad.lang.person_states import person_states
from marsad.model import EventAttrs, Span

_NEXT = 2  # sentences after the meeting with the officials where the named meeting may be told
_UNNAMED = "unnamed_side"


def _officials_side(ctx: ArticleContext, si: int, ev: Span[EventAttrs]) -> str | None:
    """The state whose unnamed officials are a party of meeting `ev` of sentence `si`."""
    sent = ctx.sentences[si]
    for m in ctx.mentions_in(sent.start, sent.end, ("ORG",)):
        state = m.attrs.entity
        if state in ev.attrs.participants and (m.attrs.resolved_by or "").startswith(RESOLVED_BY) \
                and m.attrs.norm and sense_norm(m.attrs.norm.split()[0], _UNNAMED):
            return str(state)
    return None


def fold_officials_met(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> list[
        tuple[int, Span[EventAttrs]]]:
    """`events` with each meeting with a state's unnamed officials folded into the meeting with
    its named officials told right after it."""
    folded: set[int] = set()
    states = person_states()
    for si, ev in events:
        if ev.label != "MEET" or id(ev) in folded:
            continue
        state = _officials_side(ctx, si, ev)
        if state is None:
            continue
        named = next((other for sj, other in sorted(events, key=lambda x: x[0])
                      if other.label == "MEET" and other is not ev and si < sj <= si + _NEXT
                      and id(other) not in folded and state not in other.attrs.participants
                      and other.attrs.place in (None, ev.attrs.place)
                      and any(states.get(p) == state for p in other.attrs.participants)), None)
        if named is None:
            continue
        visitors = [p for p in ev.attrs.participants if p != state and p not in named.attrs.participants]
        named.attrs.participants[:0] = visitors
        for p in visitors:
            if p in ev.attrs.roles:
                named.attrs.roles.setdefault(p, ev.attrs.roles[p])
        if named.attrs.place is None:
            named.attrs.place = ev.attrs.place
        if named.attrs.date is None:
            named.attrs.date = ev.attrs.date
        folded.add(id(ev))
    return [(si, ev) for si, ev in events if id(ev) not in folded]
