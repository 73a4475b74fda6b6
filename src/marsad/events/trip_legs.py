"""The legs of a trip: each stop a visit of its own (the annotation guide: a trip is one VISIT a
stop, each with its own status and date).

A place joined to the one before it by a word of sequence alone («بزيارة روسيا ومن بعدها
فرنسا», «سافر إلى بغداد ثم إلى عمّان», «ومنها إلى البصرة») is the next stop of a tour's list
(`sequence_join`, read by `events.stops`), as a place joined by «و» is; a word of sequence that
may also mean «among them» («منها»: window 0) joins only before «إلى» («زار عددا من المواقع في
عدن، منها الميناء» names sites of one visit). The words are rows of `lang/ar/event_cues.tsv`
(kind next_leg).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.model import Span

_LEG = frozenset({"next_leg"})
_TO = frozenset({"goal_prep"})
_BETWEEN_STOPS = set(" \u00a0،,()«»\"")  # between the words of a join: «(روسيا) ومن بعدها (فرنسا)»


def sequence_join(ctx: ArticleContext, sent: Sentence, a: Span, b: Span) -> bool:
    """Whether place `b` follows place `a` of the sentence joined by a word of sequence and nothing
    else but «إلى» («روسيا ومن بعدها فرنسا», «بغداد ثم إلى عمّان»; punctuation aside)."""
    ws = sent.words
    k, end = sent.word_index(a.end - 1) + 1, sent.word_index(b.start)
    cue = event_cues().at(ws, k, _LEG) if k < end else None
    if cue is None:
        return False
    k += cue.size
    to = event_cues().at(ws, k, _TO) if k < end else None
    k += to.size if to is not None else 0
    if k != end or (to is None and not int(cue.value or 0)):  # «منها ميناء الزيت»: among them, no stop
        return False
    gaps = [ctx.text[a.end:ws[sent.word_index(a.end - 1) + 1].start], ctx.text[ws[end - 1].end:b.start]]
    return all(set(g) <= _BETWEEN_STOPS for g in gaps)
