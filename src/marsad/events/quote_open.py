"""Marked speech that runs past its sentence: «وأضاف البيان «منذ تأسيس المستشفى وهناك ضعف ... .
وتم دعم الأقسام ...»», «وقال تاردونو « الرياح الشمسية كانت أكثر ضراوة ... . ربما ...»».

The marks of a sentence pair inside it (`marks.quote_pairs` over the sentence); an opening mark
whose closing one stands in a later sentence holds a quotation of several sentences, which no
sentence's pairs see. When a verb of saying of the sentence stands before it (as for marked
words inside one sentence, `quotes._direct`), the words from the opening mark to the closing one
are a direct quotation of that verb's speaker (issue 15 round 29).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue
from marsad.events.quote_labels import trim
from marsad.events.quote_speaker import Found
from marsad.lang.marks import quote_pairs


def open_speech(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]],
                found: list[Found]) -> list[Found]:
    """The direct quotation a verb of saying of `sent` opens with marks that close past the
    sentence's end; none that overlaps a quotation already `found`."""
    if not cues:
        return []
    out: list[Found] = []
    for s, e in quote_pairs(ctx.text, sent.start, len(ctx.text)):
        if s >= sent.end:
            break
        if e <= sent.end or s <= sent.start or any(f.start < e and s < f.end for f in found):
            continue
        before = [(k, c) for k, c in cues if sent.words[k].end <= s - 1]
        if before:
            k, c = before[-1]
            start, end = trim(ctx.text, s, e)
            out.append(Found(start, end, "direct", k, c, s - 1))
        break  # the marks close past the sentence: no other pair opens in it after them
    return out
