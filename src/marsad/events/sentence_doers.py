"""Events whose own clause names no doer, and the doer another verb of their sentence names.

Arabic joins the acts of one doer in a sentence and names him once:

- A meeting verb after a visit: «سيزور الملك X الولايات المتحدة ويلتقي بالرئيس Y», «قام فريق ...
  بزيارة إلى مستشفى ...، حيث اجتمع الفريق بـ Y». The meeting verb's clause names only whom he met,
  so the meeting keeps one party and would be dropped as too few (`extract._too_few_parties`);
  the visit before it holds its visitor. A meeting or call with one party, a verb trigger after a
  visit of the same sentence and none of its parties before its trigger takes that visitor as its
  first party (`visitor_meets`); so does one with several parties, all named after it, whose verb
  is told as within the visit right after it («زيارة تفقدية قام بها X إلى مركز ...؛ التقى خلالها
  المشرف العام Y ونائبه Z»: the pronoun of «خلالها» is the visit, whose visitor meets Y and Z).
- A visit in the lead-in of a quotation: «وقال أردوغان قبل أن يبدأ زيارة رسمية إلى الصين إن ...».
  The visit sits in a clause of time under the verb of saying, whose subject is the speaker; the
  visit names no one. A visit with no party whose trigger stands before a quotation of its
  sentence, after the named speaker of that quotation, is the speaker's (`speaker_visits`).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import cue_forms, event_cues, quote_cues
from marsad.events.words import possessed
from marsad.model import EventAttrs, QuoteAttrs, Span

_MEETINGS = frozenset({"MEET", "CALL"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_TIME_WORD = frozenset({"background"})  # بعد, قبل, منذ: «قبل أن» opens a time, not reported words
_DURING = "during"  # خلال, أثناء: «التقى خلالها»: a meeting within the visit its pronoun stands for


def _verb_at(ctx: ArticleContext, si: int, start: int) -> bool:
    """Whether the trigger word starting at `start` in sentence `si` is a verb trigger."""
    sent = ctx.sentences[si]
    return any(t.row.pos == "verb" and sent.words[t.index].start == start for t in sent.triggers())


def _within_the_visit(ctx: ArticleContext, si: int, start: int) -> bool:
    """Whether the trigger word starting at `start` is followed right away by a word of time
    span (`event_cues` kind during) carrying a pronoun («التقى خلالها», «اجتمع أثناءها»): what it
    tells happens within the event the pronoun stands for."""
    ws = ctx.sentences[si].words
    k = next((j + 1 for j, w in enumerate(ws) if w.start == start), len(ws))
    return k < len(ws) and any(possessed(ws[k].norm, form) for form in cue_forms(_DURING))


def _visitor(ev: Span[EventAttrs]) -> str | None:
    """The visit's visitor: its guest where roles say, else its first party."""
    guests = [p for p, r in ev.attrs.roles.items() if r == "guest" and p in ev.attrs.participants]
    if guests:
        return guests[0]
    return ev.attrs.participants[0] if ev.attrs.participants else None


def visitor_meets(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Give a one-party meeting verb that follows a visit in its sentence the visitor as its
    subject (see the module docstring); `events` are (sentence index, event) as built."""
    for si, ev in events:
        start = ev.attrs.trigger_start
        if ev.label not in _MEETINGS or not ev.attrs.participants or start is None \
                or not _verb_at(ctx, si, start):
            continue
        if len(ev.attrs.participants) > 1 and not _within_the_visit(ctx, si, start):
            continue
        before = ctx.mentions_in(ctx.sentences[si].start, start)
        if any(ctx.entity_of(m) in ev.attrs.participants for m in before):
            continue  # «والتقى X ...»: X named before the verb may be its own subject
        visits = [v for sj, v in events if sj == si and v.label == "VISIT" and v.attrs.participants
                  and v.attrs.trigger_start is not None and v.attrs.trigger_start < start]
        if not visits:
            continue
        visitor = _visitor(visits[-1])
        if visitor is not None and visitor not in ev.attrs.participants:
            ev.attrs.participants.insert(0, visitor)


def _reported(ctx: ArticleContext, si: int, lo: int, hi: int) -> bool:
    """Whether a complementizer (إن, أن: `quote_cues` kind complementizer) or a colon stands
    between offsets `lo` and `hi` of sentence `si`: what follows it is the speaker's words
    («قال X: إن زيارة ولي العهد تنطلق ...», a visit he speaks of), not his own act."""
    sent = ctx.sentences[si]
    if ":" in ctx.text[lo:hi]:
        return True
    ws = sent.words
    return any(lo <= w.start < hi and quote_cues().at(ws, j, _COMPLEMENTIZER) is not None
               and not (j > 0 and event_cues().at(ws, j - 1, _TIME_WORD) is not None)  # قبل أن يبدأ: a time
               for j, w in enumerate(ws))


def speaker_visits(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]],
                   quotes: list[Span[QuoteAttrs]]) -> None:
    """Give a visit with no party, in the lead-in of a quotation whose speaker is named before
    it in the sentence, that speaker as its visitor (see the module docstring)."""
    for si, ev in events:
        start = ev.attrs.trigger_start
        if ev.label != "VISIT" or ev.attrs.participants or start is None:
            continue
        sent = ctx.sentences[si]
        for q in quotes:
            if not (start < q.start < sent.end) or q.attrs.speaker is None:
                continue
            named = ctx.mentions_of(q.attrs.speaker, sent.start, start, ("PER",))
            if named and not _reported(ctx, si, named[-1].end, start):
                ev.attrs.participants.append(q.attrs.speaker)
                ev.attrs.roles[q.attrs.speaker] = "guest"
            break


def sentence_doers(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]],
                   quotes: list[Span[QuoteAttrs]]) -> None:
    """Both rules of the module docstring on the events of an article as built."""
    visitor_meets(ctx, events)
    speaker_visits(ctx, events, quotes)
