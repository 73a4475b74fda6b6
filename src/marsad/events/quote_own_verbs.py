"""A continuation verb of saying («تابع», «أضاف») that is a verb of its own, its subject right
before it, not «وتابع» carrying the last speaker on (quotes.extract_quotes drops it as a cue)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues

_COMPLEMENTIZER = frozenset({"complementizer"})


def own_verb(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """A continuation verb right after a name has that name for its subject and is a verb
    of its own («السفير عيد الثقفي تابع شخصيا الحالة»), not «وتابع» carrying a speaker on;
    unless its reported clause opens right after it: the name is then its speaker («الدكتور
    المراغي يضيف أن إيران …»)."""
    m = ctx.mention_at(sent.words[k - 1]) if k > 0 else None
    ws = sent.words
    return m is not None and not ctx.text[m.end:ws[k].start].strip() \
        and not (k + 1 < len(ws) and quote_cues().at(ws, k + 1, _COMPLEMENTIZER))
