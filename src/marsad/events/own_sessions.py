"""A body's own session is no meeting between actors (issue 15).

A meeting noun followed by a body or one of its organs — «اجتماع اللجنة التنفيذية للفيفا»,
«اجتماعات الحزب الحاكم», «اجتماع لحزب المجلس الوطني», «اجتماع وزراء خارجية الاتحاد الأوروبي»,
«قمة الاتحاد الأفريقي» — or by «لها/له» («تعقد اللجنة التنفيذية اجتماعا لها»: its own) tells a body
sitting, no two actors meeting (`docs/realtext-annotation.md`: a committee's or council's own
sessions are none). The names it yields are that body and its organ, so an event whose every
party is named in the phrase right after the noun (up to مع, بين, a preposition of place or a
mark) is dropped; one with a party named elsewhere is kept: a partner after مع («اجتماع هيئة
التنسيق مع الائتلاف»), a guest taking part («خلال مشاركته في اجتماع وزراء الشؤون الخارجية
الأوروبيين»); so is one whose phrase names two states or more («اجتماع وزراء خارجية مصر والسودان
وإثيوبيا»: a meeting among them). The words are data (`event_own_sessions.tsv`).
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.readings import _is_one_of
from marsad.events.triggers import Trigger
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span

_PHRASE = 8  # words of the body's phrase after the noun at most
_STATES = 2  # states named in the phrase that make it a meeting among them


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("event_own_sessions") if r["kind"] == kind)


def own_session(ctx: ArticleContext, ev: Span[EventAttrs]) -> bool:
    """Whether a meeting is a body's own session: its noun is followed by a body word or «لها»,
    and every party of it is named in that phrase (fewer than two of them states)."""
    if ev.label != "MEET" or ev.attrs.trigger_start is None:
        return False
    found = _trigger_at(ctx, ev.attrs.trigger_start)
    if found is None:
        return False
    sent, t = found
    ws, j = sent.words, t.index + t.size
    if t.row.pos != "noun" or t.possessed or j >= len(ws):
        return False
    if ws[j].norm in _words("own_pronoun"):
        return not _partner_after(sent, j + 1)
    if not _is_one_of(ws[j].norm, _words("body")):
        return False
    end = _phrase_end(ctx, sent, j)
    inside = ctx.mentions_in(ws[j].start, ws[end - 1].end)
    ids = {ctx.entity_of(m) for m in inside}
    states = {ctx.entity_of(m) for m in inside if m.label == "LOC"} & set(ev.attrs.participants)
    return set(ev.attrs.participants) <= ids and len(states) < _STATES


def _trigger_at(ctx: ArticleContext, start: int) -> tuple[Sentence, Trigger] | None:
    for sent in ctx.sentences:
        if sent.start <= start < sent.end:
            for t in sent.triggers():
                if sent.words[t.index].start == start:
                    return sent, t
            return None
    return None


def _phrase_end(ctx: ArticleContext, sent: Sentence, j: int) -> int:
    """The index after the body's phrase that starts at word `j`: up to a stop word or a mark
    between two words, `_PHRASE` words at most."""
    ws, stops = sent.words, _words("stop")
    k = j + 1
    while k < min(len(ws), j + _PHRASE):
        if ws[k].norm in stops or ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0«»\"“”"):
            break
        k += 1
    return k


def _partner_after(sent: Sentence, j: int) -> bool:
    """Whether «مع» or «بين» follows within a few words (اجتماعا له مع X: a partner named)."""
    return any(w.norm in _words("partner") for w in sent.words[j:j + _PHRASE])
