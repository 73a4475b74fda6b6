"""Where a visit goes. A verb of arriving or heading (وصل, توجه إلى) is a visit only when its
goal after إلى is a named place or body (وصل بحاح إلى عدن, توجه إلى مقر الأمم المتحدة; not
وصلت الأسعار إلى مستويات, حتى وصلت إلى ما وصلت إليه): the first mention within a few words
after إلى, past facility nouns (مقر, العاصمة) and qualifiers. And the place a verb of
visiting takes as its object (زار فابيوس إيران: the place, not a participant), found right
after the trigger or after the visitor's name, his title or a time word, or past «كل من» that
opens a list of places (زار كل من نجران وعسير)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, facilities, office_word, sense_norm
from marsad.events.triggers import Trigger, goal_window
from marsad.events.words import Word, stems
from marsad.model import Span

_GOAL_GAP = 3  # words between إلى and the named goal (العاصمة الإماراتية أبوظبي)
_OBJECT_REACH = 10
_TITLE_GAP = 2  # title words between a body in a visitor's title and the visitor's name (الشيخ, الدكتور)
_TO = "الي"
_PLACES = ("LOC", "ORG")
_PREPS = frozenset({"place_prep", "goal_prep", "partner_prep"})
_EACH_OF = frozenset({"each_of"})  # «كل من» opening the list of places visited


def needs_goal(t: Trigger) -> bool:
    """A visit trigger that names where it goes after إلى (وصل, توجه, وصول)."""
    return t.row.type == "VISIT" and _TO in t.row.needs


def goal_is_place(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the first mention after the trigger's إلى (past facility nouns and definite
    qualifiers, or past «كل من» that opens a list of goals: سيتوجه إلى كل من إسرائيل والسعودية) is
    a place or a body."""
    m = _goal_mention(ctx, sent, t)
    return m is not None and m.label in _PLACES


