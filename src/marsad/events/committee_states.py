"""The meeting of a committee of two states is a meeting of the two states.

«عقد الاجتماع الأول للجنة المشتركة السعودية الفرنسية للمراقبة في باريس», «عقد في العاصمة الجزائر
الاجتماع الثالث للجنة المكلفة بمتابعة البرنامج التنفيذي لاتفاقية التعاون الموقعة بين المملكة
العربية السعودية والجمهورية الجزائرية», then «وتقرر عقد الاجتماع الرابع ... للجنة في مدينة الرياض»:
the guide (round 42, from the blind readers of events-dev-fresh26) keys a joint committee of two
states meeting to the two states, one MEET per meeting, its next meeting planned too; a business
council's or forum's meeting stays none (it is no committee noun here).

A meeting noun (a MEET trigger that is a noun) followed within a few words of its clause (past an
ordinal: «الأول», «الثالث», «الرابع بمشيئة الله») by a committee noun (`lang/ar/event_cues.tsv`
kind state_committee: لجنة, للجنة, اللجنة) names the committee's states: two definite state
adjectives of two states within a few words after the committee noun
(`lang/state_sides.state_adjectives`: السعودية الفرنسية), else the two states joined by «و» right
after a «بين» within the committee's phrase (the agreement it follows up); a committee noun told
alone (للجنة, then a place or a stop) is the committee whose states the article named last. The
meeting is kept though its noun is definite (`committee_meeting`) and takes the two states as its
parties when it names fewer than two of its own.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.events.triggers import Trigger
from marsad.events.words import AND, BETWEEN, Word
from marsad.lang.clitics import ARTICLE
from marsad.lang.marks import breaks_or_quotes
from marsad.lang.state_sides import state_adjectives
from marsad.model import EventAttrs, Span

_COMMITTEE = frozenset({"state_committee"})
_COMMITTEE_REACH = 5  # words from the meeting noun to the committee noun (الاجتماع الرابع بمشيئة الله للجنة)
_ADJECTIVE_REACH = 4  # words after the committee noun to its last state adjective
# (للجنة المشتركة السعودية الفرنسية)
_PHRASE_REACH = 14  # words after the committee noun to its «بين» (للجنة المكلفة بمتابعة ... الموقعة بين)


def committee_meeting(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Trigger `t` is a committee's meeting whose two states the text names (see the module): a
    report to keep though its noun is definite and names no doer («عقد الاجتماع الأول للجنة ...»)."""
    k = _committee_after(ctx, sent, t)
    if k is None:
        return False
    if _states_of(ctx, sent, k) is not None:
        return True
    return _bare(sent.words, k) and any(
        _states_of(ctx, s, j) is not None for s in ctx.sentences if s.end <= sent.start
        for u in s.triggers() if (j := _committee_after(ctx, s, u)) is not None)


def committee_states(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Give each committee's meeting (see the module) the committee's two states as parties."""
    last: tuple[str, str] | None = None
    for si, ev in sorted(events, key=lambda x: x[1].attrs.trigger_start or x[1].start):
        if ev.label != "MEET" or ev.attrs.trigger_start is None:
            continue
        sent = ctx.sentences[si]
        trig = sent.trigger_at(ev.attrs.trigger_start)
        k = _committee_after(ctx, sent, trig) if trig is not None else None
        if k is None:
            continue
        states = _states_of(ctx, sent, k)
        if states is None and _bare(sent.words, k):
            states = last
        if states is None:
            continue
        last = states
        if len(ev.attrs.participants) < 2:
            ev.attrs.participants = list(states)
            ev.attrs.roles = {}


def _states_of(ctx: ArticleContext, sent: Sentence, k: int) -> tuple[str, str] | None:
    """The two states of the committee noun at word `k`: by adjectives, else after «بين»."""
    return _adjective_states(sent.words, k) or _states_between(ctx, sent, k)


def _committee_after(ctx: ArticleContext, sent: Sentence, trig: Trigger) -> int | None:
    """The index of the committee noun a few words after meeting noun `trig` (past ordinals and
    a phrase: «الاجتماع الرابع بمشيئة الله للجنة»), in its clause."""
    if trig.row.type != "MEET" or trig.row.pos != "noun":
        return None
    ws = sent.words
    for j in range(trig.index + trig.size, min(len(ws), trig.index + trig.size + _COMMITTEE_REACH)):
        if any(ch in ctx.text[ws[j - 1].end:ws[j].start] for ch in breaks_or_quotes()):
            return None
        if event_cues().at(ws, j, _COMMITTEE) is not None:
            return j
        if ctx.mention_at(ws[j]) is not None:
            return None
    return None


def _adjective_states(ws: list[Word], k: int) -> tuple[str, str] | None:
    """Two states named by definite adjectives within a few words after word `k`."""
    found: list[str] = []
    for w in ws[k + 1:k + 1 + _ADJECTIVE_REACH]:
        hit = state_adjectives().get(w.norm)
        if hit is not None and hit[1] and hit[0] not in found:
            found.append(hit[0])
    return (found[0], found[1]) if len(found) == 2 else None


def _states_between(ctx: ArticleContext, sent: Sentence, k: int) -> tuple[str, str] | None:
    """The two places joined by «و» right after a «بين» in the committee's phrase after word `k`."""
    ws = sent.words
    for j in range(k + 1, min(len(ws), k + 1 + _PHRASE_REACH)):
        if any(ch in ctx.text[ws[j - 1].end:ws[j].start] for ch in breaks_or_quotes()):
            return None
        if ws[j].norm != BETWEEN or j + 1 >= len(ws):
            continue
        a = ctx.mention_at(ws[j + 1])
        if a is None or a.label != "LOC" or a.start != ws[j + 1].start:
            return None
        after = ctx.mentions_in(a.end, sent.end, ("LOC",))
        b = after[0] if after else None
        if b is None or ctx.text[a.end:b.start].strip(" \u00a0") != AND:
            return None
        return ctx.entity_of(a), ctx.entity_of(b)
    return None


def _bare(ws: list[Word], k: int) -> bool:
    """The committee noun at `k` is told alone, no definite word qualifying it after it: a place
    preposition, a date or the end follows (للجنة في مدينة الرياض), not «للجنة المكلفة»."""
    return k + 1 >= len(ws) or not ws[k + 1].norm.startswith(ARTICLE)
