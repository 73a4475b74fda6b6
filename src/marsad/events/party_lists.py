"""The lists of parties an event names: the actors after an event noun's بين (الاتفاق النووي
بين إيران ومجموعة 5+1), the organisations coordinated with a party however long the list, and
head nouns after بين or مع taking up organisations named before (مذكرة التفاهم الموقعة بين
المركز والبرنامج). Each gives entity ids in the order named, once each. And who is no party:
a visitor's companion (يرافقه معالي X). And the partner a possessed event noun names after it
(لقائه بالرئيس الفرنسي X)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, office_word
from marsad.events.triggers import Trigger
from marsad.events.words import Word
from marsad.lang.normalize import normalize
from marsad.model import Span

_PLACE = frozenset({"place_prep"})
_WITH = frozenset({"partner_prep"})
_BETWEEN = normalize("بين")
_BETWEEN_REACH = 3  # words from an event noun to its بين (الاتفاق النووي بين)
_BETWEEN_LIST = 8  # words after بين where its list of parties starts
_BETWEEN_NEXT = 6  # words after a party where the next one of the list may stand
_BARRIER = frozenset({"barrier_verb"})  # يحول بين: not the parties of an agreement
_CONJUNCTION = ("و", "،", ",", "، و", "،و", ", و")  # what stands between two names of one list
_COMPANION = frozenset({"companion"})
_POSSESSOR_PARTNER = 6  # words from a possessed noun to its partner's name (لقائه بالرئيس الفرنسي X)
_COMPANION_REACH = 10  # words from يرافقه to the name, past the companion's titles and offices


def accompanying(ctx: ArticleContext, sent: Sentence, m: Span) -> bool:
    """A name after a companion word past titles and offices only (زيارة سموه لقوات الحرس الوطني
    بمدينة عرعر يرافقه معالي رئيس الجهاز العسكري بالحرس الوطني الفريق X): one who goes with the
    visitor, neither visitor nor host. Another person's name or a comma before it ends the
    search."""
    ws, k = sent.words, sent.word_index(m.start)
    for j in range(k - 1, max(-1, k - 1 - _COMPANION_REACH), -1):
        if ctx.text[ws[j].end:ws[j + 1].start].strip(" \u00a0"):
            return False
        if event_cues().at(ws, j, _COMPANION) is not None:
            return True
        near = ctx.mention_at(ws[j])
        if near is not None and near.label == "PER":
            return False
    return False


def with_conjuncts(ctx: ArticleContext, mentions: list[Span], near: list[Span]) -> list[Span]:
    """`near` and the organisations coordinated with one of them, however long the list
    (ممثلو البنك المركزي الأوروبي والمفوضية الأوروبية وآلية الاستقرار الأوروبية قد وصلوا: the
    bank stands past the reach of the verb, in the same list as the commission); not places
    (مكة المكرمة والمدينة المنورة), which a list names as where, not who."""
    out = list(near)
    ordered = sorted(mentions, key=lambda m: m.start)
    grown = True
    while grown:
        grown = False
        for a, b in zip(ordered, ordered[1:], strict=False):
            if (a in out) != (b in out) and a.label == b.label == "ORG" \
                    and ctx.text[a.end:b.start].strip(" \u00a0") in _CONJUNCTION:
                out.append(b if a in out else a)
                grown = True
    return sorted(out, key=lambda m: m.start)


def head_references(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> list[str]:
    """Organisations named before and taken up by their head noun after بين or مع (مذكرة
    التفاهم الموقعة بين المركز والبرنامج: the centre and the programme named earlier): each
    definite word there whose stem is the first word of an earlier organisation's name stands
    for the last such organisation; two of them at least, or none."""
    heads: dict[str, str] = {}
    for m in ctx.mentions_in(0, sent.words[trigs[0].index].start, ("ORG",)):
        words = normalize(m.slice(ctx.text)).split()
        if len(words) > 1:
            heads[words[0]] = ctx.entity_of(m)
    ws, out = sent.words, []
    for t in trigs:
        j = next((k for k in range(t.index + t.size, min(len(ws), t.index + t.size + 2))
                  if event_cues().at(ws, k, _WITH) is not None), None)  # مذكرة التفاهم الموقعة بين
        if j is None:
            continue
        for w in ws[j + 1:j + 3]:
            stem = w.norm[1:] if w.norm.startswith("و") and w is not ws[j + 1] else w.norm
            ent = heads.get(stem[2:]) if stem.startswith("ال") else None
            if ent is None:
                break
            if ent not in out:
                out.append(ent)
    return out if len(out) > 1 else []


def between_parties(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> list[str]:
    """The actors an event noun names after بين within a few words (الاتفاق النووي بين إيران
    ومجموعة 5+1, محادثات السلام بين الحكومة الأفغانية وحركة طالبان): its parties, not the other
    names of the sentence. The list runs from the first name after بين through names joined by
    a conjunction; places after a place preposition are not in it. Empty when no noun trigger
    has such a بين, or a barrier verb stands before it (يحول بين)."""
    ws = sent.words
    for t in trigs:
        if t.row.pos != "noun":
            continue
        start = t.index + t.size
        stop = min(len(ws), start + _BETWEEN_REACH)
        j = next((k for k in range(start, stop) if ws[k].norm == _BETWEEN), None)
        if j is None or event_senses().at(ws, j - 1, _BARRIER) is not None:
            continue
        out: list[Span] = []
        seen: list[Span] = []
        reach = j + 1 + _BETWEEN_LIST
        k = j + 1
        while k < min(len(ws), reach):
            m = ctx.mention_at(ws[k])
            k += 1
            if m is None or m in seen:
                continue
            seen.append(m)
            if m.label == "LOC" and event_cues().at(ws, k - 2, _PLACE) is not None:
                continue  # بين إيران والقوى الكبرى في فيينا: where, not who
            if m.label not in ("PER", "ORG", "LOC") or (out and not _joined(ctx, out[-1], m)):
                break
            out.append(m)
            reach = max(reach, k + _BETWEEN_NEXT)  # a long list: وهم صندوق النقد والبنك المركزي والمفوضية
        if out:
            return unique_entities(ctx, out)
    return []


def _joined(ctx: ArticleContext, a: Span, b: Span) -> bool:
    """Whether the words between two names open or end with a conjunction (إيران ومجموعة,
    لافروف ووزير الخارجية الأميركي ماركو روبيو, اليونان وممثلي الدائنين وهم صندوق النقد)."""
    gap = ctx.text[a.end:b.start].split()
    return not gap or gap[0][:1] in ("و", "،", ",") or gap[-1][:1] in ("و", "،", ",")


def unique_entities(ctx: ArticleContext, ms: list[Span]) -> list[str]:
    """The entities of `ms`, in order, once each."""
    out: list[str] = []
    for m in ms:
        e = ctx.entity_of(m)
        if e not in out:
            out.append(e)
    return out


def partner_named(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a person or organisation is named within a few words from word `j`, past
    titles only (no comma, no other word of its own clause between): the partner of a noun
    whose possessive pronoun names the other party (لقائه بالرئيس الفرنسي فرانسوا هولاند)."""
    for k in range(j, min(len(ws), j + _POSSESSOR_PARTNER)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False
        m = ctx.mention_at(ws[k])
        if m is not None:
            return m.label in ("PER", "ORG")
        if not (k == j and ws[k].norm.startswith("ب")) and not ws[k].norm.startswith(("ال", "وال", "بال")) \
                and not office_word(ws[k].norm):
            return False
    return False

def attached(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a definite noun trigger has its own participant right after it."""
    ws = sent.words
    j = t.index + t.size
    if j < len(ws) and (m := ctx.mention_at(ws[j])) is not None and m.label in ("PER", "ORG"):
        return True  # لقاء بوتين ...
    if t.possessed and partner_named(ctx, ws, j):
        return True  # خلال لقائه بالرئيس الفرنسي X, خلال اجتماعه بوزير الخارجية X
    return any(event_cues().at(ws, k, _WITH) for k in range(j, min(len(ws), j + 2)))
