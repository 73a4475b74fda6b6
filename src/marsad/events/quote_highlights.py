"""An interview's highlights: the dashed items an interview opens with, before its byline, are the
interviewee's own words («- الرسول والصحابة لم يفجروا المساجد. - لا تشدد في نصح الشباب. … أجرى
الحوار X: يقول الشيخ Y إن …»). Each item is a direct quotation of the person the lead after the
byline quotes first (issue 15 round 32).

Only an article whose body opens with two dashed items at least, each of a few words, running
on up to an interviewer's byline word (interview_cues role interviewer: «أجرى الحوار», «حاوره»),
and whose lead after the byline quotes a named person who is no interviewer; the items' marks are
interview_cues' answer marks. Quotations found inside an item give way to the whole item.

Over a dateline with no interviewer's word («شقران الرشيدي- سبق- الرياض: …»), or where the one the
lead quotes first is named at the byline word («يدور حوار "سبق" مع الكاتب X»), the items are the
dashed lines the body opens with, up to its first line that is none, when the interview's answers
after them (quote_interview's) are three at least and all one person's: he said the items too
(issue 15 round 36; the fresh reading r36-quotes-recall-seed36 missed twelve there).
"""

from __future__ import annotations

import re
from functools import cache

from marsad.events.context import ArticleContext
from marsad.events.quote_interview import turn_marks
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.model import QuoteAttrs, Span

MIN_ITEMS = 2
ANSWERED_TURNS = 3  # interview answers after highlights with no interviewer's byline
_LEAD_CHARS = 1500  # how far after the byline the lead's first named speaker is looked for
_EDGE = " \t\n\u00a0\u200f\u200e\u200b"
_BYLINE_WORDS = 3  # words between the last item and the byline word («أجرى»)
_BYLINE_NAME_CHARS = 40  # where the interviewer's name stands after the byline word
_DATELINE_CHARS = 60  # a dateline's colon after its writer's name, outlet and city


def with_highlights(ctx: ArticleContext, quotes: list[Span[QuoteAttrs]]) -> list[Span[QuoteAttrs]]:
    """`quotes` with each highlight of an interview as a direct quotation of its interviewee."""
    body = [s for s in ctx.sentences if s.role != "title"]
    if not body:
        return quotes
    start = body[0].start
    byline = _byline(ctx, start)
    items = _items(ctx.text, start, byline) if byline is not None else []
    if byline is None or len(items) < MIN_ITEMS:
        return _answered_highlights(ctx, start, quotes)
    speaker = next((q.attrs.speaker for q in quotes if byline <= q.start < byline + _LEAD_CHARS
                    and q.attrs.speaker is not None and not _asks(ctx, q.attrs.speaker, byline)), None)
    if speaker is None:  # «يدور حوار "سبق" مع الكاتب X»: the one named at the byline word answers
        return _answered_highlights(ctx, start, quotes)
    return _as_items(quotes, items, speaker)


def _as_items(quotes: list[Span[QuoteAttrs]], items: list[tuple[int, int]],
              speaker: str) -> list[Span[QuoteAttrs]]:
    """`quotes` with each item as a direct quotation of `speaker`, in place of those inside it."""
    kept = [q for q in quotes if not any(s <= q.start and q.end <= e for s, e in items)]
    added = [Span(s, e, "direct", QuoteAttrs(speaker=speaker, cue="-")) for s, e in items
             if not any(q.start < e and s < q.end for q in kept)]
    return sorted(kept + added, key=lambda q: q.start)


