"""A place or body named in construct with an office (أمير [الرياض], أمير [منطقة] الرياض, وزير
[خارجية] مصر): words of the office phrase the events read (`office_phrases.office_phrase` with `places`),
so that the office said again without its holder's name is matched whole to the one introduced
with it (`appositive_offices.py`); and the bare noun of such a place before a name, a word of the office
that name is introduced with (`coref.TitleIndex`: «وزير خارجية جمهورية مصر العربية الأستاذ X»)."""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import speaker_ref
from marsad.events.words import Word


def in_construct_place(ctx: ArticleContext, ws: list[Word], k: int, j: int) -> bool:
    """Word `j` of the office at word `k` names a place or body in construct with it (أمير
    [الرياض]), not after a definite qualifier (زار وزير الخارجية الروسي [طهران]: the object), or is
    a bare noun in construct right after the head before a definite word (أمير [منطقة] الرياض,
    وزير [خارجية] مصر); no person, date or punctuation between."""
    if ctx.text[ws[j - 1].end:ws[j].start].strip() or ctx.in_timex(ws[j]):
        return False
    m = ctx.mention_at(ws[j])
    if m is not None:  # in construct after the head or a bare noun, not after a definite qualifier
        return m.label in ("LOC", "ORG") and (j == k + 1 or not ws[j - 1].norm.startswith("ال")
                                              or ctx.mention_at(ws[j - 1]) is m)
    return j == k + 1 and j + 1 < len(ws) and not ws[j].norm.startswith(("ال", "و")) \
        and speaker_ref(ws[j].norm) is None and (ws[j + 1].norm.startswith("ال") or (
            (n := ctx.mention_at(ws[j + 1])) is not None and n.label in ("LOC", "ORG")))


def place_noun_in_office(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether word `j` is the bare noun of a place in construct between a title and the place's
    name (وزير [خارجية] إيران, أمير [منطقة] الجوف, مدير شرطة [محافظة] جدة): a word of the office
    the name after it is introduced with, not where that office ends."""
    if j < 1 or j + 1 >= len(ws):
        return False
    ref = speaker_ref(ws[j - 1].norm)
    if ref is None or ref[0] not in ("title", "org"):
        return False
    m = ctx.mention_at(ws[j + 1])
    return m is not None and m.label == "LOC" and in_construct_place(ctx, ws, j - 1, j)
