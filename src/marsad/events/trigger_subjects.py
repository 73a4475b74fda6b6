"""Where the subject of an event trigger stands, for filling in a trigger's missing parties.

`subject_after`: a nominal subject or a named person or body right after the trigger (اتفق
الجانبان, التقى الرئيس X), never after a complementizer carrying the subject's pronoun (إنه سيبحث
الوضع مع X: the speaker's own act). `described_subject`: a singular description with no name (التقت الشابة
...), someone named before. `only_partners`: no one named before the trigger and the persons after
it follow مع/بين (the subject was dropped). `clause_doer`: the main clause's subject, who
held the meeting a noun's relative clause tells (المباحثات التي أجراها مع Y). `lone_partner`: a
meeting or call with one party, named after its verb (the speaker is the missing subject).
`body_subject`: a state or body named as the subject of a verb of agreeing, right after it or
right before it (ووقع العراق مع روسيا اتفاق تعاون, فقد وقعت المملكة ... اتفاقية أمنية, وإيران
وقعت): it acts, a party.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, name_classifiers, office_word, sense_forms
from marsad.events.noun_participants import partner_named
from marsad.events.received_guests import guest_after
from marsad.events.subordinate import after_preposition
from marsad.events.triggers import Trigger
from marsad.events.words import BETWEEN, BI, Word, stems
from marsad.model import Span

_ATTACH = frozenset({"partner_prep"})
_PRONOUN_SUBJECT = frozenset({"pronoun_subject"})
_QUANTITY_SUBJECT = frozenset({"quantity_subject"})  # زار عدد من الأساتذة: an unnamed subject of its own
PREPOSITIONS = frozenset({"place_prep", "goal_prep", "partner_prep"})  # a preposition after a trigger
_TITLE_REACH = 5  # words of an indefinite title before the subject's name (وزير الدفاع الأمريكي X)
_NOT_SINGULAR = ("ان", "ين", "ون", "ات")  # dual and plural endings: الجانبان, المسؤولين
_APPROVAL = "approval_verb"
_MODAL = frozenset({"modal_imperfect"})  # قد between a subject and its verb
_QUOTES = " \u00a0\"«»"  # what may stand between a subject and its verb
_BODIES = ("ORG", "LOC")
_ORGS = ("ORG",)
_MEETINGS = ("MEET", "CALL")
_HOLDING = frozenset({"holding_verb"})
_PARTNER_REACH = 3  # words from a meeting noun to its «مع», and from «مع» to the partner named
_HOLDING_REACH = 10  # words from a verb of holding to its meeting noun (past a long subject)


def lone_partner(t: Trigger, parts: list[str]) -> bool:
    """A meeting or call with one party named after its verb (انه سيلتقي الرئيس الإيراني حسن
    روحاني): the office before the name is the object's, the speaker the missing subject."""
    return t.row.type in ("MEET", "CALL") and len(parts) == 1


def only_partners(ctx: ArticleContext, sent: Sentence, t: Trigger, lo: int, hi: int) -> bool:
    """Whether no one is named before the trigger and the persons after it follow مع/بين, or
    follow a possessed noun trigger right after it (جاء ذلك خلال استقباله X, خلال لقائه بالوزير
    X: the pronoun's owner, the dropped subject, is the other party)."""
    at = sent.words[t.index].start
    if ctx.mentions_in(lo, at, ("PER", "ORG")):
        return False
    if t.possessed and (partner_named(ctx, sent.words, t.index + t.size) or guest_after(ctx, sent, t)):
        return True  # جاء ذلك خلال استقباله أمس في مكتبه، محافظ X: the guest past the day and place
    first = ctx.mentions_in(at, hi, ("PER",))
    if not first:
        return False
    k = sent.word_index(first[0].start)
    return any(event_cues().at(sent.words, j, _ATTACH) for j in range(t.index + t.size, k))


def clause_doer(ctx: ArticleContext, sent: Sentence, t: Trigger, lo: int) -> str | None:
    """The doer a meeting noun's own relative clause drops (شدد الأمير X على أن المباحثات التي
    أجراها مع الرئيس Y ...: X held them): when the event's scope opens at the noun itself
    (`lo`, its relative clause telling it), the first person the sentence names before it, the
    main clause's subject; None when the scope opens earlier or no person stands before."""
    at = sent.words[t.index].start
    if t.row.pos != "noun" or lo < at:
        return None
    before = ctx.mentions_in(sent.start, at, ("PER",))
    return ctx.entity_of(before[0]) if before else None


