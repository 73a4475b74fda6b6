"""The legs of a trip: each stop a visit of its own (the annotation guide: a trip is one VISIT a
stop, each with its own status and date).

A visit verb or noun after a word of sequence («ثم», «بعد ذلك», «ومنها», «قبل أن»; or «بعدها»
right after its verb) that names a place of its own, neither one the sentence named before it nor
the state of one nor a place in one, is the next stop of the trip told before it (`trip_legs`):
«زار الوزير ألمانيا أمس ثم توجه إلى روسيا» is a visit to Germany and one to Russia, not one
visit to Germany. A leg that names no visitor of its own goes on with the visitor of the leg
before it, never with its host (`leg_visitor`: «زار X برلين حيث استقبله Y ثم توجه إلى موسكو»: Y
received him in Berlin only). A trigger that names no new place («وصل إلى الرياض ثم بدأ
زيارته», «زار السعودية ثم وصل إلى الرياض») stays with the visit before it.

A place joined to the one before it by a word of sequence alone («بزيارة روسيا ومن بعدها
فرنسا», «سافر إلى بغداد ثم إلى عمّان», «ومنها إلى البصرة») is the next stop of a tour's list
(`sequence_join`, read by `events.stops`), as a place joined by «و» is; a word of sequence that
may also mean «among them» («منها»: window 0) joins only before «إلى» («زار عددا من المواقع في
عدن، منها الميناء» names sites of one visit). The words are rows of `lang/ar/event_cues.tsv`
(kind next_leg).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.events.place_scales import states_of_places
from marsad.events.to_come import ahead_of_span, widest_window
from marsad.events.triggers import Trigger
from marsad.model import EventAttrs, Span
from marsad.model.dates import span_days

_LEG = frozenset({"next_leg"})
_APART = "apart_time"  # بعد يوم من زيارة: event_cues rows
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TO = frozenset({"goal_prep"})
_CUE_REACH = 4  # words a cue may start before the trigger (ثم بعد ذلك زيارة: «ثم» and its window)
_GOAL_REACH = 5  # words after the trigger where the leg's place is named (ينتقل غدا السبت إلى تركيا)
_BETWEEN_STOPS = set(" \u00a0،,()«»\"")  # between the words of a join: «(روسيا) ومن بعدها (فرنسا)»


def sequence_join(ctx: ArticleContext, sent: Sentence, a: Span, b: Span) -> bool:
    """Whether place `b` follows place `a` of the sentence joined by a word of sequence and nothing
    else but «إلى» («روسيا ومن بعدها فرنسا», «بغداد ثم إلى عمّان»; punctuation aside)."""
    ws = sent.words
    k, end = sent.word_index(a.end - 1) + 1, sent.word_index(b.start)
    cue = event_cues().at(ws, k, _LEG) if k < end else None
    if cue is None:
        return False
    k += cue.size
    to = event_cues().at(ws, k, _TO) if k < end else None
    k += to.size if to is not None else 0
    if k != end or (to is None and not int(cue.value or 0)):  # «منها ميناء الزيت»: among them, no stop
        return False
    gaps = [ctx.text[a.end:ws[sent.word_index(a.end - 1) + 1].start], ctx.text[ws[end - 1].end:b.start]]
    return all(set(g) <= _BETWEEN_STOPS for g in gaps)


def trip_legs(ctx: ArticleContext, sent: Sentence, groups: list[list[Trigger]]) -> list[list[Trigger]]:
    """The visit groups of a sentence with each leg of a trip apart: a trigger that opens a leg
    (`opens_a_leg`) starts a group of its own, the triggers after it going with it."""
    if not groups or groups[0][0].row.type != "VISIT":
        return groups
    out: list[list[Trigger]] = []
    for group in groups:
        out.append([group[0]])
        for t in group[1:]:
            if opens_a_leg(ctx, sent, out[-1][-1], t):
                out.append([t])
            else:
                out[-1].append(t)
    return out


def opens_a_leg(ctx: ArticleContext, sent: Sentence, before: Trigger, t: Trigger) -> bool:
    """Whether visit trigger `t`, after trigger `before` of the same sentence, is the next stop of
    a trip: a word of sequence between them, right before `t` (or right after its verb), and a
    place of its own named after `t` that the sentence did not name before it."""
    if t.row.type != "VISIT" or before.row.type != "VISIT" or t.index <= before.index:
        return False
    return (_sequence_before(sent, before, t) or ahead_of_span(ctx, sent, t, _APART)) \
        and _own_place(ctx, sent, t) is not None  # بعد يوم من زيارة لبغداد: a visit before it


def _sequence_before(sent: Sentence, before: Trigger, t: Trigger) -> bool:
    ws = sent.words
    after = t.index + t.size
    if t.row.pos == "verb" and after < len(ws) and (cue := event_cues().at(ws, after, _LEG)) is not None \
            and cue.size == 1 and int(cue.value or 0):  # «وتوجه بعدها إلى موسكو», «ثم»; not «منها» (window 0)
        return True
    for k in range(max(before.index + before.size, t.index - _CUE_REACH), t.index):
        cue = event_cues().at(ws, k, _LEG)
        if cue is not None and 0 <= t.index - (k + cue.size) <= int(cue.value or 0):
            return True
    return False


def _own_place(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The place named within `_GOAL_REACH` words after `t`, when neither it nor its state is a
    place the sentence named before `t`, nor the state of one (زار السعودية ثم وصل إلى الرياض)."""
    ws = sent.words
    lo = t.index + t.size
    for w in ws[lo:lo + _GOAL_REACH]:
        m = ctx.mention_at(w)
        if m is None:
            continue
        if m.label != "LOC":
            return None  # ثم التقى الرئيس X: a person after the trigger, no stop named
        place = ctx.entity_of(m)
        earlier = {ctx.entity_of(e) for e in ctx.mentions_in(sent.start, ws[t.index].start, ("LOC",))}
        of_state = states_of_places()
        if place in earlier or of_state.get(place) in earlier \
                or any(of_state.get(e) == place for e in earlier):
            return None
        return place
    return None


