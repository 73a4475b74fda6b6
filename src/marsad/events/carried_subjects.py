"""The subject a clause leaves unsaid, carried from the sentence before or told by a courtesy word.

Arabic names a doer once and goes on without him: a verb trigger with no subject of its own
(«وسيتوجه بعد ذلك إلى ...») carries the first person of the sentence before (`carried_subject`),
and a dual verb the two persons it named (`carried_pair`: «أجرى X اتصالا مع Y. واتفقا على ...»);
so does a reception's pronoun guest («واستقبله الملك»: `pronoun_guest`) and a verb after a
courtesy noun with a pronoun («وقوف معاليه على ... حيث زار»: `honoured_subject`). A visit noun
with a courtesy pronoun for its visitor («زيارة سموه») is the visit of the person introduced with
that office (`honoured_visitor`, through `coref.TitleIndex`). A verb after a subordinator with no
subject of its own goes on with the visitor of the trip its sentence is about («وتأتي جولة بخاري بعد
أن زار واشنطن»: `trip_owner`).
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import TitleIndex, unnamed_offices
from marsad.events.lexicon import (
    SAYING_VERBS,
    event_senses,
    office_word,
    quote_cues,
    sense_forms,
    speaker_ref,
)
from marsad.events.office_phrases import nisba_of_office
from marsad.events.subordinate import opening_words
from marsad.events.triggers import Trigger, bare_trigger_noun, trigger_rows
from marsad.events.words import object_pronoun_suffixes
from marsad.model import MentionAttrs, Span

_HONOURED = frozenset({"honoured_subject"})
_THAT = frozenset({"complementizer"})  # quote_cues: إن, أن, إنه
_SPEAKER_REACH = 3  # words from the verb of saying to its subject's name (قال المتحدث باسمه X)
_REPORTED_REACH = 4  # words from the complementizer to the reported doer (إن المبعوث الأممي X)


def carried_subject(ctx: ArticleContext, si: int, offices: TitleIndex | None = None) -> str | None:
    """The first person named in the content sentence before sentence `si`, past a speaker who
    reports what the next one does (`reported_doer`); with `offices`, the holder of an office with
    no name of its own standing before that name (`office_subject`)."""
    for k in range(si - 1, max(-1, si - 2), -1):
        prev = ctx.sentences[k]
        persons = ctx.mentions_in(prev.start, prev.end, ("PER",))
        if (doer := reported_doer(prev, persons)) is not None:
            return ctx.entity_of(doer)
        if persons:
            held = office_subject(ctx, prev, persons[0].start, offices) if offices is not None else None
            return held or ctx.entity_of(persons[0])
    return None


def reported_doer(sent: Sentence, persons: list[Span[MentionAttrs]]) -> Span[MentionAttrs] | None:
    """The second person of `sent` where the first is the subject of a verb of saying before it
    (its office between: «وقال المتحدث X») and a complementizer right after it, the second
    within `_REPORTED_REACH` words of that
    («وقال فوزي إن ولد الشيخ أحمد سيذهب ... . وسيسافر بعد ذلك إلى نيويورك»: the envoy travels,
    not the spokesman who told of it); else None."""
    if len(persons) < 2:
        return None
    ws = sent.words
    k = sent.word_index(persons[0].start)
    if not any(quote_cues().at(ws, i, SAYING_VERBS) is not None
               for i in range(max(0, k - _SPEAKER_REACH), k)):
        return None
    j = sent.word_index(persons[0].end - 1) + 1
    if j >= len(ws) or quote_cues().at(ws, j, _THAT) is None:
        return None
    n = sent.word_index(persons[1].start)
    between = ws[j + 1:n]  # «إن المبعوث الأممي X»: his offices alone; not «إنه التقى X», his object
    verbs = {k for t in sent.triggers() for k in range(t.index, t.index + t.size)}
    if not 0 < n - j <= _REPORTED_REACH or verbs & set(range(j + 1, n)) \
            or not all(office_word(w.norm) or nisba_of_office(w.norm) for w in between):
        return None
    return persons[1]


def office_subject(ctx: ArticleContext, sent: Sentence, first: int, offices: TitleIndex) -> str | None:
    """The person an office phrase names that stands before the first name of `sent` (at offset
    `first`) with no name of its own, its subject: «التقى خادم الحرمين الشريفين بالرئيس المصري X
    ... . والتقى الرئيس التركي Y»: the King met Y, not X, the object of the sentence before."""
    end = sent.word_index(first)
    for at, _words in unnamed_offices(ctx, sent, sent.start, first, events=True):
        held = offices.holder(sent.words, sent.word_index(at), end, by_head=True)
        if held is not None:
            return held
    return None


def carried_pair(ctx: ArticleContext, si: int) -> list[str] | None:
    """The two persons the content sentence before sentence `si` names, when it names two
    (أجرى X اتصالا مع Y. واتفقا على ...: X and Y), else None."""
    persons = persons_before(ctx, si)
    return persons if len(persons) == 2 else None


def persons_before(ctx: ArticleContext, si: int) -> list[str]:
    """The persons the sentence before sentence `si` names, in order, each once ([] for the first)."""
    if si < 1:
        return []
    prev = ctx.sentences[si - 1]
    return list(dict.fromkeys(ctx.entity_of(m) for m in ctx.mentions_in(prev.start, prev.end, ("PER",))))


def honoured_subject(ctx: ArticleContext, si: int, t: Trigger) -> tuple[str, int] | None:
    """A verb trigger whose clause holds, after the last person named before it, a courtesy
    noun with a pronoun (`event_senses.tsv` honoured_subject: «وأوضح د. X أن الهدف من الزيارة
    وقوف معاليه على ... حيث زار ...»): the dignitary it stands for, the first person of the
    sentence before, and where the noun stands (persons named before it report, no party)."""
    sent = ctx.sentences[si]
    if t.row.pos != "verb":
        return None
    ws = sent.words
    before = ctx.mentions_in(sent.start, ws[t.index].start, ("PER",))
    for j in range(sent.word_index(before[-1].end) if before else 0, t.index):
        if event_senses().at(ws, j, _HONOURED) is not None:
            ent = carried_subject(ctx, si)
            return (ent, ws[j].start) if ent is not None else None
    return None


def honoured_visitor(sent: Sentence, t: Trigger, offices: TitleIndex) -> tuple[str, int] | None:
    """A visit noun whose visitor is a courtesy pronoun right after it or as the subject of the
    light verb right before it (جاء ذلك خلال زيارة سموه لقوات الحرس بمدينة عرعر يرافقه X, قام
    سموه بزيارة للفوج): the dignitary introduced with the office it stands for (سموه: the
    أمير, `speaker_references` kind pronoun), and where the pronoun stands; not X, who goes
    with him."""
    if t.row.type != "VISIT" or t.row.pos != "noun":
        return None
    ws = sent.words
    for k in (t.index + t.size, t.index - 1):
        ref = speaker_ref(ws[k].norm) if 0 <= k < len(ws) else None
        if ref is not None and ref[0] == "pronoun":
            ent = offices.resolve(frozenset({ref[1]}), ws[k].start)
            return (ent, ws[k].start) if ent is not None else None
    return None


@cache
def _subordinator_words() -> int:
    """The words of the longest subordinator of `event_senses.tsv` (بعد أن, قبل أن: 2)."""
    return max(len(form.split()) for form in sense_forms("subordinator"))


def trip_owner(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The doer of a verb trigger right after a subordinator («بعد أن», «قبل أن») that names no
    subject of its own, where a visit noun before it in the sentence has its visitor in construct
    right after it («وتأتي جولة بخاري بعد أن زار واشنطن»: Buhari, whose tour it is, visited
    Washington); else None."""
    ws = sent.words
    if t.row.pos != "verb" or t.row.type not in ("VISIT", "MEET"):
        return None
    k = next((k for k in range(max(0, t.index - _subordinator_words()), t.index)
              if k + opening_words(sent, k) == t.index), None)
    if k is None:
        return None
    for j in range(1, k):
        if not bare_trigger_noun(ws[j - 1], "VISIT"):
            continue
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER" and m.start == ws[j].start:
            return ctx.entity_of(m)
        if m is None and (who := ctx.person_named(ws[j])) is not None:
            return who
    return None


def pronoun_guest(t: Trigger) -> bool:
    """Whether a reception's guest is a pronoun on its verb (واستقبله, استقبلها): someone the
    sentence before named. Only receptions: «التقاه» opens interviews, «اتصل بها» and «اتفق
    معه» tell of chats and opinions as often as of talks."""
    if t.row.pos != "verb" or t.row.subject_role != "host" or t.size != 1:
        return False
    form, stem = t.row.forms[-1], t.reading.stem
    if stem.startswith(form) and stem[len(form):].endswith(object_pronoun_suffixes()):
        return True  # استقبلها: the row's form and an object pronoun
    return form.endswith("ه") and form[:-1] in _verb_forms(t.row.type)  # استقبله: a row of its own


@cache
def _verb_forms(kind: str) -> frozenset[str]:
    return frozenset(r.forms[0] for r in trigger_rows()
                     if r.type == kind and r.pos == "verb" and len(r.forms) == 1)
