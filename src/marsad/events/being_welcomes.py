"""A welcome on arrival told with a form of «كان» before a reception noun with «ب» or after «في»
(«محافظ عدن نائف البكري وعددا من المسؤولين كانوا باستقبال بحاح», «كان في استقبال الوزير»):
the ones named before «كان» met the visitor named right after the noun as he arrived. That is no
meeting of its own (`being_welcome`, read by `senses.not_a_reception`); the welcomers host the
visit of that visitor told a few sentences before where it names no host yet (`welcome_hosts`).
The forms of «كان» are event_senses' `past_auxiliary` rows.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import event_senses
from marsad.events.triggers import Trigger, possessed_only
from marsad.events.words import BI, IN, Word
from marsad.model import EventAttrs, Span

_BEING = frozenset({"past_auxiliary"})  # كان, كانوا, وكان
_WELCOMERS_REACH = 12  # words before «كان» naming the welcomers (محافظ عدن نائف البكري وعددا من المسؤولين)
_VISIT_BEFORE = 5  # sentences from a visit to the welcome of its visitor


def being_welcome(words: list[Word], t: Trigger) -> int | None:
    """The index of the form of «كان» before reception noun `t` («كانوا باستقبال», «كان في
    استقبال»); None where the noun stands after no such form."""
    if t.row.type != "MEET" or t.row.pos != "noun" or not possessed_only(t.row.forms[0]):
        return None
    k = t.index - 1  # كانوا باستقبال
    if not t.reading.clitic.endswith(BI):
        if k < 1 or words[k].norm != IN:
            return None
        k -= 1  # كان في استقبال
    return k if k >= 0 and event_senses().at(words, k, _BEING) is not None else None


def welcome_hosts(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """A visit naming no host takes as hosts the persons named before «كان» in a welcome on arrival
    of its visitor told within `_VISIT_BEFORE` sentences after it («وصل إلى مدينة عدن ... خالد
    بحاح. ... أن محافظ عدن نائف البكري وعددا من المسؤولين كانوا باستقبال بحاح»: al-Bakri hosts
    Bahah's visit)."""
    for si, sent in enumerate(ctx.sentences):
        ws = sent.words
        for t in sent.triggers():
            if (k := being_welcome(ws, t)) is None or t.index + t.size >= len(ws):
                continue
            guest_m = ctx.mention_at(ws[t.index + t.size])
            if guest_m is None or guest_m.label != "PER":
                continue
            guest = ctx.entity_of(guest_m)
            lo = ws[max(0, k - _WELCOMERS_REACH)].start
            hosts = [ctx.entity_of(m) for m in ctx.mentions_in(lo, ws[k].start, ("PER",))]
            hosts = [h for h in dict.fromkeys(hosts) if h != guest]
            if hosts:
                _host_the_visit(events, si, guest, hosts)


def _host_the_visit(events: list[tuple[int, Span[EventAttrs]]], si: int, guest: str,
                    hosts: list[str]) -> None:
    """The nearest visit told at or before sentence `si` whose guest is `guest` and that names no
    host takes `hosts` as its hosts."""
    for sv, ev in reversed(events):
        if sv > si or si - sv > _VISIT_BEFORE or ev.label != "VISIT" or guest not in ev.attrs.participants:
            continue
        roles = ev.attrs.roles
        if roles.get(guest) == "host" or "host" in roles.values():
            return
        for h in hosts:
            if h not in ev.attrs.participants:
                ev.attrs.participants.append(h)
            roles[h] = "host"
        return
