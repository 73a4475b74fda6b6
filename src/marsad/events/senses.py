"""Whether a trigger is used in its event sense, read from the words around it (where a
visit goes, its goal after إلى or the place زار takes as object: `visit_goals`).

A bare visit noun followed by a definite noun that names no one tells a thing arriving or a
page visited (وصول المساعدات, زيارة الموقع الإلكتروني), as does an indefinite page or
account noun (زيارة موقع مساند, زيارة صفحة الوزارة). A verb of agreeing in the plain present
states an opinion (لا يتفق فروم مع فرويد), and one on the importance of a thing (اتفقا على
أهمية التعاون) a view shared, not an agreement made. An event noun after a
demonstrative (هذه الزيارة, توقيع هذه الاتفاقية) takes up an event told before.
"""

from __future__ import annotations

from marsad.events.being_welcomes import being_welcome
from marsad.events.chaired_sessions import chaired_session
from marsad.events.context import ArticleContext, Sentence
from marsad.events.hosted_gatherings import gathering_at, gathering_set_off
from marsad.events.lexicon import (
    event_cues,
    event_senses,
    holder_offices,
    sense_forms,
    sense_word,
    speaker_ref,
)
from marsad.events.noun_participants import partner_named
from marsad.events.outlets import is_catalogue_outlet, outlet_beside
from marsad.events.own_meetings import own_meeting
from marsad.events.pair_sides import named_pair
from marsad.events.received_guests import guest_after
from marsad.events.searching import searching
from marsad.events.signed_clauses import held_by_pair, signed_between
from marsad.events.status import status_of
from marsad.events.told_anew import signed_party
from marsad.events.triggers import Trigger, possessed_only
from marsad.events.unnamed_sides import leaders_of_unnamed_states
from marsad.events.words import BETWEEN, Word, points_back, stems
from marsad.lang.normalize import normalize

_PARTY = frozenset({"visit_party"})
_THING = frozenset({"visited_thing"})
_PREPS = frozenset({"place_prep", "goal_prep", "partner_prep"})
_BREAK = frozenset({"clause_break"})
_OFFICIAL = frozenset({"official"})  # an office of state (وزير, أمير, سفير): its holder travels on a visit
_ITS = normalize("ها")  # the pronoun of a state or body on an office (رئيسها, أميرها)
_OFFICE_AFTER = 3  # words after a verb of travelling where its subject's office stands (سيسافر وزير الخارجية)


