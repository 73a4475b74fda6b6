"""Speech after a colon without marks, a verb of saying and its subject before it (moved out of
quotes.py as it was, issue 15 round 48): «وقال وزير الحج: [ونحن نعيش ...]»."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_colon import (
    after_complementizer,
    before_orphan_closer,
    colon_speech_end,
    next_line_speech,
    subject_colon,
)
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found
from marsad.lang.marks import SPEECH_OPENERS

_COMPLEMENTIZER = frozenset({"complementizer"})


def colon_speech(ctx: ArticleContext, sent: Sentence, pairs: list[tuple[int, int]],
                 cues: list[tuple[int, Cue]], found: list[Found]) -> list[Found]:
    """Speech after a colon without marks: «وقال وزير الحج: ونحن نعيش ...» (a verb of saying,
    its subject, a colon, then the words to the sentence's end)."""
    out = []
    ws = sent.words
    for k, c in cues:
        colon = subject_colon(ctx.text, sent, k, c.size, c.kind == "verb")
        if colon < 0 or any(s - 1 <= colon < e + 1 for s, e in pairs):
            continue
        gap = ctx.text[ws[k + c.size - 1].end:colon]  # after the cue's last word («جاء فيه:»)
        if c.kind == "participle" and any(ch.isalnum() or ch in SPEECH_OPENERS for ch in gap):
            continue  # مضيفا: “...”, its words right after it (a tanween «قائلاً:» is no word)
        start, end = trim(ctx.text, colon + 1, colon_speech_end(sent, cues, colon, ctx.text))
        end = before_orphan_closer(ctx.text, start, end, pairs)  # «وأضاف يقول: ... وصلنا»، وعن ...»
        said_start = start
        start = after_complementizer(sent, start)  # وقال: إن ...
        holds = start == said_start  # «وأضافت: قمنا ... «سلام» ...» holds its marks; «قال: إن X "..."» not
        if ctx.text[start:start + 1] in SPEECH_OPENERS:  # an opening mark the sentence does not close
            if any(s - 1 == start for s, _ in pairs):
                continue  # a marked quote after the colon is a direct one already
            start, end = trim(ctx.text, start + 1, end)
        # «: إن X ... الذين يقولون إن Y»: X ends where that verb's own quotation starts
        later = [ws[f.cue_index].start for f in found
                 if f.cue_index >= 0 and start < ws[f.cue_index].start < end]
        if later and not holds:
            cut = trim(ctx.text, start, min(later))
            if len(ctx.text[cut[0]:cut[1]].split()) >= COLON_WORDS:
                start, end = cut
            else:  # «: إن وزارة العدل قالت دوما إن ...»: the quotation inside is part of this speech
                holds = True
        rest = ctx.text[start:end]
        if not rest.strip() and not any(quote_cues().at(ws, j, _COMPLEMENTIZER) for j in range(k, len(ws))) \
                and (line := next_line_speech(ctx, sent, colon, COLON_WORDS)) is not None:
            out.append(Found(*line, "direct", k, c, colon))  # وكتبت:⏎«...»: the speech on the next line
            break
        if len(rest.split()) < COLON_WORDS:
            continue
        if any(f.start < end and start < f.end and not (holds and start <= f.start and f.end <= end and (
                f.cue_index == k or (f.cue_index >= 0 and ws[f.cue_index].start >= start)))
               for f in found) or any(s - 1 <= start < e for s, e in pairs) \
                or any(o.start < end and start < o.end for o in out):
            continue  # «وأضافت: قمنا بالتجهيز لمعرض «سلام» ...»: the marks inside are its verb's, not a quote
        out.append(Found(start, end, "direct", k, c, colon))
    return out
