"""A visit that names neither its visitor nor where it goes, among persons of no standing, is none.

A report of a visit names who makes it or receives it (a party the extraction places as the guest
or the host) or where it goes (its place, or a place named right after the trigger). Where neither
is found and every party is a person or body outside the catalogue named with no office of
state, the names the extraction gathered are only the people
around the verb — a patient who «زار عدة عيادات», a supervisor who agrees «على أن يزوره مرة أو
مرتين بالشهر», a festival's director saying «من المتوقع أن يزور المهرجان ما يزيد على 25 ألف
زائر», the reader told «في أول مرة تزور فيها الموقع», communities «التي تزور ساحات قصر الحكم» —
not actors of a diplomatic visit (docs/realtext-annotation.md, Events: events between named
actors; a private trip is none). A party with an office of state a few words before its name
(`care_visits.named_with_office`: «المحافظ», «وكيل الإمارة», «سموه») keeps the visit: «ومن ثم
زار القرية التراثية» told of a governor touring a festival he opened; so does a verb whose subject
is the pronoun of the complementizer before it (`event_senses` pronoun_subject: «وأوضح د. X أنه
زار خلال الأيام الماضية منطقة نجران»): the speaker tells his own visit.
"""

from __future__ import annotations

from marsad.events.care_visits import named_with_office, trigger_word
from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_senses
from marsad.events.nameless import catalogue_ids
from marsad.model import EventAttrs, Span

_PRONOUN_SUBJECT = frozenset({"pronoun_subject"})
_GOAL_AFTER = 5  # words after a visit verb where the place it goes to is named (العاصمة الإثيوبية أديس أبابا)


def visit_without_anchor(ctx: ArticleContext, ev: Span[EventAttrs]) -> bool:
    """A visit with no party placed as its guest or host, no place named, and every party
    outside the catalogue and named with no office of state."""
    if ev.label != "VISIT" or ev.attrs.place or not ev.attrs.participants:
        return False
    parties = ev.attrs.participants
    if ev.attrs.roles:
        return False  # a guest or a host placed: the visit's sides are told
    known = catalogue_ids()
    if any(p in known or named_with_office(ctx, p) for p in parties):
        return False
    found = None if ev.attrs.trigger_start is None else trigger_word(ctx, ev.attrs.trigger_start)
    if found is None:
        return True
    sent, k = found
    return not (_speakers_own(sent, k) or _goal_named(ctx, sent, k))


def _goal_named(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """Whether a place is named within a few words after the trigger at word `k`: where the visit
    goes is told («وسيزور بعد ذلك العاصمة الإثيوبية أديس أبابا»), though not kept as its place."""
    ws = sent.words[k + 1:k + 1 + _GOAL_AFTER]
    return bool(ws) and any(m.label == "LOC" and ws[0].start <= m.start < ws[-1].end for m in ctx.mentions)


def _speakers_own(sent: Sentence, k: int) -> bool:
    """Whether the trigger at word `k` stands right after a complementizer carrying its subject's
    pronoun («أنه زار», «إنه سيزور»): the speaker's own visit."""
    return k > 0 and event_senses().at(sent.words, k - 1, _PRONOUN_SUBJECT) is not None