def thing_arriving(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A bare visit noun whose next word is a definite noun naming no one: what arrives or is
    visited is a thing (وصول المساعدات, زيارة الموقع الإلكتروني), not a visitor or a place."""
    if t.row.type != "VISIT" or t.row.pos != "noun" or t.reading.stem != t.row.forms[-1] or t.definite:
        return False  # زيارته المملكة: a possessive closes the phrase; الزيارة الأخيرة: a noun with the
        # article takes no noun in construct, the definite word after it is its adjective
    j = t.index + t.size
    ws = sent.words
    if j < len(ws) and event_senses().at(ws, j, _THING) is not None \
            and ((m := ctx.mention_at(ws[j])) is None or m.start == ws[j].start):
        return True  # زيارة موقع مساند الإلكتروني: a web page; زيارة [معرض تويوتا]: a show, no one's visit
    if j >= len(ws) or not ws[j].norm.startswith(("ال", "وال")) or ctx.mention_at(ws[j]) is not None:
        return False
    if event_senses().at(ws, j, _PARTY) is not None or speaker_ref(ws[j].norm) is not None \
            or event_cues().at(ws, j, _PREPS) is not None:  # زيارة إلى اليونان
        return False
    if ws[j].norm.removeprefix("و").removeprefix("ال") in holder_offices():
        return False  # بزيارة القنصل: an office held over a body names its holder, a visitor
    if j + 1 < len(ws) and (m := ctx.mention_at(ws[j + 1])) is not None and m.label == "PER" \
            and m.start == ws[j + 1].start:
        return False  # بزيارة المصاب محسن الدوسري: the word describes the person named after it
    return not any(x.start <= ws[j].start < x.end for x in ctx.timexes)


_NOT_HOST = frozenset({"not_host"})


_SHOW_AFTER = 4  # words after a verb of receiving where a show or a gathering it hosts is named
_SUBJECT_BEFORE = 4  # words from the subject that opens the clause to its verb of receiving
_COMPLEMENTIZER = normalize("أن")  # أن / إن: the noun after it is the subject of the clause


def not_a_host(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A verb of receiving whose subject is a place or an occasion that takes in patients,
    travellers, visitors or performers, not a host receiving a guest: right after the verb
    (past a time word: «واستقبل مستشفى البشائر المصابين», «يستقبل متحف قصر شبرا زواره»,
    «حيث سيستضيف البرنامج الصيفي 5 طالبات»), or opening the verb's clause a few words before
    it, at the sentence's start or after أن/إن («أن المرسم سيستضيف نخبة من فوتوغرافي المنطقة»,
    «وأضاف أن المعرض في أولى أيامه استضاف الفوتوغرافي X»)."""
    if t.row.pos != "verb" or t.row.subject_role != "host":
        return False
    ws = sent.words
    j = t.index + t.size
    while j < len(ws) and any(x.start <= ws[j].start < x.end for x in ctx.timexes):
        j += 1  # واستقبل أمس مستشفى
    if j < len(ws) and (event_senses().at(ws, j, _NOT_HOST) is not None or sense_word(ws[j], "not_host")):
        return True
    for k in range(t.index - 1, max(-1, t.index - 1 - _SUBJECT_BEFORE), -1):
        if sense_word(ws[k], "not_host") and ws[k].norm.startswith("ال") \
                and (k == 0 or ws[k - 1].norm == _COMPLEMENTIZER):
            return True
    # «ويستضيف في حلقاته عددا من نجوم الدراما», «ويستضيف الشيخ X برنامج "عائشة"»: a show or a
    # gathering hosted, no guest received
    return any(sense_word(w, "hosted_show") for w in ws[t.index + t.size:t.index + t.size + _SHOW_AFTER])


def an_opinion(words: list[Word], t: Trigger) -> bool:
    """A verb of agreeing in the plain present (يتفق مع): an opinion held, not an agreement
    made; with a future prefix or a status cue it tells an event."""
    return t.row.forms[0] in sense_forms("opinion_verb") and not t.reading.future \
        and status_of(words, t) in ("happened", "ongoing", "denied")


_ON = normalize("على")
_VIEW_REACH = 8  # words after a verb of agreeing where its على stands, past a long subject


def a_shared_view(words: list[Word], t: Trigger) -> bool:
    """A verb of agreeing on a course (`accord_verb`: اتفق, اتفقا) whose على, past its subject,
    opens on a noun of a view held (`shared_view`: «اتفقت مصر والسودان على أهمية تعزيز
    التعاون», «اتفق الجانبان على ضرورة وقف القتال»): both sides say the same thing, no deal
    made. «اتفقا على تشكيل لجنة» is an agreement."""
    if t.row.type != "AGREE" or t.row.pos != "verb" or t.row.forms[0] not in sense_forms("accord_verb"):
        return False
    for j in range(t.index + t.size, min(len(words) - 1, t.index + t.size + _VIEW_REACH)):
        if event_senses().at(words, j, _BREAK) is not None:
            return False  # الذي, حيث: another clause
        if words[j].norm == _ON:
            return sense_word(words[j + 1], "shared_view")
    return False


_WITH = frozenset({"partner_prep"})
_COUNTERPART = frozenset({"counterpart"})
_WITH_HIM = frozenset(normalize(w) for w in ("معه", "معها", "معهم", "معهما"))  # مع + its object pronoun
_PARTNER_REACH = 8  # words from a meeting trigger to its مع (a long subject may stand between)
_PARTNER_NAME = 8  # words after مع where the partner's name stands (مع نائب وزير الخارجية الصيني لي باو دونغ)
_NO_ONE = frozenset({"unnamed_trade"})
_UNNAMED_SIDE = "unnamed_side"


def unnamed_partner(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A meeting, call or agreement whose partner after مع is a common noun naming no one (لقاء
    مع جنود, اجتمع مع مسؤولين, اتصال مع عدد من, توقيع عقد ... مع أحد أكبر الشركات الأمريكية):
    not an event between named actors. A definite noun (مع الجانب الروسي), a counterpart noun
    (مع نظيره) or a name within a few words is a partner, but a definite noun of those a
    government trades with, naming none of them (`unnamed_trade` rows of event_senses: «مذكرات
    التفاهم التي أبرمتها مع المستثمرين», «الاتفاقيات التي وقعتها مصر مع الشركات الأجنبية»: the guide's
    contracts with unnamed companies), is none."""
    if t.row.type not in ("MEET", "CALL", "AGREE"):
        return False
    ws = sent.words
    for j in range(t.index + t.size, min(len(ws), t.index + t.size + _PARTNER_REACH)):
        if event_cues().at(ws, j, _WITH) is None or ws[j].norm != "مع":
            continue
        k = j + 1
        if k >= len(ws):
            return False
        definite = ws[k].norm.startswith(("ال", "لل")) and event_senses().at(ws, k, _NO_ONE) is None
        if definite or event_cues().at(ws, k, _COUNTERPART) \
                or (ref := speaker_ref(ws[k].norm)) is not None and (
                    ref[0] == "pronoun" or ref[0] == "title" and ws[k].norm.endswith(_ITS)):
            return False  # مع الجانب الروسي, مع نظيره, مع سموه; مع رئيسها: the head of the state or
            # body just named (زيارة X لمصر واجتماعه مع رئيسها), one person
        if t.row.series and sense_word(ws[k], _UNNAMED_SIDE) or leaders_of_unnamed_states(ctx, sent, t):
            return False  # مباحثات مع مسؤولين بشركة صينية, لقاء مع قادة دول المنطقة: talks and meetings keep
            # their named side (unnamed_sides.py)
        for i in range(k, min(len(ws), k + _PARTNER_NAME)):
            if ctx.mention_at(ws[i]) is not None:
                return False
            comma = i > k and ctx.text[ws[i - 1].end:ws[i].start].strip()
            if event_cues().at(ws, i, _PREPS) is not None or comma:
                break  # لقاء مع جنود في مدينة تشانغتشون: the place is no partner; a comma ends the phrase
        return True
    return False


_NEEDS_REACH = 4  # words after a noun trigger where the word it needs stands (triggers._NEEDS_WINDOW)
_PARTIES_NAMED = 2  # words after بين where the first party's name stands (بين حركة حماس)


_DOCUMENT = frozenset({"document_prep"})


def unnamed_parties(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A noun trigger that is an event only with its parties after بين (`needs` بين: اتفاق,
    اتفاقية) whose بين names no one (الاتفاق المشترك بين الشركات), or that a preposition
    before it makes the text agreed (المتضمنة في اتفاق 13 تموز بين اليونان ودائنيها: senses
    document_prep): no report of an agreement between named actors. «الاتفاق النووي بين إيران
    ومجموعة 5+1» is one."""
    if t.row.pos != "noun" or t.row.needs != (BETWEEN,):
        return False
    ws = sent.words
    start = t.index + t.size
    signed = signed_between(ws, start, t.row.needs)  # اتفاق فيينا المبرم في 14 تموز بين: made, a report
    if t.index > 0 and event_senses().at(ws, t.index - 1, _DOCUMENT) is not None and signed is None:
        return True
    for j in range(start, min(len(ws), start + _NEEDS_REACH)):
        if ws[j].norm == BETWEEN:
            if event_senses().at(ws, j - 1, _BARRIER) is not None:
                return True  # اتفاق يحول بين إيران وامتلاك سلاح نووي: no parties after بين
            return all(ctx.mention_at(w) is None for w in ws[j + 1:j + 1 + _PARTIES_NAMED])
    if signed is not None:  # past a clause of making, both parties named
        return not signed_party(ctx, sent, t)
    return not (held_by_pair(ws, start, t.row.type) and named_pair(ctx, sent, t.index))  # تم توقيعها بينهما


_BARRIER = frozenset({"barrier_verb"})
_DEMONSTRATIVE = frozenset({"demonstrative"})


def taken_up(words: list[Word], t: Trigger) -> bool:
    """An event noun after a demonstrative (هذه الزيارة), or a verbal noun of agreeing whose
    object noun follows one (توقيع هذه الاتفاقية, إبرام هذا الاتفاق): the event told before,
    taken up again, no report of its own."""
    if t.row.pos != "noun":
        return False
    if t.index > 0 and event_senses().at(words, t.index - 1, _DEMONSTRATIVE) is not None:
        return True
    j = t.index + t.size
    return bool(t.row.needs) and j < len(words) and event_senses().at(words, j, _DEMONSTRATIVE) is not None \
        and t.row.type == "AGREE"


_NOT_MILITARY = frozenset({"not_military"})
_QUALIFIER_REACH = 2  # words after an exercise noun where its qualifier stands (المناورات الدبلوماسية)


def not_military(words: list[Word], t: Trigger) -> bool:
    """An exercise noun qualified as politics, not arms (المناورات الدبلوماسية, المناورات
    والمراوغات, مناورات سياسية), or joined to such a noun right before it (مماطلات ومناورات):
    a manoeuvre of words, no drill."""
    if t.row.type != "EXERCISE":
        return False
    j = t.index + t.size
    return any(event_senses().at(words, k, _NOT_MILITARY) is not None
               for k in range(max(0, t.index - 1), min(len(words), j + _QUALIFIER_REACH)) if k != t.index)


_DOER = frozenset({"doer_verb"})
_BY_IT = normalize("بها")
_DOER_NAME = 6  # words after «يقوم بها» where the visitor's name stands, past his titles


def unnamed_visitor(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A visit noun whose doer a verb with بها brings in (زيارة يقوم بها وزير الخارجية
    الفرنسي إلى طهران) and names by title only, with no name before a preposition, a comma
    or the sentence's end: the visit names no visitor, and the sentence's other names are
    not his. Not where nothing stands after بها («خلال زيارة قام بها إلى سنغافورة»): the verb's
    doer is its pronoun, the one named before."""
    ws = sent.words
    j = t.index + t.size
    if t.row.type != "VISIT" or t.row.pos != "noun":
        return False
    if j < len(ws) and event_senses().at(ws, j, _BREAK) is not None:
        j += 1  # الزيارة التي يقوم بها
    if j + 1 >= len(ws) or event_senses().at(ws, j, _DOER) is None or ws[j + 1].norm != _BY_IT:
        return False
    if j + 2 >= len(ws) or event_cues().at(ws, j + 2, _PREPS) is not None \
            or ctx.text[ws[j + 1].end:ws[j + 2].start].strip():
        return False  # «خلال زيارة قام بها إلى سنغافورة»: no doer after بها, the verb's own pronoun
        # stands for the one the sentence names before, whose visit it is
    for k in range(j + 2, min(len(ws), j + 2 + _DOER_NAME)):
        m = ctx.mention_at(ws[k])
        if m is not None:
            return m.label not in ("PER", "ORG")
        if event_cues().at(ws, k, _PREPS) is not None or ctx.text[ws[k - 1].end:ws[k].start].strip():
            return True
    return True


def an_interview(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A conversation noun (حوار, لقاء) given to the press: a medium's adjective right after it
    (أجرى حوارا تلفزيونيا, لقاء صحفي) or a medium's noun right after it with the lam or after مع
    (في حوار مع إذاعة الأمم المتحدة, في لقاء لصحيفة الرياض; `media` rows of event_senses): an
    interview, not talks between actors. So is a meeting or a call whose partner after its مع
    is a medium's noun or a news outlet of the catalogue, past the subject («لقاء السفير السابق
    ألبرتو فرنانديز مع قناة «سي بي إس»», «وأوضح الأمين في اتصال هاتفي مع «الشرق الأوسط»»)."""
    if t.row.type not in ("MEET", "CALL"):
        return False
    ws = sent.words
    j = t.index + t.size
    if t.row.type == "MEET" and t.row.pos == "noun":
        k = j + 1 if j < len(ws) and ws[j].norm == "مع" else j
        if k < len(ws) and sense_word(ws[k], "media"):
            return True
    if t.row.type == "MEET" and outlet_beside(ctx, sent, t):
        return True
    for k in range(j, min(len(ws) - 1, j + _PARTNER_REACH)):
        if ws[k].norm in _WITH_HIM and is_catalogue_outlet(ctx, ws[k + 1]):
            return True  # «في اتصال هاتفي أجرته معه «الشرق الأوسط»»: the outlet interviews him
        if ws[k].norm == "مع":
            return sense_word(ws[k + 1], "media") or is_catalogue_outlet(ctx, ws[k + 1])
    return False


_GATHERING_BEFORE = 4  # words a hosted gathering may stand before the verb that points back to it


def another_sense(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A trigger word used in another sense than its event's: inside a name, neither its first
    word nor its last («مركز الملك عبدالعزيز للحوار الوطني»: the centre's name, no talks; a name
    the tagger ran on into the trigger, «وزارة الخارجية للقاء», is still a meeting); a meeting noun with
    a work or a ranking right after it (`other_sense_after`: «وكتب حوار العرض», «على قمة
    الترتيب») or a writer right before it (`other_sense_before`: «كاتب الحوار»): a script or a
    top, no meeting; a verb of receiving that hosts a gathering (`hosted_gathering`) right after
    it or its named subject («استضافا حفل استقبال»), or past its long phrase after a comma
    (hosted_gatherings.py), or before it, its pronoun pointing back («جلسة استضافها
    البرلمان»): where others met, no guest received; a body's own meeting (own_meetings.py) or a
    session with a named chair (chaired_sessions.py); a verb
    of discussing used as one of searching (searching.py: «باريس تبحث عن الحلول»); a jussive row
    (`jussive_form`: يزر, تزر) with no «لم» right before it («ولا تزر وازرة وزر أخرى»: another verb);
    a verb of travelling (`official_travel`: سافر) with no office of state (`official`) before it in its
    sentence or right after it: a private journey."""
    ws = sent.words
    w = ws[t.index]
    m = ctx.mention_at(w)
    if m is not None and m.start < w.start and w.end < m.end or own_meeting(ctx, sent, t) \
            or chaired_session(ctx, sent, t):
        return True  # «اجتماعات الحزب الحاكم»: a body's own meeting (own_meetings.py)
    j = t.index + t.size
    if t.row.type == "MEET" and t.row.pos == "noun" and (
            j < len(ws) and sense_word(ws[j], "other_sense_after")
            or t.index > 0 and sense_word(ws[t.index - 1], "other_sense_before")):
        return True
    if t.row.forms[0] in sense_forms("official_travel") and not any(
            event_senses().at(ws, k, _OFFICIAL) is not None for k in range(min(len(ws), j + _OFFICE_AFTER))) \
            and not trip_told_on(ctx, sent, t):
        return True  # «نحو 700 بريطاني سافروا إلى سوريا»: a private journey, no office holder's visit
    if t.row.forms[0] in sense_forms("jussive_form") and not (
            t.index > 0 and sense_word(ws[t.index - 1], "jussive_particle")):
        return True  # «ولا تزر وازرة وزر أخرى»: «bear»; a visit's jussive follows لم (لم يزر)
    if t.row.type == "MEET" and t.row.pos == "verb" and searching(ctx, ws, j):
        return True  # باريس تبحث عن الحلول: a search, no talks
    if t.row.pos != "verb" or t.row.subject_role != "host":
        return False
    if j < len(ws) and (m := ctx.mention_at(ws[j])) is not None:
        j = sent.word_index(m.end - 1) + 1  # استضاف الأمير X حفلا: past the subject
    if gathering_at(ctx, ws, j) or gathering_set_off(ctx, ws, t):
        return True  # تستضيف شركة X والتي تمتلك ...، المؤتمر: a gathering hosted (hosted_gatherings.py)
    return points_back(w.norm) and any(sense_word(x, "hosted_gathering")
                                       for x in ws[max(0, t.index - _GATHERING_BEFORE):t.index])


def trip_told_on(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A verb trigger that names no one of its own (no person or body before it in its sentence
    nor within `_OFFICE_AFTER` words after it) right after a sentence that tells of a visit
    («... ومنها سيتوجه إلى الرياض. وسيسافر بعد ذلك إلى نيويورك»): the trip told before goes on,
    its traveller the one it carries (`carried_subjects.carried_subject`), no private journey."""
    ws = sent.words
    j = t.index + t.size
    named = ("PER", "ORG")
    if ctx.mentions_in(sent.start, ws[t.index].start, named) or any(
            (m := ctx.mention_at(w)) is not None and m.label in named for w in ws[j:j + _OFFICE_AFTER]):
        return False
    prev = ctx.sentence_before(sent)
    return prev is not None and any(x.row.type == "VISIT" for x in prev.triggers())


_WELCOME = frozenset({"welcome"})


def not_a_reception(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """No meeting of its own: a `possessed_only` noun after «كان في» (`welcome`: the visit's host), after a
    form of «كان» with «ب» or «في» (`being_welcome`: كانوا باستقبال X), or with no
    guest after it (واستقبالهم: kin); a welcome verb after a visit verb (حيث استقبله Y: `welcoming_host`)."""
    if t.row.pos == "verb" and event_cues().at(sent.words, t.index, _WELCOME) is not None:
        return any(o.index < t.index and o.row.type == "VISIT" and o.row.pos == "verb"
                   for o in sent.triggers())
    if t.row.pos != "noun" or not possessed_only(t.row.forms[0]):
        return False
    ws, j = sent.words, t.index + t.size
    if being_welcome(ws, t) is not None:
        return True  # كانوا باستقبال بحاح: a welcome on arrival, the visit's host (`welcome_hosts`)
    if t.index > 0 and event_cues().at(ws, t.index - 1, _WELCOME) is not None:
        return True
    return j >= len(ws) or bool(ctx.text[ws[j - 1].end:ws[j].start].strip(" \u00a0")) \
        or not (partner_named(ctx, ws, j) or guest_after(ctx, sent, t))  # خلال استقباله أمس في مكتبه، محافظ X


_GOAL_LAM = ("ل", "لل")  # the proclitics of a visit's goal, as places' (بزيارة لمقر X, للمستشفى)
_GOAL_LAM_REACH = 9  # words after the lam where «إلى» makes it the visitor's (زيارة للرئيس X إلى عدن)


def goal_lam(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """Whether word `k`, right after a visit noun, carries the lam of whom or what the visit goes
    to («قام X بزيارة لمشغل المعدات Y», «بزيارة للسفير Z»), no name starting on it («لجنة»,
    «لبنان» are names of their own): the name after it is the one visited, not the visitor. Not
    where a goal follows («زيارة للرئيس هادي إلى عدن»: the lam of the visit's owner, Hadi's)."""
    w = ws[k]
    if ctx.mention_at(w) is not None or not any(st.clitic in _GOAL_LAM for st in stems(w.norm)):
        return False
    return all(event_cues().at(ws, i, _GOAL_PREP) is None
               for i in range(k + 1, min(len(ws), k + _GOAL_LAM_REACH)))


_GOAL_PREP = frozenset({"goal_prep"})