def _answered_highlights(ctx: ArticleContext, start: int,
                         quotes: list[Span[QuoteAttrs]]) -> list[Span[QuoteAttrs]]:
    """Highlights over a byline with no interviewer's word («X- سبق- الرياض: …»): the dashed items
    the body opens with, up to its first line that is no item, when the interview's answers after
    them (quote_interview's, cue «-») are ANSWERED_TURNS at least and all one person's, who said them."""
    lines = _item_lines(ctx.text, start)
    if len(lines) < MIN_ITEMS:
        return quotes
    answers = [q for q in quotes if q.start >= lines[-1][1] and q.attrs.cue == "-"]
    speakers = {q.attrs.speaker for q in answers}
    speaker = next(iter(speakers)) if len(speakers) == 1 else None
    if len(answers) < ANSWERED_TURNS or speaker is None or _dated_by(ctx, lines[-1][1], speaker):
        return quotes
    return _as_items(quotes, lines, speaker)


def _dated_by(ctx: ArticleContext, after: int, speaker: str) -> bool:
    """The speaker is named in the dateline after the items, before its colon («[X]- سبق- الرياض:»):
    the interviewer, whom the answers were given to by mistake."""
    start = len(ctx.text) - len(ctx.text[after:].lstrip(_EDGE + "\n"))
    colon = ctx.text.find(":", start, start + _DATELINE_CHARS)
    return colon >= 0 and any(ctx.entity_of(m) == speaker and start <= m.start < colon for m in ctx.mentions)


def _item_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines from `start` on that each open with an answer mark and hold COLON_WORDS words at
    least (without the mark), up to the first line that does not; blank lines between are passed."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.strip(_EDGE):
            m = _item_marks().match(line.lstrip(_EDGE))
            if m is None:
                break
            s, e = trim(text, pos + len(line) - len(line.lstrip(_EDGE)) + m.end(), end, _EDGE)
            if len(text[s:e].split()) < COLON_WORDS:
                break
            out.append((s, e))
        pos = end + 1
    return out


def _byline(ctx: ArticleContext, start: int) -> int | None:
    """Where the first interviewer's byline word after `start` stands («أجرى [الحوار]/ X», «[حاوره]:
    X»), else None; the items must run on right up to it (`_items`)."""
    m = _byline_words().search(ctx.text, start)
    return m.start() if m is not None else None


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The dashed items [start, end) of the text between the body's start and the byline word at
    `end` (the word before it, «أجرى», and its line aside): all of it must be items, each opened by
    an answer mark and of COLON_WORDS words at least; [] otherwise."""
    head = text[start:end]
    cut = max(head.rfind("."), head.rfind("\n"), head.rfind("!"), head.rfind("؟"))
    if cut < 0 or len(head[cut + 1:].split()) > _BYLINE_WORDS:
        return []  # more than «أجرى» and a dateline between the last item and the byline
    pieces = _item_marks().split(head[:cut + 1])
    if pieces[0].strip(_EDGE):
        return []  # the body opens with something else: no highlights
    out: list[tuple[int, int]] = []
    pos = start + len(pieces[0])
    for piece in pieces[1:]:
        pos += 1  # the mark
        s, e = trim(text, pos, pos + len(piece), _EDGE)
        pos += len(piece)
        if len(text[s:e].split()) < COLON_WORDS:
            return []
        out.append((s, e))
    return out


@cache
def _byline_words() -> re.Pattern[str]:
    """An interviewer's byline word (interview_cues role interviewer) standing as a whole word."""
    words = "|".join(re.escape(w) for w in turn_marks().interviewer_words)
    return re.compile(rf"(?<![\u0621-\u064A])(?:{words})(?![\u0621-\u064A])")


@cache
def _item_marks() -> re.Pattern[str]:
    """A one-character answer mark opening an item, at the start or after a space or a sentence end."""
    marks = "".join(re.escape(f) for f in turn_marks().answer_starts if len(f) == 1)
    return re.compile(rf"(?:^|(?<=[\s.!؟]))[{marks}](?=\s)")


def _asks(ctx: ArticleContext, speaker: str, byline: int) -> bool:
    """The speaker is named within the byline's few words: the interviewer, who asks."""
    return any(ctx.entity_of(m) == speaker and byline <= m.start < byline + _BYLINE_NAME_CHARS
               for m in ctx.mentions)
