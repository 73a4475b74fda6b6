"""Where a reported clause ends at a later verb of saying. A verb a few words past the
complementizer is usually the clause's own («أن الوزير قال إن …»: the minister's saying is part
of what was reported); but one joined by و with a person named right after it opens a new
sentence of the writer's: «ويرى النادي أن اللاعب [لا حاجة لخدماته] ونفى بادغيش وجود مفاوضات …»
(the clause ends before «ونفى»; the next words are بادغيش's, not the club's)."""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.words import Word


def named_anew(ctx: ArticleContext, ws: list[Word], i: int) -> bool:
    """The verb of saying at word `i` is written with و and a person's name starts right after it."""
    if ctx.text[ws[i].start:ws[i].start + 1] != "و" or i + 1 >= len(ws):
        return False
    m = ctx.mention_at(ws[i + 1])
    return m is not None and m.label == "PER" and m.start == ws[i + 1].start
