"""A continuation verb of saying («تابع», «أضاف») that is a verb of its own, its subject right
before it, not «وتابع» carrying the last speaker on (quotes.extract_quotes drops it as a cue)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues
from marsad.events.speaker_clauses import joined_verb
from marsad.events.speaker_names import definite

_COMPLEMENTIZER = frozenset({"complementizer"})


def own_verb(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """A continuation verb right after a name, or with no conjunction right after the definite
    noun a complementizer opens with («أن [القنصلية] تابعت الحادثة»), has it for its subject and
    is a verb of its own («السفير عيد الثقفي تابع شخصيا الحالة»), not «وتابع» carrying a speaker
    on; unless its reported clause opens right after it: the name is then its speaker
    («الدكتور المراغي يضيف أن إيران …»)."""
    ws = sent.words
    m = ctx.mention_at(ws[k - 1]) if k > 0 else None
    noun = k > 1 and definite(ws[k - 1].norm) and not joined_verb(ws[k]) \
        and quote_cues().at(ws, k - 2, _COMPLEMENTIZER) is not None  # round 42: «أن الشركة تابعت القضية»
    end = m.end if m is not None else ws[k - 1].end
    return (noun or m is not None) and not ctx.text[end:ws[k].start].strip() \
        and not (k + 1 < len(ws) and quote_cues().at(ws, k + 1, _COMPLEMENTIZER))
