"""Visit nouns read in their sentence: the visitor a noun names right after it, which visit each noun tells
(one group per visitor), whether it names its visitor, whether a quotation's noun says who went, and whether
a possessed noun with nothing after it stands for a visit told elsewhere. Used by `events.extract` and
`events.arguments`."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, facilities, office_word, sense_word
from marsad.events.noun_participants import attached
from marsad.events.places import site_name
from marsad.events.senses import goal_lam
from marsad.events.trigger_subjects import PREPOSITIONS
from marsad.events.triggers import Trigger
from marsad.events.words import stems
from marsad.lang.normalize import normalize

_TO = normalize("إلى")
_GOAL_NAMED = 4  # words after a preposition where a visit's goal is named (إلى العاصمة الصينية بكين)
_GOAL = frozenset({"place_prep", "goal_prep"})
_WITH = frozenset({"partner_prep"})
_VISITOR_REACH = 9  # a visit noun, the visitor's titles, his name
_LEADERS = frozenset({"body_leaders"})  # قادة حركة حماس: the body's own leaders
_INTENT = frozenset({"own_intent"})
_SUBORDINATOR = frozenset({"subordinator"})  # «، بينما وصل X»: a clause of its own
_INTENT_WORDS = 2  # the longest `own_intent` cue (عزمه على, أنه يعتزم)
_THEIR = normalize("هم")  # the plural possessive: زيارتهم (not the dual هما: زيارتهما)


def own_visitor(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The visitor a visit noun names right after it, past his titles (زيارة فابيوس إلى طهران,
    زيارة سمو ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان للقاهرة): the visit is his, not
    that of the other persons of the sentence. None when a preposition or a comma comes first."""
    if t.row.pos != "noun":
        return None
    ws = sent.words
    j = t.index + t.size
    others = {o.index for o in sent.triggers()}
    sent_by = False  # a noun of a body's leaders passed (قادة): the body named after it visits
    for k in range(j, min(len(ws), j + _VISITOR_REACH)):
        if (k > j and ctx.text[ws[k - 1].end:ws[k].start].strip()) or goal_lam(ctx, ws, k):
            return None  # «بزيارة لمشغل المعدات X»: the lam of whom the visit goes to, no visitor
        if k in others:
            return None  # زيارة عمل يلتقي خلالها الرئيس X: X is whom he meets, not the visitor
        m = ctx.mention_at(ws[k])
        if m is not None and m.label == "ORG" and sent_by:
            return ctx.entity_of(m)  # زيارة بعض قادة حركة حماس إلى المملكة: the movement visits
        if m is not None:
            return ctx.entity_of(m) if m.label == "PER" and m.start >= ws[k].start \
                and not site_name(ctx, sent, m) else None  # لزيارة قبر سليمان شاه: the site's name
        if sense_word(ws[k], "care_goal"):
            return None  # بزيارة المصاب X: the one cared for is visited, not the visitor
        sent_by = sent_by or event_senses().at(ws, k, _LEADERS) is not None
        if event_cues().at(ws, k, _GOAL | _WITH) is not None:
            return None
    return None


