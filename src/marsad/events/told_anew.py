"""A definite event noun told anew with its own parties, not a reference back to an event told
before: after a few definite modifiers (الاتفاق النووي الأخير بين إيران ومجموعة 5+1) a بين or مع
names its parties; or a relative clause opened right after the noun or its modifiers names a
person or an organisation (الزيارة التي من المزمع أن تقوم بها الممثلة العليا ... موغيريني,
الحوارات والمشاورات التي تجرى في سلطنة عمان بين X و Y). The bare definite noun with nothing
attached (جاءت الزيارة ...) stays a reference back (`extract`). A meeting noun whose parties a verb
of bringing together names right after it (`gathering_verb`: «بعد لقاء جمع كيري بنظيره الصيني
Y», «القمة التي جمعت الرئيس الأمريكي بقادة دول الخليج», «لقاء ثلاثي جمعه مع X») is a report of it,
definite or not, also after «بعد» (`gathered`)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.head_noun_bodies import delegation_by_noun
from marsad.events.lexicon import Cue, event_cues, event_senses
from marsad.events.signed_clauses import signed_between
from marsad.events.triggers import Trigger
from marsad.events.words import AND, Word
from marsad.lang.marks import breaks_or_quotes
from marsad.lang.normalize import normalize
from marsad.model import Span

_RELATIVE = frozenset({"relative_pronoun"})
_GATHERING = frozenset({"gathering_verb"})
_GATHERING_AFTER = 4  # words from a meeting noun to its verb of bringing together (قمة كامب ديفيد التي جمعت)
_GATHERED = 6  # words after that verb where a party is named (جمعت الرئيس الأمريكي باراك أوباما)
_WITH = frozenset({"partner_prep"})
_WHICH_M, _WHICH_F = normalize("الذي"), normalize("التي")
_GENDERED = frozenset({_WHICH_M, _WHICH_F})
_FEMININE_ENDS = (normalize("ة"), normalize("ات"))  # زيارة, محادثات: feminine, التي after them
_MODIFIERS = 3  # definite words between the noun and its بين or relative pronoun (النووي الأخير)
_CLAUSE = 14  # words of the relative clause where its doer may be named
_ACTORS = ("PER", "ORG")
_DESCRIBED = 4  # words of a common noun standing for the parties listed after it (والقوى الست الكبرى،)
_LISTED = 6  # words after بين where its first two parties stand (بين المملكة العربية السعودية والجزائر)


def told_anew(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a definite event noun names its own parties in the words right after it, or
    after a clause telling it was made (الاتفاق الذي تم التوصل إليه بين X و Y: `signed_clauses`)."""
    if t.row.pos == "noun" and t.definite and signed_party(ctx, sent, t):
        return True
    k = _after_modifiers(ctx, sent, t)
    if k is None:
        return False
    if k > t.index + t.size + 1 and event_cues().at(sent.words, k, _WITH) is not None:
        return True  # الاتفاق النووي الأخير بين: nearer ones are `noun_participants.attached`'s
    return own_relative(ctx, sent, t) is not None


