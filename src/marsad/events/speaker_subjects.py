"""The speaker a verb of saying names as its subject: a person, an office and its holder, a
body, a statement and its issuer, or someone unnamed («قال مسؤول»).

`named_subject` reads the words between a verb and what was said («وقال [وزير الخارجية X] إن»)
against what `speakers.SpeakerTracker` knows of the article so far (the offices held, the
statements' issuers, who spoke last); the tracker itself keeps that state and answers verbs
without a subject. Who an office named again, a courtesy pronoun or a body's noun goes back to
is in `speaker_recalled`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.catalogue_kinds import body_of_kind
from marsad.events.context import Sentence
from marsad.events.lexicon import (
    SAYING_OR_CONTINUING,
    quote_cues,
    speaker_key,
    speaker_ref,
    speaker_ref_form,
    written_offices,
)
from marsad.events.quote_clause_cues import relative_clause
from marsad.events.speaker_bodies import opens_subject
from marsad.events.speaker_clauses import (
    addresses_hearer,
    counted_group,
    hearer_first,
    holder_office,
    kin_member,
    latter,
    linked_body,
    office_complement,
    office_link,
    partitive_member,
    statements_given_in,
    subject_end,
    unnamed_group,
)
from marsad.events.speaker_names import (
    BOTH,
    definite,
    full_org,
    glued_hearer_end,
    name_before,
    named_last,
    object_after_comma,
    past_hearer,
    place_of_origin,
    surname_of,
)
from marsad.events.speaker_office_phrases import holder_after, named_office, person_ahead, short_body
from marsad.events.speaker_recalled import bare_office, by_org, courtesy_referent
from marsad.events.speaker_subject_shapes import (
    body_before,
    described_with,
    dual_body,
    loyal_to_name,
    other_nation,
    same_body_office,
    second_of_kind,
)
from marsad.events.speaker_unnamed import UNNAMED_SOURCES
from marsad.events.statement_issuers import last_body_statement
from marsad.events.words import Word, written
from marsad.lang.marks import mark_kinds
from marsad.model import Span

if TYPE_CHECKING:
    from marsad.events.speakers import SpeakerTracker

_STOP_KINDS = frozenset({"stop", "addressee", "complementizer"})
_ON_BEHALF = frozenset({"on_behalf"})
_TIME_PREPOSITION = frozenset({"stop"})  # في, منذ before a time inside the subject words
_ACCORDING_TO = frozenset({"according_to"})  # وفقا لـ[X]: the source, not a hearer
_RELAYED = frozenset({"attribution"})  # [وفقا لما] نقلته وكالة X: a phrase that relays, not «حسب دستور»
_LOYAL_TO = frozenset({"loyal_to"})  # الموالية لـ X, المقرب من X: X is whom the subject is loyal to
_CLOSE_TO = frozenset({"close_to"})  # مصادر قريبة من X: X is whom the sources are close to
_ADDRESSEE = frozenset({"addressee"})  # لنظيره: the name after it is the hearer, not the office holder



def named_subject(tracker: SpeakerTracker, sent: Sentence, i0: int, i1: int) -> tuple[str | None, bool]:
    """The speaker named in words [i0, i1) after a verb; (None, False) when the verb has
    no subject there (a continuation, a pronoun), (None, True) for an unnamed one."""
    found: dict[str, str] = {}
    ref: tuple[str, str, int] | None = None
    statement = None
    nominal = 0
    office = False  # an office was named (رئيس الوفد ...): its holder may follow a preposition
    title_at: int | None = None  # the office that opens the subject (المتحدث باسم ..., وكيل ...)
    complements: set[str] = set()  # labels of names inside that office's phrase
    heads: list[str] = []  # the bodies named there
    ws = sent.words
    i1 = subject_end(tracker.ctx, ws, i0, i1)  # «وقالت المصادر إن [X] …، مشيرة»: X is what was said
    if i0 < i1 and dual_body(ws[i0]):
        return None, True  # قالت [صحيفتا] «X» و«Y»: two bodies, no one of them
    if i0 < i1 and counted_group(tracker.ctx, ws[i0]):
        return None, True  # أفاد [72 %] من أصحاب العمل بالمملكة: a number of a group, no one named
    if (member := partitive_member(tracker.ctx, ws, i0, i1)) is not None:
        # وقال أحد أنصار [حبري]: one of them, unnamed; أحد محامي حبري [إبراهيم دياوارا]: he
        return named_subject(tracker, sent, member, i1) if member >= 0 else (None, True)
    if holder_office(tracker.ctx, ws, i0, i1):
        return None, True  # وقال [مكتب رئيس الوزراء حيدر العبادي]: the office, described, not Abadi
    if (member := kin_member(tracker.ctx, ws, i0, i1)) is not None:
        # وقال والد [هووت] الشاب: his father, unnamed; وقال شقيقه [محمد]: Muhammad
        return named_subject(tracker, sent, member, i1) if member >= 0 else (None, True)
    for k in range(i0, i1):
        if k > 0 and ":" in tracker.ctx.text[ws[k - 1].end:ws[k].start]:
            break  # حيث قال: الشهداء ...: the words after a colon are what was said
        if not found and ref is None and object_after_comma(tracker.ctx, ws, i0, k):
            return None, True  # اتهم الزوج، [جامعة تبوك] بـ: an unnamed subject, then the verb's object
        if k == i0 and (told := glued_hearer_end(tracker.ctx, ws, k)) is not None \
                and not (k > 0 and quote_cues().at(ws, k - 1, _ACCORDING_TO)):  # وأضاف [لرويترز]
            rest = next((n for n in range(k + 1, i1) if ws[n].start >= told), i1)
            return named_subject(tracker, sent, rest, i1) if rest < i1 else (None, False)
        if k == i0 and k > 0 and quote_cues().at(ws, k, _RELAYED) \
                and quote_cues().at(ws, k - 1, SAYING_OR_CONTINUING) is not None:
            rest = next((n for n in range(k + 1, i1)
                         if tracker.ctx.comma_between(ws[n - 1], ws[n])), i1)
            # وشددت [وفقا لما نقلته وكالة X]، على أن: the relay is no subject (not «حسب دستور الوكالة»)
            return named_subject(tracker, sent, rest, i1) if rest < i1 else (None, False)
        if k > i0 and (found or ref or nominal) and quote_cues().at(ws, k, _RELAYED):
            break  # وأكدت [الهيئة] وفقا لما نشره موقع «أرقام» أنها: the relayed source is not the subject
        if not found and k > i0 and quote_cues().at(ws, k, _CLOSE_TO):
            return None, True  # مصادر قريبة من [بلاتيني]: sources close to him, not he
        if k > i0 and quote_cues().at(ws, k, _LOYAL_TO) and (not found or loyal_to_name(tracker, ws, k, i1)):
            if found:  # وكالة «[سانا]» الموالية لـ[بشار الأسد]: the agency, not whom it is loyal to
                break
            return None, True  # وأكد المصدر المقرب من [X]: the source, unnamed, not X
        if k > i0 and title_at is not None and not found and office_complement(ws[k]) \
                and not quote_cues().at(ws, k, _STOP_KINDS) and tracker.ctx.mention_at(ws[k]) is None:
            nominal += 1  # الممثل الخاص [للأمين] العام: the office's, not a hearer
            continue
        if k + 1 < i1 and not found and quote_cues().at(ws, k, _TIME_PREPOSITION) \
                and tracker.ctx.in_timex(ws[k + 1]) and tracker.ctx.mention_at(ws[k]) is None:
            continue  # وأعلن [في] أبريل الماضي رسام الكاريكاتير X أنه: a time, then the subject
        if k == i0 and addresses_hearer(ws[k], True) and tracker.ctx.mention_at(ws[k]) is None \
                and (j := past_hearer(tracker.ctx, ws, k, i1)) is not None:
            speaker, named = named_subject(tracker, sent, j, i1)  # أكد لـ"عين اليوم" [المتحدث ... X] أن
            if speaker is not None or named:  # وتشير لـ"الصحيفة" [مصادر]: unnamed, not the paper
                return speaker, named
        if (quote_cues().at(ws, k, _STOP_KINDS) or addresses_hearer(ws[k], k == i0)) \
                and tracker.ctx.mention_at(ws[k]) is None \
                and not _office_written(tracker.ctx.text, ws[k]):  # وقال [علي الريشان]: a name, not على
            nxt = speaker_ref(ws[k + 1].norm) if k + 1 < len(ws) else None
            if nxt and nxt[0] == "statement":  # قالت الوزارة في بيان
                statement = ws[k + 1].start
            if "PER" not in found and office:
                held = None if quote_cues().at(ws, k, _ADDRESSEE) else holder_after(
                    tracker.ctx, ws, k + 1, i1) or name_before(tracker.ctx, ws, k + 1, i1, tracker.glued)
                if held is not None:  # رئيس الوفد المشارك في البطولة حسام الصالح
                    return held, True
            if "PER" not in found and title_at is not None:  # نائب الرئيس ... في شركة "[فاير آي]"
                body = next((b for j in linked_body(ws, k, i1)
                             if (b := tracker.held.body_at(sent, j)) is not None), None)
                if body is not None:
                    complements.add("ORG")
                    heads.append(body)
            break
        if not found and ref is None and described_with(tracker.ctx, ws, i0, k):
            continue  # ووصفه [بالإجرامي المشين] مطالبا: how it was described, no subject
        if (found or ref or nominal) and relative_clause(ws, k):
            break  # وقال المدرب الذي تولى تدريب [الهلال]: the clause tells of him, names no one
        if tracker.ctx.in_timex(ws[k]):
            if not found and ref is not None and ref[0] in ("org", "body"):
                break  # اتهمت الحكومة البريطانية [أمس] أسبانيا: a name after the time is the object
            continue  # وأعلنت [الأربعاء الماضي] أن: a time is no subject
        m = tracker.ctx.mention_at(ws[k])
        first = sent.word_index(m.start) if m is not None and m.start >= sent.start else k
        after_behalf = first > 0 and quote_cues().at(ws, first - 1, _ON_BEHALF)  # المتحدث باسم X Y
        if m is not None:
            if m.label == "PER" and title_at is not None and first == title_at + 1 \
                    and not definite(ws[title_at].norm):
                nominal += 1  # نائب [عشيرة آل غانم] حسن: whose deputy, not the deputy
                continue
            if m.label == "LOC" and place_of_origin(ws, first, i0):
                nominal += 1  # وقالت مؤسسة خيرية من [جنوب افريقيا]: where it is from, not who speaks
                continue
            if not after_behalf and not found and title_at is None \
                    and (_joint(tracker, ws, m, i1) or second_of_kind(tracker, ws, m, i1)):
                return None, True  # أكدت [أوبك] [وروسيا] أنهما: two speakers, no one of them
            if not after_behalf:
                who = full_org(tracker.ctx, m) if m.label == "ORG" else tracker.ctx.entity_of(m)
                found.setdefault(m.label, who)
                if title_at is not None and m.label != "PER":
                    complements.add(m.label)  # وكيل إمارة منطقة الباحة: the office's, not the speaker
                    heads.append(tracker.ctx.entity_of(m))
            nominal += 1
            continue
        if title_at is not None and k == title_at + 1 \
                and (body := short_body(tracker.ctx, ws[k])) is not None:
            complements.add("ORG")  # رئيس [خيركم]: the office of «جمعية خيركم» named before
            heads.append(body)
            nominal += 1
            continue
        glued = surname_of(ws[k], tracker.glued) if k == i0 and (
            k + 1 >= i1 or quote_cues().at(ws, k + 1, _STOP_KINDS)) else None  # وأوضح [الخلف] أن
        known = tracker.ctx.person_named(ws[k]) or glued
        if known is not None and not after_behalf:
            found.setdefault("PER", known)
            nominal += 1
            continue
        r = speaker_ref(ws[k].norm)
        if k == i0 and (gender := latter(ws, k)) is not None:
            last = named_last(tracker.ctx, ws[k].start, feminine=gender == "f")
            return last, last is not None  # أعلن [الأخير] عن: the one named last
        if r and r[0] == "pronoun" and not found:  # وشدد [سموه] على أن: the prince named with his office
            held = courtesy_referent(tracker, ws[k])
            return held, held is not None
        if not found and title_at is None and ref is None and unnamed_group(ws[k]) \
                and (k == i0 or not _person_after(tracker, ws, k + 1, i1)):
            # وقال سكان محليون / وتوقع آخرون: an unnamed group; not a group word in construct
            # after the subject's head before a name («قال كبير [العلماء] آلان ستيرن»: he)
            return None, True
        office = office or bool(r and r[0] == "title")
        if r and r[0] == "title" and not found and title_at is None:
            title_at = k
        if r and r[0] == "title" and (not found or hearer_first(tracker.ctx, ws, i0, k)) \
                and not named_office(tracker.ctx, ws, k, i1) \
                and (not person_ahead(tracker.ctx, ws, k + 1, i1)
                     or _source_of_body(tracker, ws, r[1], k, i1)):
            _official_statement(tracker, sent, k, i1)  # وأوضح مصدر في [الخلية] في بيان: the cell's
            if not found and (same := same_body_office(tracker, ws, k, i1)) is not None:
                return same, True  # «X مدير المركز الإقليمي …» … «وقال مدير [مركز] بازل»: X
            return None, True  # قال مسؤول بالوزارة / مصدر دبلوماسي: someone unnamed
        nominal += bool(r) or definite(ws[k].norm)
        if r and r[0] == "statement":
            statement = ws[k].start
            own = [ent for pos, ent in tracker.issuers if pos == statement]
            if own:  # نقلت وكالة تاس بيانا عن مجلس الأمن أن ...: the issuer speaks
                return own[0], True
        if r and ref is None and r[0] in ("title", "org", "body", "statement"):
            ref = (r[0], r[1], k)
    if "PER" not in found and title_at is not None and complements \
            and named_office(tracker.ctx, ws, title_at, i1):
        if speaker_key(ws[title_at].norm) in UNNAMED_SOURCES:
            return None, True  # «مصادر في [الوزارة]»: unnamed sources of the body, held by no one
        if (same := bare_office(tracker, ws, title_at, i1)) is not None:
            return same, True
        key = speaker_key(ws[title_at].norm)
        held = tracker.held.by_body(key, heads, ws[title_at].start)
        if held is None:  # not one named with another body (نائب الرئيس في شركة [X] Y ... في شركة [Z])
            held = tracker.offices.holder(ws, title_at, i1) \
                or tracker.held.by_office(key, ws, title_at, i1, ws[title_at].start)
            held = None if held is not None and tracker.held.of_other_body(held, heads) else held
        return (None if other_nation(tracker, ws, title_at, i1, held) else held), True
    for label in ("PER", "ORG", "LOC", "MISC"):
        if label in found:
            if statement is not None:
                tracker.issuers.note(statement, found[label])
            return found[label], True
    if ref is None:
        return None, nominal > 0  # an unnamed subject (بعض الخبراء) is nobody we know
    kind, key, k = ref
    pos = ws[k].start
    if kind == "title":
        if not named_office(tracker.ctx, ws, k, i1) or key in UNNAMED_SOURCES:
            # قال مسؤول: someone unnamed; «وتقول [المصادر] في …» after «ووفقا لمصدر عسكري، ترك X …»:
            # sources and witnesses are nobody the article names, never a person held to that word
            return None, True
        if (same := bare_office(tracker, ws, k, i1)) is not None:
            return same, True
        # a lead names an office before its holder («أكد اللاعب المصري»), not one in construct
        # («أعلن رئيس [الوزراء] الماليزي»: not «X، رئيس مكتب سلامة النقل» named next)
        ahead = sent.start <= tracker.ctx.sentences[0].start \
            and (definite(ws[k].norm) or k + 1 >= i1 or not definite(ws[k + 1].norm))
        held = tracker.offices.holder(ws, k, i1) or tracker.held.by_office(key, ws, k, i1, pos, ahead)
        return (None if other_nation(tracker, ws, k, i1, held) else held), True  # وزير الخارجية الماليزي
    if kind in ("org", "body"):
        form = speaker_ref_form(ws[k].norm)
        ent = (by_org(tracker, key, pos, form) if kind == "org" else None) \
            or (body_of_kind(tracker.ctx, form or key, pos)  # «سابك» … «وأرجعت [الشركة]»
                if opens_subject(tracker.ctx, sent, i0, k) else None) \
            or tracker.bodies.subject(tracker.ctx, sent, k, i0, i1, key)  # وقالت [الشرطة]: no name
        if ent is not None and statement is not None:
            tracker.issuers.note(statement, ent)
        return ent, True
    named = k + 1 < len(ws) and (tracker.ctx.mention_at(ws[k + 1]) is not None or any(
        ch in mark_kinds() for ch in tracker.ctx.text[ws[k].end:ws[k + 1].start]))  # تقرير "ساما"
    if not (definite(ws[k].norm) or named):
        return body_before(tracker, sent, k), True  # بيانا: a new one, or the body's just named
    if tracker.issuers.joint_last(pos):
        return None, True  # «في بيان مشترك» … «وأوضح البيان أنه»: issued together, by no one alone
    if (issuer := tracker.issuers.last_before(pos)) is not None:
        return issuer, True
    speakers = [spoken.speaker for spoken in tracker.spoken]
    return last_body_statement(tracker.ctx, ws, k, i1, key, speakers, tracker.persons), True


def _official_statement(tracker: SpeakerTracker, sent: Sentence, k: int, i1: int) -> None:
    """An unnamed official at word `k` of the body named right after him by a preposition of office,
    who gives his words in a statement (before word `i1`: «وأوضح مصدر في [الخلية] في بيان صحفي أن»):
    the statement is that body's, noted as its issuer, so «وأضاف البيان» is the body again."""
    ws, ctx = sent.words, tracker.ctx
    end = ws[i1].start if i1 < len(ws) else sent.end
    given = [pos for pos in statements_given_in(sent, []) if ws[k].start < pos < end]
    if not given or k + 2 >= i1 or not office_link(ws, k + 1):
        return
    m = ctx.mention_at(ws[k + 2])
    ref = speaker_ref(ws[k + 2].norm)
    if m is not None:
        body = full_org(ctx, m) if m.label == "ORG" else None
    else:
        body = by_org(tracker, ref[1], ws[k + 2].start) \
            if ref is not None and ref[0] == "org" and definite(ws[k + 2].norm) else None
    if body is not None:
        tracker.issuers.note(given[0], body)


