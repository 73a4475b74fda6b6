"""The parties an event's trigger leaves unnamed (`complete_parties`): persons named only by
office («زار نائب وزير الصحة مستشفى …»), the host's courtesy pronouns («وعقد فخامته اجتماعاً مع
سموه»), a speaker's own visit in reported speech, or the dropped subject of a verb carried on
from before («وصل X إلى الرياض. واستقبله الملك Y»)."""

from __future__ import annotations

from marsad.events.agreeing_doers import agreeing_doer, carried_group
from marsad.events.appositive_offices import AppositiveIndex
from marsad.events.carried_subjects import (
    carried_pair,
    carried_subject,
    honoured_subject,
    honoured_visitor,
    pronoun_guest,
    trip_owner,
)
from marsad.events.clauses import agreement_relative, quote_of, scope_of
from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import PARTNER, TitleIndex, courtesy_parties, unnamed_offices
from marsad.events.counterparts import owner_dropped
from marsad.events.head_noun_bodies import bodies_by_noun, delegation_by_noun, delegation_told_before
from marsad.events.lexicon import SAYING_VERBS, event_cues, quote_cues, speaker_ref
from marsad.events.outlets import outlets
from marsad.events.state_offices import office_state
from marsad.events.told_anew import gathered_owner, gathering_doer, own_relative
from marsad.events.trigger_subjects import (
    clause_doer,
    described_subject,
    lone_partner,
    only_partners,
    subject_after,
    visitor_office,
)
from marsad.events.triggers import Trigger
from marsad.events.unstated_parties import one_owner
from marsad.events.visit_nouns import intended_visit, names_its_visitor, quoted_visit
from marsad.lang.person_states import person_states
from marsad.model import EventAttrs, QuoteAttrs, Span

_COURTEOUS = frozenset({"MEET", "CALL", "AGREE"})  # events whose parties courtesy pronouns may name
_AGREEING = frozenset({"MEET", "CALL"})  # meeting verbs whose subject an agreeing doer before may be
_DELEGATED = frozenset({"MEET", "VISIT"})  # events a delegation told before takes part in
_CLAUSE = 14  # words of a relative clause where its doer may be named (as told_anew's)
_THIRD_PLURAL = ("وا", "ون")  # زاروا; يتوجهون: endings of a verb's third person plural


def verbal_noun(t: Trigger) -> bool:
    """A verb trigger read with the article (التوصل, بالتوصل, للتوصل: the verbal noun of توصل,
    spelt as the verb): a noun that names no doer, so no dropped subject or speaker is its party."""
    return t.row.pos == "verb" and t.reading.clitic.endswith(("ال", "لل"))


def _third_plural(sent: Sentence, t: Trigger) -> bool:
    """A verb in the third person plural (زاروا, توصلوا, ليستقبلوا; سيتوجهون): its doers are a group
    the speaker speaks of («وأوضح X أن أعضاء الحكومة ... زاروا», «وأشار إلى أن ممثلين عن مجموعة X
    سيتوجهون إلى إيران»), never the speaker alone, who would say «زرنا»."""
    return t.row.pos == "verb" and t.size == 1 and sent.words[t.index].norm.endswith(_THIRD_PLURAL)


