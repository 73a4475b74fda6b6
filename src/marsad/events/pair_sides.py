"""«الطرفين», «الجانبين», «بينهما» standing for the two actors a sentence has just named after «بين»:
«موضحاً بأن هذا الملتقى يأتي بالتعاون فيما بين جامعة نايف العربية للعلوم الأمنية والمنظمة العربية
للسياحة تفعيلاً لاتفاقية التعاون المشترك والتي تم توقيعها فيما بينهما», «استمرت القطيعة بين أمريكا
«الشيطان الأكبر» وبين إيران «محور الشر» ... بتقريب وجهات النظر بين الطرفين ... وتم توقيع اتفاق
فيينا». A meeting, call or agreement of that sentence naming fewer than two parties of its own, the
one it names among the pair, takes the pair (`pair_sides`); an agreement noun told as made
«بينهما» (`signed_clauses.held_by_pair`) takes it in place of the sentence's other names. The
two-sides words are event_cues' `two_sides` rows.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.events.signed_clauses import held_between, held_by_pair
from marsad.events.words import AND, BETWEEN
from marsad.model import EventAttrs, Span

_TWO_SIDES = frozenset({"two_sides"})
_SIDED = frozenset({"MEET", "CALL", "AGREE"})
_ACTORS = ("PER", "ORG", "LOC")
_FIRST_AFTER = 2  # words from «بين» to the first of the pair (بين [جامعة نايف])
_SECOND_AFTER = 6  # words from the first of the pair to the second (أمريكا «الشيطان الأكبر» وبين إيران)


def named_pair(ctx: ArticleContext, sent: Sentence, end: int) -> list[str]:
    """The two actors named after the last «بين» before word `end` of the sentence: the first
    within `_FIRST_AFTER` words of it, the second the next actor, its first word or the word before
    it opening with «و» («والمنظمة», «وبين إيران», «ودول مجلس التعاون»), and no third joined to them;
    [] where there is no such pair."""
    ws = sent.words
    for b in range(min(end, len(ws)) - 1, -1, -1):
        if ws[b].norm != BETWEEN:
            continue
        found: list[Span] = []
        for k in range(b + 1, min(len(ws), b + 1 + _FIRST_AFTER + _SECOND_AFTER + 4)):
            m = ctx.mention_at(ws[k])
            if m is None or m in found or m.label not in _ACTORS:
                continue
            if not found:
                if k - b > _FIRST_AFTER:
                    return []
            elif not ws[k].norm.startswith(AND) and not ws[k - 1].norm.startswith(AND):  # وبين إيران, ودول X
                return []
            found.append(m)
            if len(found) == 2:
                return _pair_alone(ctx, sent, found)
        return []
    return []


def _pair_alone(ctx: ArticleContext, sent: Sentence, pair: list[Span]) -> list[str]:
    """The entities of the pair, where no third actor is joined right after it by «و»."""
    ws = sent.words
    k = sent.word_index(pair[1].end - 1) + 1
    if k < len(ws) and ws[k].norm.startswith(AND) and (m := ctx.mention_at(ws[k])) is not None \
            and m.label in _ACTORS:
        return []
    ents = [ctx.entity_of(m) for m in pair]
    return ents if ents[0] != ents[1] else []


def pair_sides(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Each meeting, call or agreement in a sentence with a two-sides word that names fewer than
    two parties, all among the pair named after «بين» before that word, takes that pair; an
    agreement told as made «بينهما» takes it whatever else its sentence names, and so does a
    meeting or call told as held «بين الجانبين» the pair of the last two persons named before it."""
    for si, ev in events:
        if ev.label not in _SIDED:
            continue
        sent = ctx.sentences[si]
        ws = sent.words
        if ev.label != "AGREE" and len(held := _held_between_sides(ctx, sent, ev.label)) == 2:
            _take(ev, held)
            continue
        made = ev.label == "AGREE" and any(
            t.row.type == "AGREE" and held_by_pair(ws, t.index + t.size, "AGREE") for t in sent.triggers())
        if len(ev.attrs.participants) >= 2 and not made:
            continue
        sides = next(event_cues().each(ws, _TWO_SIDES), None)
        if sides is None:
            continue
        at = sides[0] - 1 if sides[0] and ws[sides[0] - 1].norm == BETWEEN else sides[0]  # بين الطرفين
        pair = named_pair(ctx, sent, at)
        if len(pair) == 2 and (made or set(ev.attrs.participants) <= set(pair)):
            _take(ev, pair)


def _take(ev: Span[EventAttrs], pair: list[str]) -> None:
    ev.attrs.participants = list(pair)
    ev.attrs.roles = ev.attrs.roles_of(pair)


def _held_between_sides(ctx: ArticleContext, sent: Sentence, kind: str) -> list[str]:
    """For a meeting or call noun told as held «بين الجانبين» («خلال مكالمة هاتفية جرت بين الجانبين
    في أبريل»): the pair its sentence named after «بين» before it (`named_pair`: «الحديث بين الولايات
    المتحدة ودول مجلس التعاون الخليجي ... عدة اجتماعات عقدت بين الجانبين»), else the last two persons
    it names before it (خادم الحرمين الشريفين الملك سلمان ... تلبية لدعوة الرئيس الروسي فلاديمير
    بوتين), where there are two; else []."""
    ws = sent.words
    for t in sent.triggers():
        b = held_between(ws, t.index + t.size, kind) if t.row.type == kind and t.row.pos == "noun" else None
        if b is None or b + 1 >= len(ws) or event_cues().at(ws, b + 1, _TWO_SIDES) is None:
            continue
        if pair := named_pair(ctx, sent, t.index):
            return pair  # الحديث بين الولايات المتحدة ودول مجلس التعاون ... اجتماعات عقدت بين الجانبين
        persons = [ctx.entity_of(m) for m in ctx.mentions_in(sent.start, ws[t.index].start, ("PER",))]
        last = list(dict.fromkeys(reversed(persons)))[:2]
        return last[::-1] if len(last) == 2 else []
    return []