def lead_goal(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The named place a verb of going that opens the report goes to, past the doer's full
    titles (`triggers.goal_window`: «يتوجه صاحب السمو الملكي الأمير X ... وزير الدفاع غدا
    الثلاثاء إلى المملكة الأردنية الهاشمية»), else None."""
    if not (needs_goal(t) and sent.lead and t.index == 0):
        return None
    m = _goal_mention(ctx, sent, t)
    return m if m is not None and m.label in _PLACES else None


def _goal_mention(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The first mention after the trigger's إلى, past facility nouns and definite qualifiers
    (or past «كل من»); None where another word comes first."""
    ws = sent.words
    for j in range(t.index + t.size, min(len(ws), t.index + t.size + goal_window(sent.lead, t.index))):
        if not any(st.stem == _TO for st in stems(ws[j].norm)):
            continue
        each = event_cues().at(ws, j + 1, _EACH_OF) if j + 1 < len(ws) else None
        first = j + 1 + (each.size if each is not None else 0)
        for k in range(first, min(len(ws), first + 1 + _GOAL_GAP)):
            m = ctx.mention_at(ws[k])
            if m is not None:
                return m
            if not facility_or_qualifier(ws[k].norm):
                return None
        return None
    return None


def listed_after(ws: list[Word], k: int, preps: frozenset[str]) -> bool:
    """Word `k` opens a list after «كل من» right after a preposition of `preps` (إلى كل من
    إسرائيل والسعودية, في كل من الرياض وجدة): the list's first name, as if right after it."""
    each = next((c for j in range(max(0, k - 2), k)
                 if (c := event_cues().at(ws, j, _EACH_OF)) is not None and j + c.size == k), None)
    before = k - 1 - each.size if each is not None else -1
    return before >= 0 and event_cues().at(ws, before, preps) is not None


def facility_or_qualifier(word: str) -> bool:
    return any(st.stem in facilities() for st in stems(word)) or word.startswith("ال")


def _facility_chain(ctx: ArticleContext, gap: list[Word], m: Span) -> bool:
    """A facility noun opening a construct chain that ends in the location (زار X مقر قيادة قوة
    جازان, مركز قيادة قوة جازان): the site visited lies in that place, which stands for it."""
    if not gap or not any(st.stem in facilities() for st in stems(gap[0].norm)):
        return False
    return not any(ch in ctx.text[gap[0].start:m.start] for ch in "،,.:;()«»\"\n")


def _titles_a_name(ctx: ArticleContext, m: Span, mentions: list[Span]) -> bool:
    """A body or place in the title of the person named right after it (زار إمام المسجد النبوي
    الشيخ X ..., زار مدير فرع وزارة الشؤون الإسلامية الشيخ X ...): part of the visitor's title,
    not the object of the verb."""
    nxt = next((x for x in mentions if x.start >= m.end), None)
    if nxt is None or nxt.label != "PER":
        return False
    gap = ctx.text[m.end:nxt.start]
    return len(gap.split()) <= _TITLE_GAP and not any(ch in gap for ch in "،,.:;()«»\"\n")


def object_place(ctx: ArticleContext, sent: Sentence, t: Trigger, mentions: list[Span]) -> Span | None:
    """The place a verb of visiting takes as its object (زار X إيران, يزور العاصمة أبوظبي); a verb
    of sending (`event_senses` sending_verb) takes the delegation, its subject the sender («بعثت
    ألمانيا وفدًا»: no place)."""
    ws = sent.words
    if t.row.pos != "verb" or t.row.subject_role or needs_goal(t) \
            or sense_norm(t.row.forms[0], "sending_verb"):
        return None
    prev_end = ws[t.index + t.size - 1].end
    after_person = False
    named = 0  # words of the names passed: a long name does not use up the reach
    for m in mentions:
        if m.start < prev_end:
            continue
        k = sent.word_index(m.start)
        if k - t.index - named > _OBJECT_REACH:
            return None
        gap = [w for w in ws[t.index + t.size:k] if w.start >= prev_end]
        gap = [w for w in gap if not any(x.start <= w.start < x.end for x in ctx.timexes)]
        if len(gap) >= 2 and gap[-2] is ws[k - 2] and event_cues().at(ws, k - 2, _EACH_OF) is not None:
            gap = gap[:-2]  # زار خلال الأيام الماضية كل من نجران وعسير: the list's first is the object
        after_prep = k > 0 and event_cues().at(ws, k - 1, _PREPS) is not None
        if after_prep or (ws[k].start < m.start and ctx.text[ws[k].start:m.start] not in ("", "و")):
            continue  # المبعوث الخاص إلى سوريا: a place in the visitor's office, not the object
        if after_person and len(gap) == 1 and not office_word(gap[0].norm):
            gap = []  # ستيفان دي [مستورا] طهران: the tail of a name the tagger cut short (not an
            # office: «زار الرئيس X رئيس جمهورية الشيشان أمس المسجد النبوي» is his state, no object)
        if m.label == "LOC" and len(gap) <= _GOAL_GAP and (all(facility_or_qualifier(w.norm) for w in gap)
                                                          or _facility_chain(ctx, gap, m)):
            return m
        if m.label != "PER" and not _is_time(ctx, m) and not _titles_a_name(ctx, m, mentions):
            return None  # زار مقر الأمم المتحدة, زار أجنحة المعرض: no place named as the object
        prev_end = m.end
        after_person = m.label == "PER"
        named += len(ctx.text[m.start:m.end].split())
    return None


def _is_time(ctx: ArticleContext, m: Span) -> bool:
    return any(t.start <= m.start < t.end for t in ctx.timexes)


def visit_objects(ctx: ArticleContext, sent: Sentence, before: int) -> list[Span]:
    """The places the verbs of visiting before word `before` of `sent` take as objects: where a
    clause opened there by حيث is, over a place in the visitor's office («زار المبعوث الخاص إلى
    سوريا X طهران اليوم حيث التقى مع وزير الخارجية Y»: the meeting is in Tehran, not Syria)."""
    mentions = ctx.mentions_in(sent.start, sent.words[before].start)
    return [m for t in sent.triggers() if t.index < before and t.row.type == "VISIT"
            and (m := object_place(ctx, sent, t, mentions)) is not None]
