"""A body named by its definite head noun alone near a trigger («وصول ممثلي الصندوق», «وفد
الوزارة»): the last organisation the article named before whose name begins with that noun, a
party of the event as its full name would be.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import speaker_ref
from marsad.events.triggers import Trigger
from marsad.events.words import stems
from marsad.lang.normalize import normalize

_NEAR_NOUN = 6  # words around a trigger where a body named by its head noun takes part
_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")  # a definite noun, behind a proclitic or not


def bodies_by_noun(ctx: ArticleContext, sent: Sentence, t: Trigger, lo: int, hi: int) -> list[str]:
    """Organisations the words near a trigger name by their definite head noun alone (ممثلي
    الصندوق, وفد الوزارة, الحكومة): each the last organisation named before whose name begins
    with that noun; not a noun that begins a name of its own (الحركة حماس) or stands in one."""
    ws, out = sent.words, []
    for j in range(max(0, t.index - _NEAR_NOUN), min(len(ws), t.index + t.size + _NEAR_NOUN)):
        w = ws[j]
        if not (lo <= w.start < hi) or not w.norm.startswith(_DEFINITE) or ctx.mention_at(w) is not None:
            continue
        ref = speaker_ref(w.norm)
        if ref is None or ref[0] != "org" or (j + 1 < len(ws) and ctx.mention_at(ws[j + 1]) is not None):
            continue
        ent = _last_body(ctx, ref[1], w.start)
        if ent is not None and ent not in out:
            out.append(ent)
    return out


def _last_body(ctx: ArticleContext, key: str, before: int) -> str | None:
    """The last organisation named before `before` whose name begins with the noun `key`."""
    for m in reversed(ctx.mentions_in(0, before, ("ORG",))):
        first = normalize(m.slice(ctx.text)).split()[:1]
        if first and any(st.stem == key for st in stems(first[0])):
            return ctx.entity_of(m)
    return None
