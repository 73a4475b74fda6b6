"""A counterpart named only by his state's adjective, whom the article never names («فقد التقى وزير
الخارجية السوري نظيره العماني في مسقط»), as a side of that state.

Such an unnamed counterpart is an unnamed official of his state, as «وزير الخارجية العماني» would be
(`office_sides.py`: the events gold keys the phrase to the state, docs/realtext-annotation.md § Events;
events-dev-fresh29 26598 keys «نظيره العماني» to Oman). Where the article names him («نظيره الكيني
اوهورو كينياتا» elsewhere) or introduced one person with an office of the pronoun's owner and that
adjective, the phrase is that person (`counterparts.counterpart_holders`) and no side; nor is it one
where a name follows it at once, nor where the article names any person of that state (the catalogue's
`lang/person_states`: «لقاءه مع نظيره الروسي» beside «لافروف» elsewhere may well be he) or a person
right after the same adjective («الرئيس الكيني اوهورو كينياتا», whom the catalogue does not hold). The
phrase is the counterpart noun (`event_cues` kind counterpart; a proclitic before it left out of the
span) and the state's definite adjective right after it, read as `office_sides` reads an office: a
mention of the state labelled PER (the counterpart meets, visits and signs where a person would), stored
only where an event takes it as a party (`state_sides.party_sides`).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.counterparts import COUNTERPART_NOUN, counterpart_holders
from marsad.events.lexicon import event_cues
from marsad.events.state_sides import RESOLVED_BY
from marsad.events.words import AND, Word
from marsad.lang.normalize import normalize
from marsad.lang.person_states import person_states
from marsad.lang.state_sides import state_adjectives
from marsad.model import MentionAttrs, Span

_COUNTERPART = frozenset({"counterpart"})
_DUAL = "يه"  # نظيريه: the counterpart noun in the dual, two counterparts
_NAME_NEXT = 3  # words after the adjective where the counterpart's own name would stand


def counterpart_sides(ctx: ArticleContext) -> list[Span[MentionAttrs]]:
    """The counterpart phrases of `ctx`'s sentences closed by a state's definite adjective whose
    holder the article never names, as mentions of the state."""
    adjectives = state_adjectives()
    citizens = {person_states().get(ctx.entity_of(m)) for m in ctx.mentions if m.label == "PER"}
    introduced = {w.norm for s in ctx.sentences for k, w in enumerate(s.words)
                  if w.norm in adjectives and _person_follows(ctx, s.words, k + 1)}  # الرئيس الكيني X
    out: list[Span[MentionAttrs]] = []
    for sent in ctx.sentences:
        ws = sent.words
        for j, _ in event_cues().each(ws, _COUNTERPART):
            if j + 1 >= len(ws) or ctx.mention_at(ws[j]) is not None or ctx.mention_at(ws[j + 1]) is not None:
                continue
            hit = adjectives.get(ws[j + 1].norm)
            if hit is None or not hit[1] or ctx.text[ws[j].end:ws[j + 1].start].strip(" \u00a0"):
                continue  # «نظيره العماني»: the definite adjective at once, no mark between
            if _person_follows(ctx, ws, j + 2):
                continue  # «نظيره الفرنسي لوران فابيوس»: the person named
            dual = _dual_second(ctx, ws, j, citizens | {hit[0]}, introduced)
            if dual is not None:  # «نظيريه الأمريكي والسعودي»: the second counterpart's own state
                out.append(dual)
            if hit[0] in citizens or ws[j + 1].norm in introduced:
                continue  # «لقاءه مع نظيره الروسي» in an article naming Lavrov: he may be the one; «نظيره
                # الكيني» after «الرئيس الكيني اوهورو كينياتا»: a person of that state introduced
            if counterpart_holders(ctx, sent, ws[j].start, ws[j + 1].end):
                continue  # named elsewhere, or introduced with the owner's office and the adjective
            at = ctx.text.find(COUNTERPART_NOUN,  # where its span opens, past «ب», «ل», «و»
                            ws[j].start, ws[j].end)
            out.append(_side(ctx, ws[j].start if at < 0 else at, ws[j + 1].end, hit[0]))
    return out


def _side(ctx: ArticleContext, start: int, end: int, state: str) -> Span[MentionAttrs]:
    return Span(start, end, "PER", MentionAttrs(entity=state, norm=normalize(ctx.text[start:end]),
                                                resolved_by=f"{RESOLVED_BY}: {state}", side=state))


def _dual_second(ctx: ArticleContext, ws: list[Word], j: int, named: set[str | None],
                 introduced: set[str]) -> Span[MentionAttrs] | None:
    """The second adjective of a counterpart noun in the dual («نظيريه الأمريكي والسعودي»), joined by
    «و», as the side of its state where no person of that state is named (`named`, the first
    adjective's state among them) or introduced with it; the span the adjective without the «و»."""
    k = j + 2
    if not ws[j].norm.endswith(_DUAL) or k >= len(ws) or not ws[k].norm.startswith(AND) \
            or ctx.mention_at(ws[k]) is not None or ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
        return None
    hit = state_adjectives().get(ws[k].norm[len(AND):])
    if hit is None or not hit[1] or hit[0] in named or ws[k].norm[len(AND):] in introduced \
            or _person_follows(ctx, ws, k + 1):
        return None
    return _side(ctx, ws[k].start + len(AND), ws[k].end, hit[0])


def _person_follows(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """Whether a person is named within `_NAME_NEXT` words from word `k` on."""
    return any((m := ctx.mention_at(w)) is not None and m.label == "PER" for w in ws[k:k + _NAME_NEXT])