def complete_parties(ctx: ArticleContext, si: int, trigs: list[Trigger], ev: Span[EventAttrs],
                     indexes: tuple[TitleIndex, AppositiveIndex], quotes: list[Span[QuoteAttrs]]) -> None:
    """Add persons named only by office, or the dropped subject of a verb trigger."""
    sent = ctx.sentences[si]
    offices, after = indexes
    if names_its_visitor(ctx, sent, trigs):
        return  # زيارة فابيوس إلى طهران: the noun names its visitor
    lo, hi = scope_of(sent, trigs[0], quotes, trigs[-1], ctx.text, own_relative(ctx, sent, trigs[-1]))
    parts: list[str] = ev.attrs.participants
    persons = {ctx.entity_of(m) for m in ctx.mentions_in(lo, hi, ("PER",))}
    t = trigs[0]
    if (visitor := honoured_visitor(sent, t, offices)) is not None:  # زيارة سموه ... يرافقه X
        parts[:] = [visitor[0]] + [p for p in parts if p != visitor[0]]
        ev.attrs.roles = {visitor[0]: "guest"}
        return
    if (honoured := None if subject_after(ctx, sent, t) else honoured_subject(ctx, si, t)) is not None:
        who, at = honoured  # وأوضح د. X أن ... وقوف معاليه على ... حيث زار: the minister, not X
        reporters = {ctx.entity_of(m) for m in ctx.mentions_in(sent.start, at, ("PER",))}
        parts[:] = [who] + [p for p in parts if p not in reporters and p != who]
        for p in reporters & set(ev.attrs.roles):
            ev.attrs.roles.pop(p)
        if t.row.type == "VISIT":
            ev.attrs.roles[who] = "guest"
        return
    if not parts and (owner := trip_owner(ctx, sent, t)) is not None:
        parts.append(owner)  # وتأتي جولة X بعد أن زار واشنطن: X, whose tour it is, visited
        return
    hi_k = sent.word_index(hi) if hi < sent.end else len(sent.words)
    resolved = subject_office = office_before = False
    unheld: str | None = None  # the state of an unnamed official before the trigger no one holds
    for at, words in unnamed_offices(ctx, sent, lo, hi, events=True):
        if at in after.starts:
            continue  # الأمير X وزير الحرس الوطني: the office of the name before it, no other party
        k = sent.word_index(at)
        if k < t.index and _doer_in_construct(ctx, sent, t):
            continue  # وأكد رئيس اللجنة أن ... في ظل توقيع السعودية اتفاقيات: the kingdom signs, not he
        if _speaker_after(sent, t, k):
            continue  # «لدى زيارة الرئيسة الكورية للسعودية قال [القنصل] العام:»: he speaks of it
        ent = offices.holder(sent.words, k, hi_k, by_head=True, places=True) \
            or after.holder(sent.words, k, hi_k)
        if ent is None and k < t.index and unheld is None and (split := office_state(words)) is not None:
            unheld = split[1]  # وصل الوزير الأميركي إلى الدوحة للقاء ...: a subject of that state, unnamed
        if ent is not None and ent not in parts:
            parts.append(ent)
            persons.add(ent)
            resolved = True
            subject_office |= _no_partner_word(sent, t, k)
            office_before |= k < t.index  # توجه المبعوث الخاص ... بهدف عقد اجتماع مع X: the envoy
            if visitor_office(t, k):  # زار نائب وزير الصحة مستشفى X: the visitor
                parts.insert(0, parts.pop())
                ev.attrs.roles = {p: r for p, r in ev.attrs.roles.items() if r != "guest"} | {ent: "guest"}
    for ent in courtesy_parties(ctx, sent, t, (lo, hi), offices) if t.row.type in _COURTEOUS else []:
        if ent not in parts:  # وعقد فخامته اجتماعاً مع سموه
            parts.append(ent)
            persons.add(ent)
            resolved = True
    if resolved and len([p for p in parts if p in persons]) >= 2:
        parts[:] = [p for p in parts if p in persons]  # persons found on both sides: countries step back
    if t.row.type == "VISIT" and not parts and not persons:
        # وصول ممثلي الصندوق إلى أثينا: the fund named before; only a visit with no one named (a
        # meeting would take «ناقش وزير الحج مع وكلاء الوزارة», the minister's own ministry)
        for ent in bodies_by_noun(ctx, sent, t, lo, hi):
            if ent not in parts:
                parts.append(ent)
    if t.row.type == "VISIT" and not parts and (rel := own_relative(ctx, sent, t)) is not None \
            and (body := delegation_by_noun(ctx, sent, rel, rel + _CLAUSE)) is not None:
        parts.append(body)  # الزيارة التي قام بها وفد رفيع المستوى من المجموعة: the group visited
    if t.row.type in _DELEGATED and (sender := delegation_told_before(ctx, sent, t, lo, hi)) is not None \
            and sender not in parts and not (t.row.pos == "noun" and quote_of(sent, t, quotes) is not None):
        # «وأكد X أن زيارة الوفد ...»: a visit noun in what is said is the visit told before, said again
        parts.append(sender)  # وكان أعضاء الوفد قد وصلوا, إثر لقائه الوفد: the body whose delegation it is
    if pronoun_guest(t) and len([p for p in parts if p in persons]) < 2:
        ent = carried_subject(ctx, si, offices)  # وصل X إلى الرياض. واستقبله الملك Y: X is the guest
        if ent is not None and ent not in parts:
            parts.append(ent)
            persons.add(ent)
            if t.row.subject_role == "host":
                ev.attrs.roles.setdefault(ent, "guest")
    q = quote_of(sent, t, quotes)
    signed_by_clause = agreement_relative(sent, t)  # «إن الاتفاق الذي أبرم»: the speaker signed nothing
    speakers_visit = q is not None and _speakers_visit(ctx, sent, t, q.start)
    intended = q is not None and intended_visit(sent, t) and q.attrs.speaker in _persons(ctx)
    if q is not None and q.attrs.speaker and not _third_plural(sent, t) and not signed_by_clause and (
            (not parts and (intended or not quoted_visit(t))) or speakers_visit
            or (t.row.pos == "verb" and not verbal_noun(t)
            and not ctx.mentions_in(q.start, sent.words[t.index].start, ("PER", "ORG"))
            and not _place_opens(ctx, q.start, sent.words[t.index].start)
            and (not subject_after(ctx, sent, t) or (lone_partner(t, parts) and not subject_office)
                 or owner_dropped(ctx, sent, t, lo)))):
        if q.attrs.speaker not in parts and q.attrs.speaker not in outlets():  # قال إنه سيزور: the speaker
            parts.insert(0, q.attrs.speaker)
        if speakers_visit:  # the speaker is the guest, no one else
            hosts = {p: r for p, r in ev.attrs.roles.items() if r == "host"}
            ev.attrs.roles = hosts | {q.attrs.speaker: "guest"}
        return
    if persons and not subject_office and t.row.type in ("MEET", "CALL") \
            and (only_partners(ctx, sent, t, lo, hi) or owner_dropped(ctx, sent, t, lo)
                 or gathered_owner(ctx, sent, t)):  # لقاء جمعه مع X
        ent = clause_doer(ctx, sent, t, lo) or gathering_doer(ctx, sent, t) \
            or _reporting_doer(ctx, sent, t, q) \
            or (None if office_before else _carried(ctx, si, offices, unheld))  # the dropped subject
        if ent is not None and ent not in parts:  # (المباحثات التي أجراها مع X: the main)
            parts.insert(0, ent)
        return
    if len(parts) == 1 and t.row.type in ("MEET", "CALL") and described_subject(ctx, sent, t):
        ent = carried_subject(ctx, si, offices)  # والتقت الشابة ... الرئيس X: the woman named before
        if ent is not None and ent not in parts:
            parts.insert(0, ent)
        return
    if persons and t.row.type in _AGREEING and not verbal_noun(t) and not subject_after(ctx, sent, t) \
            and not ctx.mentions_in(sent.start, sent.words[t.index].start, ("PER", "ORG")) \
            and (doer := agreeing_doer(ctx, si, t)) is not None and doer not in parts:
        parts.insert(0, doer)  # ... أن موغيريني ستزور X. وستلتقي عددا من المسؤولين، بينهم Y: she
        return
    if persons or t.row.pos != "verb" or verbal_noun(t) or subject_after(ctx, sent, t) \
            or (signed_by_clause and len(parts) > 1) \
            or ctx.mentions_in(sent.start, sent.words[t.index].start, ("PER", "ORG")):
        return  # «أن يسرع الاتفاق الذي أبرم ... بين إيران والولايات المتحدة»: its two sides signed it
    ent = _carried(ctx, si, offices, unheld)
    if ent is not None:
        if ev.attrs.place is None and t.row.type == "VISIT":
            ev.attrs.place = next((p for p in parts), None)
        pair = carried_pair(ctx, si) if t.dual else carried_group(ctx, si, t)
        parts[:] = pair or [ent]  # واتفقا على ...: the two persons named before; التقوا: those listed


