"""A verb of discussing used as one of searching: «باريس تبحث عن الحلول السياسية», «يبحث
المسؤولون عن حل». A `search_prep` word of lang/ar/event_senses.tsv (عن) right after the verb, or
right after the name of its subject there, makes it a search: no meeting (`senses.another_sense`)."""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import sense_word
from marsad.events.words import Word


def searching(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a `search_prep` word stands at word `j` (the one after the verb), or right after
    the name of the verb's subject that stands there («يبحث X عن»)."""
    if j < len(ws) and (m := ctx.mention_at(ws[j])) is not None:
        j = next((k for k in range(j, len(ws)) if ws[k].start >= m.end), len(ws))
    return j < len(ws) and sense_word(ws[j], "search_prep")
