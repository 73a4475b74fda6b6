"""Reported speech carried on into the next sentence by its complementizer alone.

«وأكد أوباما أن شرطة «إف بي آي» ستتولى التحقيق في الهجوم. [وأن] وزارة الدفاع اتخذت كل
الإجراءات ...»: a sentence that opens with و and أن (وأن, وأنه, وبأن ...) right after a sentence
ending in a quotation goes on with that quotation's reported speech; its words up to the next
verb of saying (or the sentence's end) are another indirect quotation of the same speaker. Only
the أن forms: «وإن» also opens a concession («وإن كان ...»), «كما أن» is the writer's own
addition.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue
from marsad.events.quote_labels import trim
from marsad.events.quote_speaker import Found
from marsad.model import QuoteAttrs, Span

CARRIED_OPENERS = frozenset({"وأن", "وأنه", "وأنها", "وأنهم", "وأنهما", "وبأن", "وبأنه", "وبأنها",
                             "وبأنهم"})
_GAP = " \t\u00a0\"'”»›.،,"  # what may part the quotation before from the sentence
_MIN_WORDS = 3


def carried_clause(ctx: ArticleContext, sent: Sentence, before: Span[QuoteAttrs] | None,
                   cues: list[tuple[int, Cue]]) -> Found | None:
    """The indirect quotation `sent` carries on from the quotation `before` (the last one found
    before it), or None: `sent` opens with a CARRIED_OPENERS word and only marks, punctuation and
    at most one line break stand between `before`'s end and it."""
    ws, text = sent.words, ctx.text
    if before is None or len(ws) <= _MIN_WORDS or text[ws[0].start:ws[0].end] not in CARRIED_OPENERS:
        return None
    gap = text[before.end:ws[0].start]
    if before.end > ws[0].start or gap.replace("\n", "", 1).strip(_GAP):
        return None
    end = min((ws[k].start for k, _ in cues if k > 0), default=sent.end)
    start, end = trim(text, ws[1].start, end)
    if len(text[start:end].split()) < _MIN_WORDS:
        return None
    return Found(start, end, "indirect", -1, None, ws[0].start)
