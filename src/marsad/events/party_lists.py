"""The lists of parties an event names: the actors after an event noun's بين (الاتفاق النووي
بين إيران ومجموعة 5+1), the organisations coordinated with a party however long the list, and
head nouns after بين or مع taking up organisations named before (مذكرة التفاهم الموقعة بين
المركز والبرنامج). Each gives entity ids in the order named, once each. And who is no party:
a visitor's companion (يرافقه معالي X). And the countries and bodies a plural or dual office
names for its unnamed holders (سفراء السويد والدنمارك وسويسرا وبريطانيا, وزراء خارجية السعودية
والإمارات, رئيسي مصر وفرنسا): each member of the list is a party, as an unnamed official
standing for his country is keyed to the country; and the countries and bodies listed after one
that is a party (مع السعودية والكويت والإمارات)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, office_word, sense_word, title_word
from marsad.events.received_guests import received_past_adjuncts
from marsad.events.signed_clauses import held_between, signed_between
from marsad.events.subordinate import after_preposition
from marsad.events.triggers import Trigger
from marsad.events.words import BETWEEN, BI, IN, WITH, Word
from marsad.lang.marks import breaks_or_quotes
from marsad.lang.normalize import normalize
from marsad.model import Span

_PLACE = frozenset({"place_prep"})
_WITH = frozenset({"partner_prep"})
_GOAL = frozenset({"goal_prep"})
_BETWEEN_REACH = 3  # words from an event noun to its بين (الاتفاق النووي بين)
_BETWEEN_LIST = 8  # words after بين where its list of parties starts
_BETWEEN_NEXT = 6  # words after a party where the next one of the list may stand
_TITLES_NEXT = 8  # after the body of a listed person's office, his further titles before the next party
# («رئيس منظمة الطاقة الذرية الإيرانية ومساعد وزير الخارجية الإيراني وكبير المفاوضين عباس عراقجي»)
_BARRIER = frozenset({"barrier_verb"})  # يحول بين: not the parties of an agreement
_CONJUNCTION = ("و", "،", ",", "، و", "،و", ", و")  # what stands between two names of one list
_COMPANION = frozenset({"companion"})
_GROUP_OFFICE = frozenset({"group_office"})
_GROUP_GAP = 2  # words between a plural office and its first name (وزراء خارجية السعودية, نظرائه من مصر)
_ACTORS = ("LOC", "ORG")
_STATES = normalize("دول")  # نظراءه في دول مجلس التعاون: the states of a body
_GROUP_REACH = 8  # words from the trigger to the office, in its clause
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


def listed_after(ctx: ArticleContext, mentions: list[Span], firsts: list[Span]) -> list[Span]:
    """The countries and bodies of `mentions` that follow one of `firsts` in a list, each joined
    to the one before it by a conjunction or a comma only (مع السعودية والكويت والإمارات: Kuwait
    and the Emirates after Saudi Arabia), in text order; `firsts` themselves not included."""
    out: list[Span] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if (a in firsts or a in out) and b not in firsts and b not in out and a.label in _ACTORS \
                and b.label in _ACTORS and ctx.text[a.end:b.start].strip(" \u00a0") in _CONJUNCTION:
            out.append(b)
    return out


def _same_clause(ctx: ArticleContext, ws: list[Word], i: int, j: int) -> bool:
    """Whether words `i` and `j` stand within `_GROUP_REACH` words of each other with no
    punctuation between them but a comma before «و» (a coordination goes on)."""
    lo, hi = min(i, j), max(i, j)
    if hi - lo > _GROUP_REACH:
        return False
    for k in range(lo + 1, hi + 1):
        gap = ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0")
        if gap in ("،", ",") and ws[k].norm.startswith("و"):
            continue  # لدى إسرائيل، ومع أعضاء من البرلمان الأوروبي: the list of partners goes on
        if any(ch in gap for ch in breaks_or_quotes()):
            return False
    return True


def office_groups(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger],
                  mentions: list[Span], received: list[Span] | None = None) -> list[Span]:
    """The countries and bodies named right after a plural or dual office word, with the rest of
    their list (التقت مع سفراء السويد والدنمارك وسويسرا وبريطانيا لدى إسرائيل: the four
    countries; وزراء خارجية السعودية والإمارات; نظرائه من مصر والأردن), in text order. The office
    stands in a trigger's clause (no punctuation between, at most `_GROUP_REACH` words off from
    the trigger or from the office of the group before) and after no singular office (رئيس
    وزراء باكستان: one office). Only `mentions` count; the first name stands within two words
    of the office with no punctuation and no place preposition before it, and has no proclitic
    of its own (شريك رئيسي لمصر: no office). A group a reception verb receives past its subject
    and the comma-set day and place (`received_past_adjuncts`) counts too; its names, with the
    rest of their list, are added to `received` when given."""
    ws, firsts = sent.words, []
    anchors = [t.index for t in trigs]
    for i, cue in event_cues().each(ws, _GROUP_OFFICE):
        if i > 0 and title_word(ws[i - 1].norm) and not ctx.text[ws[i - 1].end:ws[i].start].strip():
            continue  # رئيس وزراء باكستان: one office, not a group (أصحاب السمو والمعالي وزراء: courtesy)
        guests = any(received_past_adjuncts(ctx, sent, t, i) for t in trigs)
        if not guests and not any(_same_clause(ctx, ws, a, i) for a in anchors):
            continue  # اللقاء مع وزراء خارجية مجلس التعاون في قطر، سيلتقي كيري: another clause's group
        for k in range(i + cue.size, min(len(ws), i + cue.size + _GROUP_GAP + 1)):
            if ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
                break
            if (body := _members_of(ctx, ws, k, mentions)) is not None:
                firsts.append(body)  # بأعضاء في مجلس الشيوخ, نظراءه في دول مجلس التعاون
                if guests and received is not None:
                    received.append(body)
                anchors.append(i)
                break
            if event_cues().at(ws, k, _PLACE | _GOAL) is not None:
                break
            m = ctx.mention_at(ws[k])
            if m is None:
                continue
            if m.label in _ACTORS and m in mentions and m.start == ws[k].start:
                firsts.append(m)
                if guests and received is not None:
                    received.append(m)
                anchors.append(i)  # the next group may stand as far from this one (ومع أعضاء من البرلمان)
            break
    if received:
        received.extend(listed_after(ctx, mentions, received))
    return sorted(firsts + listed_after(ctx, mentions, firsts), key=lambda m: m.start)


def groups_met_by_all(sent: Sentence, trigs: list[Trigger], mentions: list[Span],
                      groups: list[Span]) -> list[Span]:
    """The groups (`office_groups`) a meeting's persons named before its trigger meet: each one
    whose office word stands right after «مع» past the trigger («بدأ X وY وZ سلسلة لقاءات مغلقة مع
    أعضاء مجلسي الكونغرس»: the congress whose members they meet is a party, however many persons
    meet it). Not a group an office names in another phrase («اتفقا على عقد لقاء ثنائي على هامش
    اجتماع وزراء خارجية مجموعة العشرين»: the G20 ministers' meeting is the occasion, no partner), nor
    where a person is named after the trigger (his partner is that person)."""
    ws, anchor = sent.words, sent.words[trigs[0].index].start
    if not all(t.row.type == "MEET" for t in trigs) \
            or any(m.label == "PER" and m.start > anchor for m in mentions):
        return []
    out = []
    for m in groups:
        k = sent.word_index(m.start)
        if m.start > anchor and any(
                ws[j].norm == WITH and (cue := event_cues().at(ws, j + 1, _GROUP_OFFICE)) is not None
                and 0 <= k - (j + 1 + cue.size) <= _GROUP_GAP
                for j in range(max(0, k - 2 - 2 * _GROUP_GAP), k)):
            out.append(m)
    return out


def _members_of(ctx: ArticleContext, ws: list[Word], k: int, mentions: list[Span]) -> Span | None:
    """The organisation a group office's holders belong to, named at word `k` after «في» (and
    «دول»), or with «ب» on its first word: «بأعضاء في مجلس الشيوخ الأمريكي», «نظراءه في دول مجلس
    التعاون», «وزراء الشؤون الخارجية بالاتحاد الأوروبي»: members of the body, which stands for
    them as a party. Only an organisation: a location after في or ب is where they are (سفراء
    الدول في الرياض)."""
    j = k
    if ws[k].norm == IN:
        j = k + 1
        if j < len(ws) and ws[j].norm == _STATES and not ctx.text[ws[k].end:ws[j].start].strip(" \u00a0"):
            j += 1
        if j >= len(ws) or ctx.text[ws[j - 1].end:ws[j].start].strip(" \u00a0"):
            return None
        m = ctx.mention_at(ws[j])
        ok = m is not None and m.start == ws[j].start
    else:
        m = ctx.mention_at(ws[k])
        ok = m is not None and ws[k].norm.startswith(BI) and ws[k].start < m.start <= ws[k].start + 2
    return m if ok and m is not None and m.label == "ORG" and m in mentions else None


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


def between_parties(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger],
                    reach_between: int = _BETWEEN_REACH) -> list[str]:
    """The actors an event noun names after بين within a few words (الاتفاق النووي بين إيران
    ومجموعة 5+1, محادثات السلام بين الحكومة الأفغانية وحركة طالبان): its parties, not the other
    names of the sentence. The list runs from the first name after بين through names joined by
    a conjunction, not past another بين («اللقاء بين الطرفين ... العلاقات بين المملكة ومصر»: the
    sides are named elsewhere); places after a place preposition are not in it. Empty when no noun trigger
    has such a بين within `reach_between` words, or a barrier verb stands before it (يحول بين)."""
    ws = sent.words
    for t in trigs:
        if t.row.pos != "noun":
            continue
        start = t.index + t.size
        stop = min(len(ws), start + reach_between)
        j = next((k for k in range(start, stop) if ws[k].norm == BETWEEN), None)
        if j is None:  # اتفاق فيينا المبرم في 14 تموز بين: past a clause of making (signed_clauses.py)
            j = signed_between(ws, start, t.row.needs)
        if j is None:  # الاتصال الهاتفي الذي جرى الاثنين الماضي بين: past a clause of taking place
            j = held_between(ws, start, t.row.type)
        if j is None or event_senses().at(ws, j - 1, _BARRIER) is not None:
            continue
        out: list[Span] = []
        seen: list[Span] = []
        last: Span | None = None  # the last name read into the list (a party, or its office's body)
        reach = j + 1 + _BETWEEN_LIST
        k = j + 1
        while k < min(len(ws), reach):
            if ws[k].norm == BETWEEN:
                break  # «اللقاء بين الطرفين وأنه تم بحث العلاقات بين المملكة ومصر»: another pair
            m = ctx.mention_at(ws[k])
            k += 1
            if m is None or m in seen:
                continue
            seen.append(m)
            if m.label == "LOC" and event_cues().at(ws, k - 2, _PLACE) is not None \
                    and not _office_of(ws, k - 2):
                continue  # بين إيران والقوى الكبرى في فيينا: where, not who
            if out and last is out[-1] and out[-1].label == "PER" and m.label in ("ORG", "LOC") \
                    and _office_before(ws, k - 1) and not any(c in ctx.text[last.end:m.start] for c in "،,"):
                last = m  # «وعلي صالحي رئيس منظمة الطاقة الذرية وكبير المفاوضين عباس عراقجي»: the body
                reach = max(reach, sent.word_index(m.end - 1) + 1 + _TITLES_NEXT)  # of a listed person's
                continue  # office, right after it, is no side; the list goes on past it
            if m.label not in ("PER", "ORG", "LOC") or (last is not None and not _joined(ctx, last, m)):
                break
            gap = ctx.text[last.end:m.start] if last is not None else ""
            if any(c in gap for c in "،,") and (after_preposition(ctx, sent, m) or _own_word(gap)):
                break  # «بين كيري ونظيره ظريف، وسماح الجانب الأميركي لطهران»: a conjunct of its own
            last = m
            out.append(m)
            reach = max(reach, sent.word_index(m.end - 1) + 1 + _BETWEEN_NEXT)  # a long list, long names
        if out:
            return unique_entities(ctx, out)
    return []


def _office_of(ws: list[Word], p: int) -> bool:
    """Whether the place preposition at word `p` follows an office or a body of members and its
    portfolio («بين وزراء الري في السودان، مصر وإثيوبيا», «وزير الخارجية في اليمن»): the state the
    office holders serve, a side, not where the event is."""
    return any(office_word(ws[k].norm.removeprefix("و")) or sense_word(ws[k], "members_body")
               for k in range(max(0, p - 2), p))


def _office_before(ws: list[Word], k: int) -> bool:
    """Whether the word before word `k` is an office (رئيس منظمة X, ووزير الخارجية): the name at
    `k` is the body of the office of the person named before it."""
    return k > 0 and office_word(ws[k - 1].norm.removeprefix("و").removeprefix("ل"))


def _own_word(gap: str) -> bool:
    """After the last comma between two names, a word of its own before the second that is no
    office («، وسماح [الجانب الأميركي]»: a clause of its own; not «، ووزير الخارجية الروسي»)."""
    after = normalize(gap.replace(",", "،").rsplit("،", 1)[-1]).split()
    first = after[0].removeprefix("و") if after else ""
    return bool(first) and not office_word(first)


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