def gathered(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a meeting noun is followed, past a relative pronoun, a qualifier or the place it
    is named for, by a verb of bringing together (`gathering_verb` rows: جمع, جمعت, جمعه, تجمع)
    that names a person, a body or a state a few words after it: the meeting told with its
    parties («بعد لقاء جمع X بنظيره Y», «وقمة كامب ديفيد التي جمعت الرئيس الأمريكي بقادة دول
    الخليج»), not «العلاقات التي تجمع البلدين» (no meeting noun) nor «لقاء يجمع فريقي X و Y» in
    sport (extract's sport rule)."""
    return _gathering(ctx, sent, t) is not None


def gathered_owner(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the verb that gathers a meeting's parties carries the pronoun of one of them
    (`gathering_verb` rows with window 1: «أجرى لقاءً ثلاثيًا جمعه مع X و Y», «بعد لقاء جمعه مع
    X»): that one is the clause's doer, a party left unnamed there."""
    cue = _gathering(ctx, sent, t)
    return cue is not None and cue.value == "1"


def gathering_doer(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The party a gathering verb's pronoun stands for (`gathered_owner`): the first person its
    sentence names before the meeting noun («وأشار وزير الخارجية الروسي X إلى أنه أجرى لقاءً
    ثلاثيًا جمعه مع Y و Z»: X); None where no one is named there."""
    if not gathered_owner(ctx, sent, t):
        return None
    before = ctx.mentions_in(sent.start, sent.words[t.index].start, ("PER",))
    return ctx.entity_of(before[0]) if before else None


def _gathering(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Cue | None:
    if t.row.type != "MEET" or t.row.pos != "noun":
        return None
    ws = sent.words
    for k in range(t.index + t.size, min(len(ws), t.index + t.size + _GATHERING_AFTER)):
        m = ctx.mention_at(ws[k])
        if k > 0 and _break(ctx, ws[k - 1], ws[k]) or m is not None and m.label != "LOC":
            return None
        cue = event_senses().at(ws, k, _GATHERING)
        if cue is not None:
            named = any((m := ctx.mention_at(w)) is not None and m.label in ("PER", "ORG", "LOC")
                        for w in ws[k + 1:k + 1 + _GATHERED])
            return cue if named else None
    return None


def own_relative(ctx: ArticleContext, sent: Sentence, t: Trigger) -> int | None:
    """The index of the relative pronoun after a definite event noun (and its modifiers) whose
    clause names a person or an organisation: that clause is the event's own, its parties stand
    there (الزيارة التي يعتزم رئيس الوزراء الإسرائيلي بنيامين نتنياهو القيام بها); not when a
    trigger of the same type stands in the clause (الاتفاق الذي أبرم بين ...): that one tells it."""
    k = _after_modifiers(ctx, sent, t)
    ws = sent.words
    if k is None or event_senses().at(ws, k, _RELATIVE) is None:
        return None
    if not t.definite and ws[k].norm in _GENDERED and ws[k].norm != _agreeing(t):
        return None  # اجتماع الجمعية العمومية التي أعيد خلالها ...: the pronoun is the assembly's
    if any(o.row.type == t.row.type and k < o.index <= k + _CLAUSE for o in sent.triggers()):
        return None  # الاتفاق الذي أبرم بين X و Y: the clause's own verb tells the event
    for n in range(k + 1, min(len(ws), k + 1 + _CLAUSE)):
        if _break(ctx, ws[n - 1], ws[n]):
            return None
        m = ctx.mention_at(ws[n])
        if m is not None and m.label in _ACTORS or m is None and delegation_by_noun(ctx, sent, n, n + 1):
            return k  # الزيارة التي قام بها وفد رفيع المستوى من المجموعة: the group's delegation
    return None


def _agreeing(t: Trigger) -> str:
    """The singular relative pronoun that agrees with a noun trigger: التي after a feminine noun
    or a plural in ات (زيارة, محادثات), الذي after any other (اجتماع, لقاء, اتفاق)."""
    return _WHICH_F if t.row.forms[-1].endswith(_FEMININE_ENDS) else _WHICH_M


def _after_modifiers(ctx: ArticleContext, sent: Sentence, t: Trigger) -> int | None:
    """The index of the first word after a definite noun trigger and its modifiers, when no
    punctuation stands before it; a bare noun in construct with a definite word after it is
    definite by it (محادثات الائتلاف الحكومي التي يجريها مع X: the talks' own clause)."""
    ws = sent.words
    j = t.index + t.size
    construct = t.reading.stem == t.row.forms[-1] and j < len(ws) and ws[j].norm.startswith("ال") \
        and not _break(ctx, ws[j - 1], ws[j])
    if t.row.pos != "noun" or not (t.definite or construct):
        return None
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
    return any(c in breaks_or_quotes() for c in ctx.text[a.end:b.start])


def signed_party(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether an agreement noun's clause of making is followed by بين and two parties named
    there, the second joined to the first by a bare conjunction (الاتفاق المبرم في 14 تموز بين
    إيران والولايات المتحدة ...: `signed_clauses`); with one named and the other a common noun the
    reader must resolve (بين إيران والدول الست) it is no report between named actors, unless the
    common noun is followed by a comma and the named members it stands for, two or more joined by
    «و» (بين طهران والقوى الست الكبرى، الولايات المتحدة وبريطانيا وفرنسا: `_members_listed`)."""
    ws = sent.words
    b = signed_between(ws, t.index + t.size, t.row.needs)
    if b is None:
        return False
    first = ctx.mention_at(ws[b + 1]) if b + 1 < len(ws) else None
    if first is None:
        return False
    second = next((m for k in range(b + 2, min(len(ws), b + 1 + _LISTED))
                   if (m := ctx.mention_at(ws[k])) is not None and m.start > first.end), None)
    if second is None or ctx.entity_of(first) == ctx.entity_of(second):
        return False
    gap = ctx.text[first.end:second.start].strip(" \u00a0")
    return gap.strip("،,") == AND or _members_listed(ctx, sent, gap, second)


def _members_listed(ctx: ArticleContext, sent: Sentence, gap: str, second: Span) -> bool:
    """Whether `gap`, between the first party after بين and the name `second`, is «و» and a common
    noun of a few words closed by a comma (والقوى الست الكبرى،), and `second` opens a list of names
    joined by «و» (الولايات المتحدة وبريطانيا): the members the common noun stands for, named."""
    words = gap.split()
    if not (gap.startswith(AND) and gap.endswith(("،", ",")) and 1 <= len(words) <= _DESCRIBED):
        return False
    nxt = next((m for m in ctx.mentions_in(second.end, sent.end) if m.start >= second.end), None)
    return nxt is not None and ctx.text[second.end:nxt.start].strip(" \u00a0") == AND