def leg_visitor(before: Span[EventAttrs], leg: Span[EventAttrs]) -> None:
    """A leg that names no one takes the visitors of the leg before it (every party but its hosts)."""
    if leg.attrs.participants or before.label != "VISIT":
        return
    leg.attrs.participants = [p for p in before.attrs.participants if before.attrs.roles.get(p) != "host"]
    leg.attrs.roles = before.attrs.roles_of(leg.attrs.participants)


def meetings_on_legs(events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """A meeting told after the last of several visits of its sentence, with that leg's visitor,
    and placed where an earlier leg went, is held on the last leg («زار X برلين ثم توجه إلى موسكو
    حيث التقى Y»: in Moscow, not in Berlin named first)."""
    for si, meet in events:
        at = meet.attrs.trigger_start
        if meet.label != "MEET" or at is None or meet.attrs.place is None:
            continue
        legs = sorted((v for sj, v in events if sj == si and v.label == "VISIT"
                       and v.attrs.trigger_start is not None and v.attrs.trigger_start < at),
                      key=lambda v: v.attrs.trigger_start or 0)
        if len(legs) < 2 or legs[-1].attrs.place in (None, meet.attrs.place) \
                or not set(legs[-1].attrs.participants) & set(meet.attrs.participants):
            continue
        last = legs[-1].attrs.trigger_start or 0  # a tour's stops share one trigger: no later leg
        if meet.attrs.place in {v.attrs.place for v in legs if (v.attrs.trigger_start or 0) < last}:
            meet.attrs.place = legs[-1].attrs.place


def leg_told_apart(ctx: ArticleContext, sent: Sentence, t: Trigger) -> int | None:
    """The days from the visit before it to a leg told a span of time apart from it («وجاءت زيارة
    X لأربيل بعد يوم من زيارة لبغداد»: -1; after an `ahead_time` word, «قبل يومين من زيارة», +2):
    its sentence's day is the other visit's. None where it is told no such span, or a span of no
    whole number of days or weeks."""
    if not ahead_of_span(ctx, sent, t, _APART):
        return None
    ws = sent.words
    lo, hi = ws[max(0, t.index - 2 - widest_window(_APART))].start, ws[t.index].start
    spans = [x.attrs.value for x in ctx.timexes if lo <= x.start < hi and x.attrs.value]
    days = span_days(spans[-1]) if spans else None
    if days is None:
        return None
    return days if ahead_of_span(ctx, sent, t) else -days  # قبل يومين من زيارة: the noun's visit after


@dataclass(frozen=True, slots=True)
class LegApart:
    """A leg told a span of time apart from the visit before it (`leg_told_apart`)."""

    other: Span[EventAttrs]  # the visit before it in its sentence
    days: int  # from that visit's day to the leg's

    def day(self) -> str | None:
        """The other visit's day moved by `days` (when it is an exact day), else None."""
        day = self.other.attrs.date
        if day is None or _DAY.fullmatch(day) is None:
            return None
        return (date.fromisoformat(day) + timedelta(days=self.days)).isoformat()