def verb_visitor(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The person a visit verb has for its subject right beside it: the name just before it
    («أن بوتين زار مصر») or the first name after it, past office words and the definite words
    of his title with nothing between («وزار الرئيس المصري السيسي روسيا»).
    None for a noun, a verb whose subject hosts (استضاف), or when an object or a comma comes
    first («زار مصر», «زار مدارس الزبير بن العوام»)."""
    if t.row.pos != "verb" or t.row.subject_role:
        return None
    ws = sent.words
    if t.index > 0 and not ctx.text[ws[t.index - 1].end:ws[t.index].start].strip():
        m = ctx.mention_at(ws[t.index - 1])
        if m is not None:
            return ctx.entity_of(m) if m.label == "PER" else None
    j = t.index + t.size
    for k in range(j, min(len(ws), j + _VISITOR_REACH)):
        if ctx.text[ws[k - 1].end:ws[k].start].strip():
            return None
        m = ctx.mention_at(ws[k])
        if m is not None:
            return ctx.entity_of(m) if m.label == "PER" and m.start >= ws[k].start else None
        if not (office_word(ws[k].norm) or (k > j and ws[k].norm.startswith("ال"))):
            return None  # «زار مدارس الزبير بن العوام»: the schools are visited, named after him
    return None


def own_visits(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> list[list[Trigger]]:
    """The triggers of one type in a sentence, one group per event: visit nouns that each name
    a visitor of their own are visits of their own (زيارة الملك سعود ... إلى المنطقة، وأخرى
    لزيارة الملك خالد; زيارة الأمير ... واستكمالا لزيارة وزير الخارجية المصري), and so are visit
    verbs each with its own subject beside it (بوتين زار مصر ...، وزار السيسي روسيا: two
    visits); a trigger that names no new visitor stays with the one before it, and those before
    the first visitor named go with him."""
    if len(trigs) < 2 or trigs[0].row.type != "VISIT":
        return [trigs]
    groups: list[list[Trigger]] = []
    seen: set[str] = set()
    for t in trigs:
        who = own_visitor(ctx, sent, t) if t.row.pos == "noun" else verb_visitor(ctx, sent, t)
        own_clause = t.row.pos == "verb" and t.index > 0 \
            and event_senses().at(sent.words, t.index - 1, _SUBORDINATOR) is not None
        if groups and not own_clause and (who is None or who in seen or not seen):
            groups[-1].append(t)  # هذه الزيارة ... أول زيارة لرئيس: the first visitor named is the visit's
        else:
            groups.append([t])
        if who is not None:
            seen.add(who)
    return groups


def names_its_visitor(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> bool:
    """A sentence's one visit trigger, a noun that names its visitor (زيارة فابيوس إلى طهران)."""
    return len(trigs) == 1 and trigs[0].row.type == "VISIT" and own_visitor(ctx, sent, trigs[0]) is not None


def quoted_visit(t: Trigger) -> bool:
    """A visit noun with no possessive pronoun (زيارة, not زيارته) in a quotation: it says
    nothing of who went («وقال X إن زيارة الوفد إلى عدن ناجحة»), so the speaker is not taken as
    the visitor; «قال إنه سيزور», «زيارتي» are the speaker's own (and a bare noun after a word of
    the speaker's intention: `intended_visit`)."""
    return t.row.type == "VISIT" and t.row.pos == "noun" and t.reading.stem == t.row.forms[-1]


def intended_visit(sent: Sentence, t: Trigger) -> bool:
    """A visit noun right after a word of intention that carries its doer's pronoun (`own_intent`
    in event_cues.tsv: عزمه, رغبتها في, أنه يعتزم), the cue ending at the noun: the visit is that
    doer's («أعلنت الوزيرة X اعتزامها زيارة طهران»: in her words, her own visit, though the bare
    noun names no visitor)."""
    ws = sent.words
    return any((cue := event_cues().at(ws, k, _INTENT)) is not None and k + cue.size == t.index
               for k in range(max(0, t.index - _INTENT_WORDS), t.index))


def told_before(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A visit noun with a possessive pronoun and nothing after it that says where it went or
    whom it met (قدم شكره على زيارتهم, وصف زيارته بالناجحة): a visit told elsewhere, whose
    visitor the pronoun stands for; not «زيارته إلى كينيا», «زيارته المملكة», «زيارتها لإيران». So is
    a bare visit noun that ends a sentence with no other visit trigger («جاء ذلك خلال زيارة.»)."""
    form = t.row.forms[-1]
    if t.row.type == "VISIT" and t.row.pos == "noun" and t.index + t.size >= len(sent.words) \
            and t.reading.stem == form and not any(o.row.type == "VISIT" and o.index != t.index
                                                   for o in sent.triggers()):
        return True  # «جاء ذلك خلال زيارة.»: a bare noun ending its sentence names no one (a verb of
        # arriving before it tells the visit: «وصل X إلى المنطقة في زيارة.»)
    if t.row.type != "VISIT" or t.row.pos != "noun" or not form.endswith("ه") \
            or not t.reading.stem.startswith(form[:-1] + "ت") or t.reading.stem == form[:-1] + "ات":
        return False
    ws = sent.words
    j = t.index + t.size
    while j < len(ws) and ctx.in_timex(ws[j]):
        j += 1  # زيارته أمس للرياض: the goal follows the time
    if j >= len(ws):
        return True  # وصف زيارته: the noun ends the sentence
    if attached(ctx, sent, t) or (j > t.index + t.size and ctx.mention_at(ws[j]) is not None):
        return False
    nxt = ws[j]
    if ctx.mention_at(nxt) is not None or nxt.norm.startswith(("ل", "ال")) \
            or any(st.stem in facilities() for st in stems(nxt.norm)):
        return False  # زيارته لإيران, زيارته المملكة, زيارته أمس مقر المركز
    if event_cues().at(ws, j, PREPOSITIONS) is not None:  # زيارته إلى كينيا, not «على زيارتهم في ظل حرص X»
        for w in ws[j + 1:j + 1 + _GOAL_NAMED]:
            if (m := ctx.mention_at(w)) is not None:
                return not (m.label == "LOC" or (m.label == "ORG" and ws[j].norm == _TO))
            if not w.norm.startswith("ال") and not any(st.stem in facilities() for st in stems(w.norm)):
                break  # في ظل حرص أمير المنطقة: no place follows the preposition
    return True


def guests_visit(sent: Sentence, t: Trigger) -> bool:
    """A visit noun with the plural possessive after a reception verb in its sentence («استقبل X
    ... وفدا إعلاميا قدم من الجزائر، في إطار زيارتهم للمملكة»): the visit is the guests', whom
    the reception tells; its host, one person, is no visitor of it. The reception is the event."""
    form = t.row.forms[-1]
    if t.row.type != "VISIT" or t.row.pos != "noun" or not form.endswith("ه") \
            or t.reading.stem != form[:-1] + "ت" + _THEIR:
        return False
    return any(o.index < t.index and o.row.type == "MEET" and o.row.pos == "verb"
               and o.row.subject_role == "host" for o in sent.triggers())