def _joint(tracker: SpeakerTracker, ws: list[Word], m: Span, i1: int) -> bool:
    """The name `m` opens a subject of two joined by و: right after it, a word with the
    conjunction that is another name or a body's noun («أكدت أوبك [وروسيا]», «قال الجيش
    النيجيري [وقوة] المهام»): a joint statement of both. Not after «كل من» («كل من [كوريا
    الجنوبية] واليابان … قد أعلنت»: each of them said it, the first one stands for it)."""
    k = next((k for k in range(len(ws)) if ws[k].end > m.start), 0)
    if k >= 2 and ws[k - 1].norm == "من" and ws[k - 2].norm in BOTH:
        return False
    j = next((j for j in range(i1) if ws[j].start >= m.end), None)
    if j is None or j >= i1 or tracker.ctx.text[m.end:ws[j].start].strip(" \"'”“»«()") \
            or not ws[j].norm.startswith("و"):
        return False
    other = tracker.ctx.mention_at(ws[j])
    if other is not None:  # after the و: not a name that opens with the letter («وليد», «واشنطن»)
        return other.start > ws[j].start and other.label in ("ORG", "PER", "LOC") \
            and tracker.ctx.entity_of(other) != tracker.ctx.entity_of(m)
    ref = speaker_ref(ws[j].norm)
    return bool(ref and ref[0] in ("org", "body"))


