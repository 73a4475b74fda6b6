"""The states of an event noun qualified by their adjectives: «الحوار الأمريكي الإيراني», «المباحثات
السعودية الفرنسية», «القمة السعودية المصرية» name the two states as the event's parties, and no
other word of the sentence names them.

The events gold keys such an event to the states (docs/realtext-annotation.md § Events: a side
is keyed to the state it stands for). Only two or more definite adjectives of different states
right after a definite event trigger, each agreeing with the first in gender
(`lang/state_sides.state_adjectives`), count: one adjective alone («الحوار الأمريكي») is as often
an event of that state with someone else. Each adjective is read as a mention of its state, as a
state's side is (an ORG span, the state's id as entity and in attrs.side: `state_sides.py`),
stored only where an event takes it as a party (`party_sides`).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.state_sides import RESOLVED_BY
from marsad.lang.state_sides import state_adjectives
from marsad.model import MentionAttrs, Span

_MIN_STATES = 2


def adjective_parties(ctx: ArticleContext) -> list[Span[MentionAttrs]]:
    """The state adjectives that follow a definite event noun two or more together, as ORG
    mentions of their states."""
    adjectives = state_adjectives()
    out: list[Span[MentionAttrs]] = []
    for sent in ctx.sentences:
        ws = sent.words
        for t in sent.triggers():
            if t.row.pos != "noun" or not t.definite:
                continue
            j, gender = t.index + t.size, None
            found: list[tuple[int, str]] = []
            while j < len(ws) and ctx.mention_at(ws[j]) is None \
                    and not ctx.text[ws[j - 1].end:ws[j].start].strip():
                hit = adjectives.get(ws[j].norm)
                if hit is None or not hit[1] or (gender is not None and hit[2] != gender) \
                        or any(state == hit[0] for _, state in found):
                    break
                gender = hit[2]
                found.append((j, hit[0]))
                j += 1
            if len(found) >= _MIN_STATES:
                out.extend(Span(ws[k].start, ws[k].end, "ORG", MentionAttrs(
                    entity=state, norm=ws[k].norm, resolved_by=f"{RESOLVED_BY}: {state}", side=state))
                    for k, state in found)
    return out
