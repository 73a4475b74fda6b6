"""A body named by its definite head noun alone near a trigger («وصول ممثلي الصندوق», «وفد
الوزارة»): the last organisation the article named before whose name begins with that noun, a
party of the event as its full name would be.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import sense_norm, speaker_ref
from marsad.events.triggers import Trigger
from marsad.events.visit_parties import delegates
from marsad.events.words import Word, stems
from marsad.lang.clitics import ARTICLE, LAM_ARTICLE
from marsad.lang.normalize import normalize

_NEAR_NOUN = 6  # words around a trigger where a body named by its head noun takes part
_DELEGATION = "delegation"  # وفد, الوفد: event_senses rows
_SENDER_GAP = 5  # words from a delegation noun to its sender's name (وفد رفيع المستوى من شركة X)
_FROM = normalize("من")
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


def delegation_told_before(ctx: ArticleContext, sent: Sentence, t: Trigger, lo: int, hi: int) -> str | None:
    """The body that sent the delegation a bare definite delegation noun near a trigger stands
    for («وكان أعضاء الوفد قد وصلوا إلى عمان», «إثر لقائه الوفد», «يلتقي الوفد بوزير الخارجية»):
    the sender of the last delegation the article introduced before it with its sender named
    (وفد X, وفد من X: `visit_parties.delegates`). None where the noun names its own sender or
    kind right after it («وفد الوزارة», «الوفد التركي», «الوفد المرافق»: a name or a definite
    word follows), or the last delegation introduced before names no sender («وفداً برئاسة
    الوزير X»: its persons, not a body, stand for it)."""
    ws = sent.words
    for j in range(max(0, t.index - _NEAR_NOUN), min(len(ws), t.index + t.size + _NEAR_NOUN)):
        w = ws[j]
        if lo <= w.start < hi and _bare_delegation(ws, j) and not _qualified(ctx, ws, j):
            return _last_sender(ctx, w.start)
    return None


def _qualified(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """A name or a definite word follows word `j` (وفد الوزارة, الوفد التركي, الوفد المرافق)."""
    return j + 1 < len(ws) and (ctx.mention_at(ws[j + 1]) is not None or ws[j + 1].norm.startswith(ARTICLE))


def _delegation_forms(norm: str) -> list[str]:
    """The stems of a normalised word that are delegation nouns (`delegation` rows of event_senses)."""
    return [st.stem for st in stems(norm) if sense_norm(st.stem, _DELEGATION)]


def _bare_delegation(ws: list[Word], j: int) -> bool:
    """Word `j` is a definite delegation noun (الوفد, بالوفد, للوفد): one told before."""
    norm = ws[j].norm
    bare = norm[len(LAM_ARTICLE):] if norm.startswith(LAM_ARTICLE) else norm  # للوفد
    forms = _delegation_forms(bare)
    return any(f.startswith(ARTICLE) for f in forms) or (bare != norm and bool(forms))


def _last_sender(ctx: ArticleContext, before: int) -> str | None:
    """The sender named with the last delegation introduced before offset `before` (an
    indefinite or construct delegation noun, وفد X, وفداً من X); None where that one names none."""
    for sent in reversed([s for s in ctx.sentences if s.start < before]):
        ws = [w for w in sent.words if w.end <= before]
        intro = [j for j in range(len(ws)) if _delegation_forms(ws[j].norm) and not _bare_delegation(ws, j)]
        if not intro:
            continue
        senders = delegates(ctx, sent, ctx.mentions_in(sent.start, min(sent.end, before)))
        k = intro[-1]
        after = [m for m in senders if 0 < sent.word_index(m.start) - k <= _SENDER_GAP]
        return ctx.entity_of(after[0]) if after else None
    return None


def delegation_by_noun(ctx: ArticleContext, sent: Sentence, start: int, end: int) -> str | None:
    """The body a delegation told in words `start`..`end` of the sentence comes from, named after
    «من» by its definite head noun alone («التي قام بها وفد رفيع المستوى من المجموعة»): the last
    organisation named before whose name begins with that noun (as `bodies_by_noun`)."""
    ws = sent.words
    for j in range(max(0, start), min(end, len(ws))):
        if not _delegation_forms(ws[j].norm) or _bare_delegation(ws, j):
            continue
        k = next((k for k in range(j + 1, min(len(ws) - 1, j + _SENDER_GAP)) if ws[k].norm == _FROM), None)
        if k is None:
            continue
        w = ws[k + 1]
        ref = speaker_ref(w.norm) if w.norm.startswith(ARTICLE) and ctx.mention_at(w) is None else None
        if ref is not None and ref[0] == "org":
            return _last_body(ctx, ref[1], w.start)
    return None

