"""A person named as the source of marked words with no verb of saying: «"…"، حسب [السيدة ليو]
التي …» says whose the words are (no quotation by itself: the annotation guide), so a verb that
goes on without a subject in what follows («وتضيف: "…"») is hers, not the last one a verb of
saying named before («قالت [دويل] …»).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import speaker_ref

_ACCORDING = frozenset({"حسب", "بحسب"})  # normalised
_CLOSING = "»”\""  # marks that close words just quoted
_COURTESY_WORDS = 2  # courtesy or title words between «حسب» and the name («حسب السيدة»)


def marked_sources(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, str]]:
    """Each person named right after «حسب» or «بحسب» that follows the closing mark of quoted words
    (a comma between allowed: «…»، حسب [X]»), with courtesy words or a title before the name
    («حسب السيدة [ليو]»), as (offset of «حسب», person), in order. Not a body («”وفقا لرويترز»: an
    agency that carried the words), not a name further on («حسب تقرير نشره [X]»)."""
    ws = sent.words
    out: list[tuple[int, str]] = []
    for k, w in enumerate(ws):
        if w.norm not in _ACCORDING or k == 0:
            continue
        before = ctx.text[ws[k - 1].end:w.start].strip(" \t،,")
        if not before or before[-1] not in _CLOSING:
            continue
        for j in range(k + 1, min(len(ws), k + 2 + _COURTESY_WORDS)):
            m = ctx.mention_at(ws[j])
            if m is not None:
                if m.label == "PER" and m.start == ws[j].start:
                    out.append((w.start, ctx.entity_of(m)))
                break
            ref = speaker_ref(ws[j].norm)
            if ref is None or ref[0] not in ("honorific", "title"):
                break
    return out
