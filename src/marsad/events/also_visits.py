"""«كما» before a visit: a visit of its own, not the one told before it told again.

An official's tour is told stop by stop, each new stop opened by «كما» (also): «تفقد مدير الشؤون
الصحية X مشروع المستشفى ... . كما قام بزيارة مركز صحي الباحة رقم 1», «كما قام نائب وزير الصحة
بجولة على مستشفى نجران العام الجديد», «كما زار الخمعلي مستشفى عيون الجواء العام». The annotation
guide makes each named stop of a tour a VISIT of its own (ruled in round 41: the tour's visitor,
date and status, the site its place); the visit after «كما» has the visitor of the one before,
and where that one names no place (or another), the repeat merge (`repeats.merge_repeats`,
`repeats.late_repeats`) took it for the same visit told again and lost its stop.

Its visitor is the one told before: «كما زار مستشفى نجران العام» names only the site, which the
verb-first reading took for the visitor. A visit after «كما» whose only parties are sites takes
the visitor of the nearest visit told before (within `_REACH` sentences), and a site it names
(a name opening with a facility noun, `event_facilities.tsv`) becomes its place, no party.

A VISIT trigger is told as another visit when «كما» (`event_cues` kind also_doer) stands right
before its verb within the cue's window («كما زار», «كما كان قد زار»), or before a verb that
brings in the doer of a noun («كما قام [X] بزيارة/بجولة», `event_senses` kind doer_verb) a few
words before the visit noun. Such a visit is merged with an earlier one only when both name the
very same place.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, facilities, sense_word
from marsad.events.triggers import Trigger
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span

_ALSO = frozenset({"also_doer"})
_DOER_REACH = 5  # words from «قام» to the visit noun (كما قام نائب وزير الصحة بجولة)
_REACH = 4  # sentences back to the visit whose visitor «كما» goes on with


def told_also(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the VISIT trigger `t` of `sent` follows «كما»: right before its verb (within the
    cue's window), or before «قام» a few words before its noun (module docstring)."""
    if t.row.type != "VISIT":
        return False
    ws = sent.words
    i = t.index
    found = event_cues().nearest_before(ws, i, _ALSO, max(0, i - 1 - _DOER_REACH))
    if found is None:
        return False
    k, cue = found
    after = k + cue.size
    if t.row.pos == "verb":
        return i - after <= int(cue.value or 0) and not any(
            ctx.mention_at(w) is not None for w in ws[after:i])
    return after < i and sense_word(ws[after], "doer_verb") and i - after <= _DOER_REACH


def also_visitors(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]], also: set[int]) -> None:
    """Give a visit told after «كما» (`also`: their ids) whose only parties are sites the
    visitor of the nearest visit told before it, its named site made its place (module docstring);
    `events` are (sentence index, event) as built."""
    if not also:
        return
    people = {ctx.entity_of(m) for m in ctx.mentions if m.label == "PER"}
    for k, (si, ev) in enumerate(events):
        if id(ev) not in also:
            continue
        sites = [p for p in ev.attrs.participants if _site(ctx, ev, p)]
        if any(p not in sites for p in ev.attrs.participants):
            continue  # «كما زارت ماكدونالدز مستشفيات أخرى»: a visitor of its own
        before = next((o for sj, o in reversed(events[:k]) if o.label == "VISIT"
                       and 0 < si - sj <= _REACH and o.attrs.participants), None)
        visitor = before.attrs.participants[0] if before is not None else None
        if visitor is None or visitor not in people:
            continue
        ev.attrs.participants[:] = [visitor]
        ev.attrs.roles.pop(visitor, None)
        for p in sites:
            ev.attrs.roles.pop(p, None)
        if ev.attrs.place is None and sites:
            ev.attrs.place = sites[0]


def _site(ctx: ArticleContext, ev: Span[EventAttrs], entity: str) -> bool:
    """Whether a mention of `entity` in the event's span opens with a facility noun (مستشفى, مركز)."""
    return any(normalize(m.slice(ctx.text)).split(" ")[0] in facilities()
               for m in ctx.mentions_of(entity, ev.start, ev.end))
