"""A summit is a meeting only where the text says who holds it. «قمة» names a gathering of
leaders, but as often a summit someone addresses («يخاطب الرئيس قمة دولية لرجال أعمال»), misses
(«غياب الملك عن قمة كامب ديفيد»), calls for («من الضروري عقد قمة لأصدقاء تونس») or recalls as
the occasion of something else («التزامات قطعتها دول الخليج خلال قمة في كامب ديفيد»); the names
in its sentence are then no parties of it. A summit noun (`summit_noun` rows of
lang/ar/event_senses.tsv) is kept as an event only when its parties stand in its own phrase:
بين or مع after it («قمة أخرى بين الزعيمين», «قمة مصغرة مع قادة مصر واليونان»), a verb of
bringing together (`told_anew.gathered`: «القمة التي جمعت X بـY»), a person or a body named
right after it («قمة السيسي ومحمد بن سلمان», «قمة الاتحاد الأفريقي»), or a verb of holding it
(`holding_verb` rows: عقد, سيعقدان, استضافت) with an actor named in its clause before the noun
(«الرئيسان السيسي والبشير سيعقدان قمة»); the guide counts a summit where the text names its
sides (events-dev-fresh7's Camp David)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, sense_forms
from marsad.events.told_anew import gathered
from marsad.events.triggers import Trigger
from marsad.lang.marks import BRACKETS, breaks_or_quotes

_WITH = frozenset({"partner_prep"})
_HOLDING = frozenset({"holding_verb"})
_AFTER = 3  # words after the noun where its بين, مع or a named party may stand (قمة ثلاثية طارئة بين)
_BEFORE = 5  # words before the noun where its verb of holding may stand (استضافت في أبريل الماضي قمة)
_ACTORS = ("PER", "ORG")


def _is_summit(t: Trigger) -> bool:
    """Whether trigger `t` is a summit noun (`summit_noun` rows)."""
    return t.row.pos == "noun" and t.row.forms[0] in sense_forms("summit_noun")


def summit_without_sides(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether trigger `t` is a summit noun whose own phrase names no one who holds it (see the
    module's note): no event."""
    if not _is_summit(t):
        return False
    return not (_sides_after(ctx, sent, t) or gathered(ctx, sent, t) or _held_by(ctx, sent, t))


def _sides_after(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """بين or مع, or a person or a body, within a few words after the noun, no punctuation or
    other preposition between («قمة مصغرة مع», «قمة الاتحاد الأفريقي»; not «قمة في كامب ديفيد»)."""
    ws = sent.words
    for k in range(t.index + t.size, min(len(ws), t.index + t.size + _AFTER)):
        if _broken(ctx, sent, k):
            return False
        if event_cues().at(ws, k, _WITH) is not None:
            return True
        m = ctx.mention_at(ws[k])
        if m is not None:
            return m.label in _ACTORS
    return False


def _held_by(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A verb of holding a few words before the noun, in its clause, with a person, a body or a
    state named in that clause before the noun («أن الرئيسين السيسي والبشير سيعقدان قمة»; not «من
    الضروري عقد قمة», a verbal noun no one is named for)."""
    first = _holding_clause(ctx, sent, t)
    return first is not None and bool(
        ctx.mentions_in(sent.words[first].start, sent.words[t.index].start, _ACTORS + ("LOC",)))


def summit_host(ctx: ArticleContext, si: int, t: Trigger) -> str | None:
    """The one who holds or hosts a summit where its clause names no one before the noun: the
    sentence opens on the verb and the sentence before opens on a name, the topic both tell of
    («وقبرص، التي انضمت إلى الاتحاد الأوروبي سنة 2004. سعت لتطوير العلاقات ...، واستضافت ... قمة
    مصغرة مع قادة مصر واليونان»: Cyprus, the host, a party as the guide counts it); None otherwise."""
    sent = ctx.sentences[si]
    if si == 0 or not _is_summit(t):
        return None
    first = _holding_clause(ctx, sent, t)
    ws = sent.words
    if first is None or ctx.mentions_in(sent.start, ws[t.index].start, _ACTORS) \
            or ctx.mention_at(ws[0]) is not None:
        return None
    prev = ctx.sentences[si - 1]
    m = ctx.mention_at(prev.words[0]) if prev.words and prev.role == sent.role else None
    return ctx.entity_of(m) if m is not None and m.label in _ACTORS + ("LOC",) else None


def _holding_clause(ctx: ArticleContext, sent: Sentence, t: Trigger) -> int | None:
    """The first word of the clause of a verb of holding a few words before the summit noun."""
    ws = sent.words
    for k in range(t.index - 1, max(-1, t.index - 1 - _BEFORE), -1):
        if _broken(ctx, sent, k + 1):
            return None
        if event_senses().at(ws, k, _HOLDING) is None:
            continue
        first = k
        while first > 0 and not _broken(ctx, sent, first):
            first -= 1
        return first
    return None


def _broken(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """Whether punctuation stands between word `k` and the word before it: a clause break, not the
    brackets of a gloss between a verb of holding and its noun («في أبريل (نيسان) الماضي قمة»)."""
    ws = sent.words
    gap = ctx.text[ws[k - 1].end:ws[k].start] if k > 0 else ""
    return any(c in breaks_or_quotes() and c not in BRACKETS for c in gap)
