"""A definite event noun told anew with its own parties, not a reference back to an event told
before: after a few definite modifiers (الاتفاق النووي الأخير بين إيران ومجموعة 5+1) a بين or مع
names its parties; or a relative clause opened right after the noun or its modifiers names a
person or an organisation (الزيارة التي من المزمع أن تقوم بها الممثلة العليا ... موغيريني,
الحوارات والمشاورات التي تجرى في سلطنة عمان بين X و Y). The bare definite noun with nothing
attached (جاءت الزيارة ...) stays a reference back (`extract`)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses
from marsad.events.triggers import Trigger
from marsad.events.words import Word

_RELATIVE = frozenset({"relative_pronoun"})
_WITH = frozenset({"partner_prep"})
_MODIFIERS = 3  # definite words between the noun and its بين or relative pronoun (النووي الأخير)
_CLAUSE = 14  # words of the relative clause where its doer may be named
_ACTORS = ("PER", "ORG")
_BREAKS = frozenset("،,.;:؛()«»\"!?؟")


def told_anew(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a definite event noun names its own parties in the words right after it."""
    k = _after_modifiers(ctx, sent, t)
    if k is None:
        return False
    if k > t.index + t.size + 1 and event_cues().at(sent.words, k, _WITH) is not None:
        return True  # الاتفاق النووي الأخير بين: nearer ones are `party_lists.attached`'s
    return own_relative(ctx, sent, t) is not None


def own_relative(ctx: ArticleContext, sent: Sentence, t: Trigger) -> int | None:
    """The index of the relative pronoun after a definite event noun (and its modifiers) whose
    clause names a person or an organisation: that clause is the event's own, its parties stand
    there (الزيارة التي يعتزم رئيس الوزراء الإسرائيلي بنيامين نتنياهو القيام بها); not when a
    trigger of the same type stands in the clause (الاتفاق الذي أبرم بين ...): that one tells it."""
    k = _after_modifiers(ctx, sent, t)
    ws = sent.words
    if k is None or event_senses().at(ws, k, _RELATIVE) is None:
        return None
    if any(o.row.type == t.row.type and k < o.index <= k + _CLAUSE for o in sent.triggers()):
        return None  # الاتفاق الذي أبرم بين X و Y: the clause's own verb tells the event
    for n in range(k + 1, min(len(ws), k + 1 + _CLAUSE)):
        if _break(ctx, ws[n - 1], ws[n]):
            return None
        m = ctx.mention_at(ws[n])
        if m is not None and m.label in _ACTORS:
            return k
    return None


def _after_modifiers(ctx: ArticleContext, sent: Sentence, t: Trigger) -> int | None:
    """The index of the first word after a definite noun trigger and its modifiers, when no
    punctuation stands before it."""
    if t.row.pos != "noun" or not t.definite:
        return None
    ws = sent.words
    j = t.index + t.size
    k = j
    while k < len(ws) and k - j < _MODIFIERS and _modifier(ctx, ws, k):
        k += 1
    if k >= len(ws) or (k > 0 and _break(ctx, ws[k - 1], ws[k])):
        return None
    return k


def _modifier(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """A definite word naming no one that may qualify or join the noun before it (النووي,
    الميدانية, والمشاورات), not a relative pronoun nor a preposition."""
    w = ws[k]
    if not w.norm.startswith(("ال", "وال")) or ctx.mention_at(w) is not None:
        return False
    if k > 0 and _break(ctx, ws[k - 1], w):
        return False
    return event_senses().at(ws, k, _RELATIVE) is None and event_cues().at(ws, k, _WITH) is None


def _break(ctx: ArticleContext, a: Word, b: Word) -> bool:
    """Whether punctuation stands between two neighbouring words."""
    return any(c in _BREAKS for c in ctx.text[a.end:b.start])
