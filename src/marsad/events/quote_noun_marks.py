"""Marked words that open right after the complementizer of a noun of saying, only who said it
between: «على الرغم من إعلان وزارة الداخلية أنه «[لا وجود لتلك المحاولة أصلا]»». The clause is the
noun's reported speech (quote_clause_cues.subject_only), as «إعلان الوزارة أن …» is, and its words
are all in marks: a direct quotation, as after the verb «وأعلنت الوزارة أنه «…»»."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_clause_cues import subject_only
from marsad.events.quote_speaker import Found

_COMPLEMENTIZER = frozenset({"complementizer"})


def marked_after_noun(ctx: ArticleContext, sent: Sentence, marks: list[tuple[int, int]],
                      nouns: list[tuple[int, Cue]], pairs: list[tuple[int, int]],
                      found: list[Found]) -> list[Found]:
    """A direct quotation for each marked span whose opening mark follows a complementizer at
    once, that complementizer the nearest one after a noun of saying (`nouns`) with only its
    subject between, where no quotation found before stands."""
    ws, out = sent.words, []
    for s, e in marks:
        j = max((i for i, w in enumerate(ws) if w.end <= s - 1), default=-1)
        if j < 1 or ctx.text[ws[j].end:s - 1].strip() or quote_cues().at(ws, j, _COMPLEMENTIZER) is None \
                or any(f.start < e and s < f.end for f in found):
            continue
        before = [(k, c) for k, c in nouns if k + c.size <= j]
        if not before:
            continue
        k, c = before[-1]
        if subject_only(ctx, sent, k + c.size, ws[j].start, pairs):
            out.append(Found(s, e, "direct", k, c, ws[j].start))
    return out