def subject_after(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the trigger's subject follows it: a definite word that is no name, preposition or
    time (اتفق الجانبان), or a person or body named in the two words after it; never after a
    complementizer carrying the subject's pronoun (`event_senses` kind pronoun_subject: إنه سيلتقي);
    a phrase of quantity in the nominative (kind quantity_subject: زار عدد من الأساتذة) is one."""
    j = t.index + t.size
    if t.index > 0 and event_senses().at(sent.words, t.index - 1, _PRONOUN_SUBJECT) is not None:
        return False  # إنه سيلتقي X و Y, إنه سيبحث الوضع مع X: the pronoun is the subject, the rest objects
    after = sent.words[j:j + 2]
    if j < len(sent.words) and event_senses().at(sent.words, j, _QUANTITY_SUBJECT) is not None:
        return True  # زار عدد من الأساتذة الجامعة: the subject is the unnamed group
    if after and after[0].norm.startswith("ال") and ctx.mention_at(after[0]) is None \
            and not event_cues().at(sent.words, j, PREPOSITIONS) \
            and not ctx.in_timex(after[0]):
        return True  # a nominal subject: اتفق الجانبان
    for w in after:
        m = ctx.mention_at(w)
        if m is not None and m.label in ("PER", "ORG"):
            return True
    return bool(after) and office_word(after[0].norm) and _titled_name(ctx, sent, j)


def _titled_name(ctx: ArticleContext, sent: Sentence, j: int) -> bool:
    """Whether a person is named within `_TITLE_REACH` words after the title word `j`, with only
    definite words of the title and no punctuation between (يزور وزير الدفاع الأمريكي أشتون كارتر
    إسرائيل: Carter is the subject, not the speaker of the sentence before; not «التقى رئيس
    الوزراء بنظيره X», whose name is the counterpart's)."""
    ws = sent.words
    for k in range(j + 1, min(len(ws), j + 1 + _TITLE_REACH)):
        if ctx.text[ws[k - 1].end:ws[k].start].strip():
            return False
        m = ctx.mention_at(ws[k])
        if m is not None:
            return m.label == "PER"
        if not ws[k].norm.startswith("ال"):
            return False
    return False


def described_subject(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A verb trigger whose subject is a singular description, no name (التقت الشابة ...):
    someone named before; not a dual or plural one (اتفق الجانبان) nor a name."""
    j = t.index + t.size
    if t.row.pos != "verb" or j >= len(sent.words) or not subject_after(ctx, sent, t):
        return False
    w = sent.words[j]
    if t.index > 0 and not any(st.stem != sent.words[t.index].norm and not st.clitic
                               for st in stems(sent.words[t.index].norm)):
        return False  # حاكم دبي يستقبل الرئيس: the subject stands before; والتقت opens a clause
    before = ctx.mentions_in(sent.start, sent.words[t.index].start, ("PER", "ORG"))
    if ctx.mention_at(w) is not None or before:
        return False
    return not w.norm.endswith(_NOT_SINGULAR)


def body_subject(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The state or body that is the subject of a verb of agreeing: named on the word right after
    the verb, or past a classifier noun (ووقع العراق مع روسيا, وقعت صحيفة «سبق» ومركز ...),
    or ending right before it with nothing but quotation marks or قد between (وكانت «غازبروم» قد
    وقعت), no preposition's object (وقع مع روسيا). Not a verb of approving (`event_senses`
    approval_verb: أقر الاتحاد الأوروبي اتفاق إيران). For a meeting or call, an organisation
    meeting a person named after it (`meeting_body`); who stands by a reception's verb is its
    host (`arguments._host_guest`). So is the state or body in the genitive right after the
    verbal noun of signing or concluding (في ظل توقيع السعودية اتفاقيات مع الهند: Saudi Arabia
    signs, no place), not after a noun that names its agreement (اتفاقية جنيف)."""
    if t.row.type in _MEETINGS:
        return meeting_body(ctx, sent, t)
    if t.row.type != "AGREE" or t.row.forms[0] in sense_forms(_APPROVAL):
        return None
    if t.row.pos == "noun":
        return _genitive_doer(ctx, sent, t)
    if t.row.pos != "verb":
        return None
    return _verb_subject(ctx, sent, t, _BODIES)


def body_meets(trigs: list[Trigger]) -> bool:
    """Whether the triggers tell a meeting or call (a body's partner is then any person named
    after it, not only after مع)."""
    return trigs[0].row.type in _MEETINGS


def meeting_body(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The organisation that holds a meeting or call with a person named after the trigger: the
    subject of its verb, placed as a verb of agreeing's (التقت شركة X بالوزير Y), or of a verb
    of holding before its noun (`event_senses` holding_verb: عقدت شركة «X» ... اجتماعًا مع Y).
    An organisation only: a state that meets another is mostly a match (وستلتقي انجولا مع جنوب
    افريقيا); and only with a person named after the trigger, or, after a verb of holding, a
    body or state named right after «مع» (عقدت حركة طالبان محادثات مع حكومة كابول), so a body
    meeting by itself (تجتمع اللجنة التنفيذية للفيفا) has none."""
    ws = sent.words
    if t.row.subject_role:
        return None  # استقبلت الشركة X: a reception's host (`arguments._host_guest`)
    if t.row.pos == "verb":
        return _verb_subject(ctx, sent, t, _ORGS) if _person_met(ctx, sent, t) else None
    if not (_person_met(ctx, sent, t) or _partner_after(ctx, sent, t)):
        return None
    holding = event_senses().nearest_before(ws, t.index, _HOLDING, max(0, t.index - _HOLDING_REACH))
    return _subject_right_after(ctx, ws, holding[0], holding[0] + 1, _ORGS) if holding is not None else None


def _partner_after(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a body or state is named after «مع» within a few words of a meeting noun
    (عقدت حركة طالبان محادثات مباشرة مع حكومة كابول): the other side of talks a body holds."""
    ws = sent.words
    for j in range(t.index + t.size, min(len(ws), t.index + t.size + _PARTNER_REACH)):
        if event_cues().at(ws, j, _ATTACH) is not None:
            return any(ctx.mention_at(ws[k]) is not None for k in range(j, min(len(ws), j + _PARTNER_REACH)))
    return False


def _person_met(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the first person named after the trigger is its partner: after مع or بين
    (`event_cues` partner_prep) or a word with the preposition ب (بوزير الاتصالات X, بسامي)
    from the trigger on; not a name in another phrase (تجتمع اللجنة ... لانتخاب خليفة بلاتر)."""
    ws = sent.words
    first = ctx.mentions_in(ws[t.index].end, sent.end, ("PER",))
    if not first:
        return False
    k = sent.word_index(first[0].start)
    return ctx.text[ws[k].start:first[0].start].endswith(BI) \
        or any(event_cues().at(ws, j, _ATTACH) is not None
               or any(st.clitic.endswith(BI) for st in stems(ws[j].norm))
               for j in range(t.index + t.size, k))  # بسامي حسن: the ب on the name itself


def _subject_right_after(ctx: ArticleContext, ws: list[Word], verb: int, j: int,
                         labels: tuple[str, ...]) -> Span | None:
    """The body named on word `j` right after the verb at word `verb`, or past a classifier noun
    (وقعت شركة صدارة) whether the name holds it or not, with nothing but quotation marks between."""
    first = j
    if j + 1 < len(ws) and any(st.stem in name_classifiers() for st in stems(ws[j].norm)):
        j += 1  # وقعت شركة صدارة: the name after its classifier
    if j < len(ws) and not any(ctx.text[ws[i - 1].end:ws[i].start].strip(_QUOTES)
                               for i in range(verb + 1, j + 1)):
        m = ctx.mention_at(ws[j])
        if m is not None and m.start in (ws[j].start, ws[first].start) and m.label in labels:
            return m  # «عقدت [شركة نور]»: the classifier may begin the name itself
    return None


def _verb_subject(ctx: ArticleContext, sent: Sentence, t: Trigger, labels: tuple[str, ...]) -> Span | None:
    """The body of `labels` named right after a verb trigger or ending right before it."""
    ws = sent.words
    after = _subject_right_after(ctx, ws, t.index + t.size - 1, t.index + t.size, labels)
    if after is not None:
        return after
    k = t.index - 1
    if k > 0 and event_senses().at(ws, k, _MODAL) is not None:
        k -= 1  # وكانت «غازبروم» قد وقعت
    if k >= 0 and not any(ctx.text[ws[i].end:ws[i + 1].start].strip(_QUOTES) for i in range(k, t.index)):
        m = ctx.mention_at(ws[k])
        if m is not None and m.label in labels and not after_preposition(ctx, sent, m) \
                and not ctx.text[m.end:ws[k].end].strip(_QUOTES):
            return m
    return None


def _genitive_doer(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The state or body named on the word right after a verbal noun of signing whose object is
    an agreement noun (`event_triggers` needs: توقيع, إبرام), with nothing between: its doer."""
    ws = sent.words
    j = t.index + t.size
    if not t.row.needs or BETWEEN in t.row.needs or j >= len(ws) \
            or ctx.text[ws[j - 1].end:ws[j].start].strip():
        return None
    m = ctx.mention_at(ws[j])
    return m if m is not None and m.start == ws[j].start and m.label in _BODIES else None


def visitor_office(t: Trigger, k: int) -> bool:
    """Whether the office phrase at word `k` stands right after a verb of visiting, its subject:
    the visitor («زار نائب وزير الصحة مستشفى X»), not a host (a verb whose subject hosts:
    استضاف) nor a person named further on in the sentence (مدير المستشفى who explained)."""
    return t.row.type == "VISIT" and t.row.pos == "verb" and not t.row.subject_role and k == t.index + t.size
