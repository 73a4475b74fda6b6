"""A delegation qualified by a state's adjective right after it («زار وفد إماراتي محافظة حضرموت»,
«وصل وفد أمريكي»), as a side of that state.

The delegation acts for the state its adjective names, as an unnamed official does
(`office_sides.py`): the events gold keys the phrase to the state (docs/realtext-annotation.md
§ Events: «the representatives keyed to whom they stand for»). Only a noun of a delegation
(`event_senses` delegation: وفد, بعثة), indefinite, followed at once by a state's indefinite
adjective of its gender (`lang/state_sides.state_adjectives`: «وفد إماراتي», «بعثة أمريكية»).
A definite one («الوفد التركي») is the delegation told before, as a rule by its members' names,
which the gold keys (on events-dev it added one false visit and no right one). A delegation
with a sender named after it («وفد من X», «وفد حركة حماس») is read by `visit_parties.delegates`,
which no longer takes a name after «وفد إماراتي» as the sender (the place it visits). A
delegation whose head or members are named right after it («وفد أمريكي برئاسة X») is keyed
to them (the guide: «a delegation is keyed to its named head»), no side.
The phrase is read as the sides of `events/state_sides.py` are (a mention of the state,
attrs.side), stored only where an event takes it as a party; like an unnamed official it is
labelled PER in the events step (people who visit, meet and sign where a person's name would
stand: a place visited is no party of theirs), and `party_sides` stores it as the state's ORG
name.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import event_senses
from marsad.events.state_sides import RESOLVED_BY
from marsad.events.words import Word
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize
from marsad.lang.state_sides import state_adjectives
from marsad.model import MentionAttrs, Span

_DELEGATION = frozenset({"delegation"})
_HEAD_REACH = 4  # words after the adjective where the delegation's head is named (برئاسة وزير الخارجية X)
_FEMININE = normalize("ة")  # بعثة: a feminine noun takes the feminine adjective


def delegation_sides(ctx: ArticleContext) -> list[Span[MentionAttrs]]:
    """The delegation nouns of `ctx`'s sentences closed at once by a state's adjective, as
    mentions of the state (labelled PER, as `office_sides` does) spanning the noun and the
    adjective."""
    adjectives = state_adjectives()
    out: list[Span[MentionAttrs]] = []
    for sent in ctx.sentences:
        ws = sent.words
        for k, cue in event_senses().each(ws, _DELEGATION):
            if cue.size != 1 or k + 1 >= len(ws) or ctx.mention_at(ws[k]) is not None:
                continue
            nxt = ws[k + 1]
            hit = adjectives.get(nxt.norm)
            if hit is None or ctx.mention_at(nxt) is not None \
                    or ctx.text[ws[k].end:nxt.start].strip(" \u00a0"):
                continue
            state, definite, gender = hit
            noun = ws[k].norm
            if definite or noun.startswith(ARTICLE) or (gender == "f") != noun.endswith(_FEMININE):
                continue  # «الوفد التركي»: the delegation told before, often by its members' names
            if _head_named(ctx, ws, k + 2):
                continue  # «وفد أمريكي برئاسة X»: keyed to its named head
            out.append(Span(ws[k].start, nxt.end, "PER", MentionAttrs(
                entity=state, norm=f"{noun} {nxt.norm}", resolved_by=f"{RESOLVED_BY}: {state}",
                side=state)))
    return out


def _head_named(ctx: ArticleContext, ws: list[Word], start: int) -> bool:
    """A person is named within a few words from word `start`, no mark between («وفد أمريكي
    برئاسة وزير الخارجية X», «وفد سعودي يضم X»): the guide keys the delegation to its named
    head or members, not to its state."""
    for j in range(start, min(len(ws), start + _HEAD_REACH)):
        if ctx.text[ws[j - 1].end:ws[j].start].strip(" \u00a0"):
            return False
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            return True
    return False
