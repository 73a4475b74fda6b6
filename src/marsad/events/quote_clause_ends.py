"""Where a reported clause ends at a later verb of saying. A verb a few words past the
complementizer is usually the clause's own («أن الوزير قال إن …»: the minister's saying is part
of what was reported); but one joined by و with a person named right after it opens a new
sentence of the writer's: «ويرى النادي أن اللاعب [لا حاجة لخدماته] ونفى بادغيش وجود مفاوضات …»
(the clause ends before «ونفى»; the next words are بادغيش's, not the club's). So does one joined by
a comma and و that agrees with the clause's own cue, however near it comes: «وقال إن [المملكة
تتصدى للإرهاب]، وقال إن …», «كشفت مصادر أن [الوجهة التالية أبين]، وكشفت أن …» (the guide, round
51: a second clause after a new verb of saying is a span of its own; a verb inside the clause
has its subject before it and no comma: «إن الوزير قد أكد أن …»)."""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import quote_cues
from marsad.events.speaker_agreement import cue_agreement
from marsad.events.words import Word

_COMMAS = "،,؛;"
_BLOCKERS = frozenset({"blocker"})  # quote_cues kind: بينهم, الذي


def named_anew(ctx: ArticleContext, ws: list[Word], i: int) -> bool:
    """The verb of saying at word `i` is written with و and a person's name starts right after it."""
    if ctx.text[ws[i].start:ws[i].start + 1] != "و" or i + 1 >= len(ws):
        return False
    m = ctx.mention_at(ws[i + 1])
    return m is not None and m.label == "PER" and m.start == ws[i + 1].start


def said_anew(ctx: ArticleContext, ws: list[Word], i: int, k: int) -> bool:
    """The verb of saying at word `i` is written with و right after a comma and agrees with the cue
    at word `k` that opened the clause (both m, f or p): the same speaker's new saying, not a verb
    inside the reported clause («أن [هذه النتائج مثيرة]، وتؤكد فاعلية …»: the results confirm); not a
    word that also reads as a blocker («أن [المقبوض عليهم]، وبينهم عناصر …»: among them, no بيّن)."""
    if i == 0 or ctx.text[ws[i].start:ws[i].start + 1] != "و" \
            or not any(ch in _COMMAS for ch in ctx.text[ws[i - 1].end:ws[i].start]) \
            or quote_cues().at(ws, i, _BLOCKERS) is not None:
        return False
    agreement = cue_agreement(ws[i])
    return agreement is not None and agreement == cue_agreement(ws[k])
