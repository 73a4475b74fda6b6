"""Whom a visit goes to meet is not its visitor.

A visit told with a meeting as its purpose, a meeting trigger with the lam of purpose after the
visit trigger («وصل الوزير الأميركي إلى الدوحة للقاء وزراء مجلس التعاون الخليجي», «بزيارة
العاصمة الروسية الأسبوع المقبل للقاء مسؤولين من بينهم وزير الخارجية سيرجي لافروف»): the names
after that trigger, and only there, are those the visitor goes to meet, the parties of the purpose
meeting (a MEET of its own, the round 44 ruling), not the visitor nor a host of the visit (the
events golds: events-dev-fresh30 25940 VISIT [john_kerry] alone, fresh29 26598 VISIT
[syrian_national_coalition] alone). Where the visitor goes unnamed, the visit is left with no
party of its own. A visit to a body («بزيارة للخطوط الجوية العربية السعودية للقاء المدير العام
المهندس صالح الجاسر», «سيتوجه رودريغيز الى وزارة الخارجية للقاء نظيره الاميركي») is received by
the one met there, its host (events-dev-fresh25 20316, fresh 686): those stay.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.status import PURPOSE_LAM
from marsad.events.triggers import Trigger
from marsad.model import EventAttrs, Span

_BODIES = ("ORG", "FAC")  # a body or a site visited: the one met there is its head, the visit's host


def purpose_meetees(ctx: ArticleContext, sent: Sentence, visit: Trigger) -> set[str]:
    """The entities named in `sent` only after the first meeting trigger with the lam of purpose
    (للقاء, للاجتماع) that follows the visit trigger `visit`."""
    for m in sent.triggers():
        if m.row.type == "MEET" and m.index > visit.index and m.reading.clitic in PURPOSE_LAM:
            at = sent.words[m.index].start
            if any(x.start < at for x in ctx.mentions_in(sent.words[visit.index].end, sent.end, _BODIES)):
                return set()  # بزيارة للخطوط السعودية للقاء المدير العام: the body's head receives them
            return {ent for x in ctx.mentions_in(at, sent.end)
                    if ctx.named_only_from(ent := ctx.entity_of(x), sent, at)}
    return set()


def without_purpose_meetees(ctx: ArticleContext, sent: Sentence, visit: Trigger,
                            ev: Span[EventAttrs]) -> None:
    """Takes off visit `ev` (its first trigger `visit`) the parties it goes to meet."""
    if ev.label != "VISIT":
        return
    met = purpose_meetees(ctx, sent, visit) & set(ev.attrs.participants)
    if met:
        ev.attrs.participants = [p for p in ev.attrs.participants if p not in met]
        ev.attrs.roles = {p: r for p, r in ev.attrs.roles.items() if p not in met}
