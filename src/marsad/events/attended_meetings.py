"""The meeting a reception's guests come to attend is a happening of its own.

«استقبل الشيخ X أمير دولة قطر، وزراء خارجية دول مجلس التعاون لدول الخليج العربية، لحضور
اجتماعهم المشترك مع وزير الخارجية الأميركي Y»: the emir receives the ministers (one meeting), and
the ministers attend their own meeting with Y (another); Y is no guest of the emir's. The noun of
meeting carries the plural possessive («اجتماعهم», «لقائهم»), stands right after a verbal noun of
attending with the lam of purpose (`attend_aim` rows of lang/ar/event_senses.tsv: لحضور, للمشاركة
في) and names its partner after it (مع Y: `noun_participants.attached`). Its owner is whom the pronoun
points to: the party of the event before it named last before the purpose word, a body or a state
standing for its members (the council for its ministers); with none such the sentence is left as
one meeting. A reception that names no place of its own is where the meeting is held («المنعقد
بالدوحة»: the guests are received in Doha).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.context import ArticleContext, Sentence
from marsad.events.group_event import group_event
from marsad.events.lexicon import event_senses
from marsad.events.noun_participants import attached
from marsad.events.triggers import Trigger
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, QuoteAttrs, Span

_AIM = frozenset({"attend_aim"})
_PLURAL = (normalize("هم"), normalize("هما"))  # their (plural, dual): اجتماعهم, لقائهما
_OWNERS = ("ORG", "LOC")  # a body or a state for its members; one person is never «هم»


def with_attended(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger], quotes: list[Span[QuoteAttrs]],
                  clause: tuple[int, int]) -> tuple[list[Trigger], Span[EventAttrs], Span[EventAttrs] | None]:
    """The group's triggers and event, with the meeting its guests come to attend told apart (its
    own event, or None): see the module's docstring."""
    found = _attended(ctx, sent, trigs)
    if found is not None:
        pos, aim = found
        own = trigs[:pos]
        ev = group_event(ctx, sent, own, quotes, (clause[0], aim))
        owner = _owner(ctx, sent, ev, aim)
        if owner is not None:
            other = group_event(ctx, sent, trigs[pos:], quotes, (aim, clause[1]))
            if owner not in other.attrs.participants and other.attrs.participants:
                parts = [owner, *other.attrs.participants]
                if ev.attrs.place is None:  # received where the meeting they came for is held
                    ev = replace(ev, attrs=replace(ev.attrs, place=other.attrs.place))
                return own, ev, replace(other, attrs=replace(other.attrs, participants=parts))
    return trigs, group_event(ctx, sent, trigs, quotes, clause), None


def _attended(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> tuple[int, int] | None:
    """(the place in `trigs`, not the first, of a possessed plural meeting noun right after «لحضور»
    with its partner named after it; the offset where «لحضور» starts), or None."""
    ws = sent.words
    for pos, t in enumerate(trigs[1:], 1):
        if t.row.type != "MEET" or not t.possessed or not t.reading.stem.endswith(_PLURAL) \
                or not attached(ctx, sent, t):
            continue
        for k in range(max(0, t.index - 2), t.index):
            cue = event_senses().at(ws, k, _AIM)
            if cue is not None and k + cue.size == t.index and k > trigs[pos - 1].index:
                return pos, ws[k].start
    return None


def _owner(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs], aim: int) -> str | None:
    """The party of `ev` named last before offset `aim`, when it is a body or a state."""
    named = ctx.mentions_in(sent.start, aim, ("PER", "ORG", "LOC"))
    for m in reversed(named):
        entity = ctx.entity_of(m)
        if entity in ev.attrs.participants:
            return entity if m.label in _OWNERS else None
    return None