def _carried(ctx: ArticleContext, si: int, offices: TitleIndex, unheld: str | None) -> str | None:
    """The subject carried from the sentence before (`carried_subjects.carried_subject`), but where an
    official of state `unheld` no one in the article holds stands before the trigger as its subject
    («... المالكي ... . وصل الوزير الأميركي إلى الدوحة للقاء وزراء مجلس التعاون»), only a person
    of that state by the catalogue: the verb has a subject of its own, no one else's is carried."""
    ent = carried_subject(ctx, si, offices)
    return ent if unheld is None or person_states().get(ent or "") == unheld else None


def _doer_in_construct(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a noun of meeting, calling or signing has a name right after it, its doer in
    construct («توقيع السعودية اتفاقيات», «استقبال الأمير X»): an office named before the noun is
    not its party. Not a visit noun, whose name after it is where it goes («زيارة محافظة عدن»)."""
    j = t.index + t.size
    if t.row.pos != "noun" or t.row.type == "VISIT" or j >= len(sent.words):
        return False
    m = ctx.mention_at(sent.words[j])
    return m is not None and m.start == sent.words[j].start


def _speaker_after(sent: Sentence, t: Trigger, k: int) -> bool:
    """The office at word `k` stands right after a verb of saying past a visit trigger («لدى
    زيارة الرئيسة الكورية للسعودية قال [القنصل] العام لكوريا الجنوبية: …»): the subject of a new
    clause that tells of the visit, not its visitor. Visits only: a meeting's or call's partner
    may be the office a verb after it names again («اتصال … ودعا الرئيس الإيراني»)."""
    return t.row.type == "VISIT" and k - 1 > t.index \
        and quote_cues().at(sent.words, k - 1, SAYING_VERBS) is not None


def _place_opens(ctx: ArticleContext, start: int, trigger_start: int) -> bool:
    """Whether the reported words opening at `start` open with a place named before the verb
    at `trigger_start`: a state (or its capital) is the clause's subject («وقال X إن السعودية
    وقعت اتفاقية مع الهند»: the kingdom signed, not the speaker); a place after a preposition
    («إنه في الرياض وقع ...») opens no subject."""
    return any(m.start == start for m in ctx.mentions_in(start, trigger_start, ("LOC",)))


def _persons(ctx: ArticleContext) -> frozenset[str]:
    """The article's persons: a speaker who intends a visit («أعلن X عزمه زيارة طهران») is one;
    a body that announces it («أعلنت الحكومة عزمها زيارة») sends someone it does not name."""
    return frozenset(ctx.entity_of(m) for m in ctx.mentions if m.label == "PER")


def _reporting_doer(ctx: ArticleContext, sent: Sentence, t: Trigger,
                    q: Span[QuoteAttrs] | None) -> str | None:
    """The named speaker of the reported words a meeting with partners only is told in, no one
    named in them before it («وأشار وزير الخارجية الروسي إلى أنه أجرى لقاءً ثلاثيًا جمعه مع X وY»:
    the minister met them), not an outlet; else None."""
    if q is None or not q.attrs.speaker or q.attrs.speaker in outlets() \
            or ctx.mentions_in(q.start, sent.words[t.index].start, ("PER", "ORG")):
        return None
    ws, j = sent.words, t.index + t.size  # «لقاء جلالة الملك مع X»: the noun's own doer, in construct
    owner = [k for k in (j, j + 1) if k < len(ws)
             and (speaker_ref(ws[k].norm) is not None or ctx.mention_at(ws[k]) is not None)]
    if t.row.pos == "noun" and owner and event_cues().at(ws, j, PARTNER) is None:
        return None
    return q.attrs.speaker


def _no_partner_word(sent: Sentence, t: Trigger, k: int) -> bool:
    """Whether verb trigger `t` has no partner word (مع, نظيره) between it and the office at word
    `k`: the office is the verb's subject («كما اجتمع سمو ولي ولي العهد في جدة مع X»), no partner
    (a noun's office after it is its object: «لدى استقباله محافظ المؤسسة»)."""
    ws = sent.words
    return t.row.pos == "verb" and not verbal_noun(t) \
        and all(event_cues().at(ws, j, PARTNER) is None for j in range(t.index + t.size, k))


def _speakers_visit(ctx: ArticleContext, sent: Sentence, t: Trigger, quoted: int) -> bool:
    """A visit noun with one owner's pronoun in reported speech, no person named in the quotation
    before it («مشيراً إلى أن زيارته إلى المملكة تأتي في إطار حرص الرئيس X»): the speaker's own
    visit, whoever else the clause names."""
    w = sent.words[t.index]
    return t.row.type == "VISIT" and t.row.pos == "noun" and one_owner(w.norm, t.row.forms[0]) \
        and not ctx.mentions_in(quoted, w.start, ("PER",))