def _source_of_body(tracker: SpeakerTracker, ws: list[Word], key: str, k: int, i1: int) -> bool:
    """An unnamed source (UNNAMED_SOURCES) at word `k` with a preposition after it before any
    person in words (k, i1) («كشفت مصادر [في] المقاومة الموالية للرئيس [X] عن»): sources in a body,
    whom a person named in what describes that body does not name."""
    if key not in UNNAMED_SOURCES:
        return False
    for j in range(k + 1, i1):
        if quote_cues().at(ws, j, _STOP_KINDS):
            return True
        if (m := tracker.ctx.mention_at(ws[j])) is not None and m.label == "PER":
            return False
    return False


def _person_after(tracker: SpeakerTracker, ws: list[Word], j: int, i1: int) -> bool:
    """A person is named among words [j, i1)."""
    return any((m := tracker.ctx.mention_at(w)) is not None and m.label == "PER" for w in ws[j:i1])


def _office_written(text: str, w: Word) -> bool:
    """The word as written (a و or ف before it aside) is an office of `ner_office_words`, hamza
    and all: «وقال [إمام] وخطيب المسجد الحرام X» names the imam, no stop «أمام» (before)."""
    form = written(text, w)
    return form in written_offices() or (form[:1] in "وف" and form[1:] in written_offices())
