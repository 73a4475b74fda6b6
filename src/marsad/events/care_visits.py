"""Visits of care made by a hospital's own staff, a charity or volunteers are no events.

The guide counts an official's visit to patients or the wounded as a VISIT («زار الأمير مشاري
بن سعود، أمير منطقة الباحة، عددا من المرضى المنومين», a deputy minister checking on wounded men
in a hospital), but not employees visiting patients or a company's programme of visits to them
(docs/realtext-annotation.md, events-dev-fresh5 and -fresh8; round 40: a company's or its
staff's visits too); the dev gold keeps a rights society's team and a directorate's head visiting
patients or the wounded. What decides is the visitor's standing: «عايد مدير مستشفى أجياد الطوارئ ... الدكتور
عبدالرحمن بخش المنومين بالمستشفى، وزارهم», «قام رئيس الجمعية الخيرية بمحافظة المزاحمية الدكتور
إبراهيم الزمامي ... بزيارة معايدة لعدد من المرضى», «زار فريق سفراء التطوع برئاسة الدكتور محمد
باجبير ... مستشفى شرق جدة» are none; «قام محافظ ثادق ... بزيارة لمرضى مستشفى ثادق» is a VISIT.

A visit is one of care when a `care_goal` word of lang/ar/event_senses.tsv (patients,
inpatients, orphans, the elderly, the wounded, a hospital) stands within a few words after its
trigger in its sentence, or before a visit verb whose object pronoun points back to it («المنومين
بالمستشفى، صباح يوم العيد، وزارهم»). It is none when every party of it is named as staff — a
`care_staff` word (a hospital, a charity, volunteers) a few words before one of its mentions — and
no party is named with an office of state (`official` rows: أمير, وزير, محافظ, وكيل إمارة, سفير,
رئيس هيئة الأركان) a few words before a mention or right after it past a comma («خالد الفالح، وزير
الصحة»), nor stands such an office or a courtesy pronoun of one («سموه», «معاليه») a few words
before the trigger. A company (a catalogue entry named with «شركة», or a body the text names so)
visiting patients, or a visitor whose post after his name names one («X مدير عام الشؤون الإعلامية
المكلف بالاتصالات السعودية»), is staff too (the guide, round 40: a company's or its staff's visit
to patients is none). A visit to a body's own patients (`own_care_goal`: «مرضاها», «منوميها») is a
programme of the body's for them, none whoever visits, unless a party is named with an office of
state («نظمت أرامكو برنامجاً لزيارة مرضاها المنومين»). A party named in the visit's sentence only
past its `care_goal` word is what the visit goes to (the hospital, the patients' charity), no
visitor: a visit whose every party is so named has no visitor to give it standing.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.events.catalogue_kinds import of_kind
from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_senses, facilities, sense_word
from marsad.events.words import Word, object_pronoun_suffixes, stems
from marsad.model import EventAttrs, MentionAttrs, Span

_GOAL_AFTER = 16  # words after a visit trigger where what it visits stands, past a long subject
_OFFICE_BEFORE = 6  # words before a name where its office stands (وكيل محافظة الاحساء خالد بن عبدالعزيز)
_OFFICE_AFTER = 2  # words after a name where its office stands past a comma (خالد الفالح، وزير الصحة)
_SUBJECT_BEFORE = 8  # words before the trigger where the visitor's office stands (وقام سموه بزيارة)
_STAFF_AFTER = 8  # words after a visitor's name where his post stands (X مدير العلاقات بمستشفى الملك خالد)
_OFFICIAL = frozenset({"official"})
_COMPANY = "شركة"  # the noun the catalogue names companies with (شركة الاتصالات السعودية)


def care_visit_without_official(ctx: ArticleContext, ev: Span[EventAttrs]) -> bool:
    """A visit to patients, orphans or a hospital whose every party is named as the staff of a
    hospital, a charity or a volunteer team, and none with an office of state."""
    if ev.label != "VISIT" or ev.attrs.trigger_start is None or not ev.attrs.participants:
        return False
    found = trigger_word(ctx, ev.attrs.trigger_start)
    if found is None:
        return False
    sent, k = found
    ws = sent.words
    if _office_within(ws, max(0, k - _SUBJECT_BEFORE), k):
        return False
    parties = ev.attrs.participants
    if any(sense_word(w, "own_care_goal") for w in ws[k + 1:k + 1 + _GOAL_AFTER]):
        return not any(named_with_office(ctx, p) for p in parties)  # «برنامجاً لزيارة مرضاها»
    if not (any(sense_word(w, "care_goal") for w in ws[k + 1:k + 1 + _GOAL_AFTER])
            or _goal_told_before(sent, k)):
        return False
    visitors = [p for p in parties if ev.attrs.roles.get(p) != "host"  # the body visited is no visitor,
                and p != ev.attrs.place and not _visited_after(ctx, sent, k, p)]  # nor the site it went to
    return all(_named_as_staff(ctx, p) or _staff_after_name(ctx, sent, k, p) or _company(ctx, p)
               for p in visitors) and not any(named_with_office(ctx, p) for p in parties)


def _visited_after(ctx: ArticleContext, sent: Sentence, k: int, entity: str) -> bool:
    """Whether `entity` is named in the visit's sentence only after the first `care_goal` word
    past its trigger (word `k`): within what the visit goes to, the hospital or the patients'
    charity visited, no visitor («قام عدد من العاملين بجوازات الجوف بزيارة كبار السن والأطفال
    المنومين داخل مستشفى الملك عبدالعزيز»); the visitor a verb puts after it stands before the
    goal («زار أمين منطقة عسير صالح القاضي أمس رجال الأمن المصابين»)."""
    ws = sent.words
    goal = next((j for j in range(k + 1, min(len(ws), k + 1 + _GOAL_AFTER))
                 if sense_word(ws[j], "care_goal")), None)
    if goal is None:
        return False
    return ctx.named_only_from(entity, sent, ws[goal].start)


def _goal_told_before(sent: Sentence, k: int) -> bool:
    """Whether the visit verb at word `k` ends in an object pronoun (`object_pronoun` rows of
    event_affixes.tsv: «وزارهم») and a `care_goal` word stands before it in its sentence: the
    pronoun points back to the patients told first («عايد مدير المستشفى ... المنومين بالمستشفى، صباح
    يوم العيد، وزارهم»)."""
    return any(t.index == k and t.row.pos == "verb" and t.row.type == "VISIT"
               and any(t.reading.stem == f + p for f in t.row.forms for p in object_pronoun_suffixes())
               for t in sent.triggers()) and any(sense_word(w, "care_goal") for w in sent.words[:k])


def trigger_word(ctx: ArticleContext, start: int) -> tuple[Sentence, int] | None:
    """The sentence holding an event's trigger at offset `start` and the trigger's word index in
    it; None outside every sentence or past its words."""
    sent = ctx.sentence_at(start)
    if sent is None:
        return None
    k = sent.word_index(start)
    return (sent, k) if k < len(sent.words) else None


def _office_within(ws: list[Word], lo: int, hi: int) -> bool:
    """Whether an `official` row starts at a word of ws[lo:hi], not inside the name of a
    facility (مستشفى الملك فهد, مدينة الملك عبدالعزيز: `event_facilities.tsv`)."""
    return any(event_senses().at(ws, j, _OFFICIAL) is not None
               and not (j > 0 and _facility(ws[j - 1])) for j in range(lo, hi))


def _facility(w: Word) -> bool:
    """A facility noun (مستشفى, مركز, مدينة) that a prince's or a king's title after it names the
    place after."""
    return any(st.stem in facilities() for st in stems(w.norm))


def _mentions_of(ctx: ArticleContext, entity: str) -> Iterator[tuple[Sentence, Span[MentionAttrs]]]:
    """The mentions of `entity` that stand in a sentence, each with its sentence."""
    for m in ctx.mentions:
        if ctx.entity_of(m) == entity and (sent := ctx.sentence_at(m.start)) is not None:
            yield sent, m


def named_with_office(ctx: ArticleContext, entity: str) -> bool:
    """Whether a mention of `entity` has an office of state a few words before it, or right
    after it past a comma."""
    for sent, m in _mentions_of(ctx, entity):
        ws = sent.words
        first = sent.word_index(m.start)
        last = sent.word_index(m.end - 1)
        if _office_within(ws, max(0, first - _OFFICE_BEFORE), first):
            return True
        after = last + 1
        if after < len(ws) and ctx.text[ws[last].end:ws[after].start].strip() in ("،", ",") \
                and _office_within(ws, after, min(len(ws), after + _OFFICE_AFTER)):
            return True
    return False


def _named_as_staff(ctx: ArticleContext, entity: str) -> bool:
    """Whether a mention of `entity` has a `care_staff` word a few words before it: the staff of
    a hospital, a charity or a volunteer team («مدير مستشفى أجياد الطوارئ ... الدكتور X», «رئيس
    الجمعية الخيرية بمحافظة المزاحمية الدكتور X», «فريق سفراء التطوع برئاسة الدكتور X»)."""
    for sent, m in _mentions_of(ctx, entity):
        first = sent.word_index(m.start)
        if any(sense_word(w, "care_staff") for w in sent.words[max(0, first - _OFFICE_BEFORE):first]):
            return True
    return False


def _staff_after_name(ctx: ArticleContext, sent: Sentence, k: int, entity: str) -> bool:
    """Whether a mention of `entity` before the trigger (word `k` of `sent`) has a `care_staff`
    word after it, before the trigger and within a few words: his post told after his name
    («قام الأستاذ عبدالعزيز الهذيلي مدير المراسم والعلاقات العامة بمستشفى الملك خالد ...
    بزيارة للمرضى المنومين»). Only words before the trigger count: after it stands the goal
    («زار ... اللواء X المصابين في مستشفى أبها» is no staff of the hospital)."""
    ws = sent.words
    for m in ctx.mentions_in(sent.start, ws[k].start):
        if ctx.entity_of(m) != entity:
            continue
        after = sent.word_index(m.end - 1) + 1
        if any(sense_word(w, "care_staff") for w in ws[after:min(k, after + _STAFF_AFTER)]):
            return True
        end = ws[min(k, after + _STAFF_AFTER) - 1].end if after < k else m.end
        if any(_company(ctx, ctx.entity_of(n)) for n in ctx.mentions_in(m.end, end, ("ORG",))):
            return True  # «عبدالله الفهد مدير عام الشؤون الإعلامية المكلف بالاتصالات السعودية»
    return False


def _company(ctx: ArticleContext, entity: str) -> bool:
    """Whether `entity` is a company (`catalogue_kinds.of_kind` with «شركة»): its visits to
    patients and its staff's are a company's programme, none (docs/realtext-annotation.md, round
    40: «قام عدد من مسؤولي الاتصالات السعودية بزيارة معايدة لعدد من مرضى الفشل الكلوي»)."""
    return of_kind(ctx, entity, _COMPANY)
