"""Whom a visitor meets where his visit takes him hosts the visit.

«زار السفير الأسترالي X، الشركة السعودية للكهرباء بالرياض، حيث التقى المهندس Y», «قام X بزيارة
إلى Z التقى خلالها Y»: a meeting told after the visit in its sentence, linked to it by a word of
place or time (`met_there` rows of lang/ar/event_senses.tsv: حيث, خلالها), with the visitor among
its parties and told alike, names the visit's hosts: its other parties join the visit. A meeting
told with «و» only («وصل X إلى موسكو والتقى بوتين») is another event of the visitor's, and its
partner no host of the visit.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import event_senses
from marsad.model import EventAttrs, Span

_MET_THERE = frozenset({"met_there"})


def met_on_the_visit(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Add to each visit the parties of a meeting its sentence holds there (see the module)."""
    for si, visit in events:
        if visit.label != "VISIT" or visit.attrs.trigger_start is None:
            continue
        guests = [p for p, r in visit.attrs.roles.items() if r == "guest"] or visit.attrs.participants[:1]
        for sj, meet in events:
            if sj != si or meet.label != "MEET" or meet.attrs.status != visit.attrs.status \
                    or not set(guests) & set(meet.attrs.participants) \
                    or not _linked(ctx, si, visit.attrs.trigger_start, meet.attrs.trigger_start):
                continue
            for p in meet.attrs.participants:
                if p not in visit.attrs.participants:
                    visit.attrs.participants.append(p)
                    visit.attrs.roles.setdefault(p, "host")


def _linked(ctx: ArticleContext, si: int, visit_at: int, meet_at: int | None) -> bool:
    """Whether a `met_there` word stands between the visit's trigger and the meeting's, or right
    after the meeting's (التقى خلالها)."""
    if meet_at is None or meet_at <= visit_at:
        return False
    sent = ctx.sentences[si]
    lo, hi = sent.word_index(visit_at), sent.word_index(meet_at)
    return any(event_senses().at(sent.words, k, _MET_THERE) is not None
               for k in range(lo + 1, min(len(sent.words), hi + 2)) if k != hi)
