"""The verbal clauses of a sentence, found once: where a trigger's clause starts and ends, so an
event's parties come from its own clause (issue 15, round 15 random-news sample).

A clause opens at a verb joined by «، و» / «، ف» after a comma, at a circumstantial participle
after a comma («، مؤكدا», «، متهما»), by «و» with no comma before an
event trigger's verb («وصل سليماني إلى موسكو والتقى بالرئيس بوتين»), or by «ثم», with a subject of
its own or the subject of the sentence's first verb («هنأ خادم الحرمين الشريفين رئيسة كوسوفو،
ورأس جلسة مجلس الوزراء، وعقد جلسة مباحثات مع ولي عهد أبوظبي»: the cabinet is in the clause
before; «تلقى اتصالا من ملك البحرين، وبعث برقية عزاء لملك الأردن»: Jordan's king is in the
clause after). The verb is known, never guessed: an event trigger's verb, a verb of saying
(`quote_cues`), or a verb of `event_senses` kind clause_verb («بعث، رأس، هنأ، قلد، تبادل»). A
«، و» before a noun («، والوزير Y»: a listed party) opens no clause; that cheaper boundary was
tried in round 14 and lowered a held-out figure.

`sentence_clauses(...)` finds a sentence's clause openings and its shared subject once;
`outside(...)` tells from them whether a name stands in a clause of the sentence other than those of the
event's triggers: the clauses after its last trigger, the ones between its triggers that hold
none of them, and the ones before its first trigger — save the sentence's subject, the first
actor named in its first clause, which a joined verb without a subject of its own shares.
`scope_of(...)` is the span a trigger's parties are read in: its quotation, else its sentence up to
a relative clause, «حيث» or a colon after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import VERBAL, event_senses, quote_cues, sense_forms
from marsad.events.subordinate import Subordinate, after_preposition, apart, subordinate_clauses
from marsad.events.triggers import Trigger, after_antecedent, relative_object, trigger_rows
from marsad.lang.normalize import normalize
from marsad.model import QuoteAttrs, Span

_CLAUSE_VERB = frozenset({"clause_verb"})
_SAYING_PARTICIPLE = frozenset({"participle"})  # quote_cues: «، مؤكدا», «، مشيرا إلى»
_CLAUSE_PARTICIPLE = frozenset({"clause_participle"})  # event_senses: «، متهما», «، داعيا»
_THEN = frozenset({normalize("ثم"), normalize("وثم")})
_COMMAS = ("،", ",")
_SEMICOLONS = ("؛", ";")  # «...؛ التقى خلالها Y»: a verb after one opens a clause with no «و»
_ACTORS = ("PER", "ORG", "LOC")
_PARTNER_AFTER = 4  # words after an agreeing verb where a pronoun for its partner stands (أبرم بينها)
_SUBJECT_WORDS = 3  # a subject with no person named starts within the sentence's first words
_BREAK = frozenset({"clause_break"})  # event_senses: الذي, حيث: a clause of its own, past the scope
_COLON = ":"  # what follows it is what someone says, not the event's own clause


@dataclass(frozen=True, slots=True)
class Clauses:
    """A sentence's joined verbal clauses: the indices of the words that open them, in order, and
    the subject they share (`_subject`; None when the sentence has one clause or its subject is
    unnamed)."""

    starts: tuple[int, ...]
    subject: Span | None
    subordinate: tuple[Subordinate, ...] = ()


def sentence_clauses(ctx: ArticleContext, sent: Sentence) -> Clauses:
    """The sentence's clause openings and shared subject, found once for all its names."""
    starts = clause_starts(ctx, sent)
    subject = _subject(ctx, sent, starts[0]) if starts else None
    return Clauses(tuple(starts), subject, subordinate_clauses(ctx, sent))


def clause_starts(ctx: ArticleContext, sent: Sentence) -> list[int]:
    """Indices of the words that open a joined verbal clause of the sentence, in order."""
    ws = sent.words
    triggers = {t.index: t for t in sent.triggers() if t.row.pos == "verb"}
    verbs = set(triggers)
    starts = []
    for k in range(1, len(ws)):
        if ws[k].norm in _THEN:
            if k + 1 < len(ws) and _verb(ctx, sent, k + 1, verbs):
                starts.append(k)
            continue
        gap = ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0")
        if gap in _COMMAS and _participle(ctx, sent, k) or gap in _SEMICOLONS and _verb(ctx, sent, k, verbs):
            starts.append(k)
            continue
        if not ws[k].norm.startswith(("و", "ف")):
            continue
        if gap in _COMMAS and _verb(ctx, sent, k, verbs) \
                or not gap and _joined_verb(ctx, sent, k, triggers.get(k)):
            starts.append(k)
    return starts


def _joined_verb(ctx: ArticleContext, sent: Sentence, k: int, trig: Trigger | None) -> bool:
    """Whether word `k` is «و» and an event trigger's verb with no comma before it («وصل سليماني
    إلى موسكو والتقى بالرئيس بوتين»: Putin is no party of the visit): the trigger read with the
    conjunction stripped, not a verb whose own first letter is «و» (وصلوا, وقع). Clause verbs and
    verbs of saying open a clause after a comma only: with no comma they go on telling the same
    happening («التقى X Y وبحثا العلاقات ... في جدة»: the meeting is in Jeddah), or are particles
    («بينها وبين»)."""
    w = sent.words[k]
    return trig is not None and w.norm.startswith("و") and ctx.mention_at(w) is None \
        and len(trig.reading.stem) < len(w.norm)


def _participle(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """Whether word `k` is a circumstantial participle (a verb of saying's, `quote_cues` kind
    participle, or another's, `event_senses` kind clause_participle) and no part of a name: after
    a comma it opens a clause whose agent is the sentence's subject and whose objects are its own
    («منوها أن محادثات السلام بين الأطراف في اليمن هي الطريقة الوحيدة، متهما الرئيس المعزول علي
    عبد الله صالح»: Saleh is no party to the talks)."""
    if ctx.mention_at(sent.words[k]) is not None:
        return False
    return quote_cues().at(sent.words, k, _SAYING_PARTICIPLE) is not None \
        or event_senses().at(sent.words, k, _CLAUSE_PARTICIPLE) is not None


def _verb(ctx: ArticleContext, sent: Sentence, k: int, verbs: set[int]) -> bool:
    """Whether word `k` is a known verb and no part of a name (، ورأس الخيمة is a place)."""
    if ctx.mention_at(sent.words[k]) is not None:
        return False  # «، و[رأس الخيمة]»: the word opens a name
    return k in verbs or quote_cues().at(sent.words, k, VERBAL) is not None \
        or event_senses().at(sent.words, k, _CLAUSE_VERB) is not None


def outside(sent: Sentence, trigs: list[Trigger], clauses: Clauses, at: int) -> bool:
    """Whether the name at offset `at` stands in a clause none of the event's triggers is in, and
    is not the sentence's subject (see the module's docstring)."""
    starts = clauses.starts
    if subordinate_apart(sent, trigs, clauses, at):
        return True  # «... بعد أن أبرمت واشنطن اتفاقا مع إيران»: a subordinate clause's names are its own
    if not starts:
        return False
    k = sent.word_index(at)
    own = {_clause_of(starts, t.index) for t in trigs}
    clause = _clause_of(starts, k)
    if clause in own:
        return False
    if clause > 0:
        return True  # a clause after, between or before the event's own, not the first one
    subject = clauses.subject
    return subject is None or not subject.start <= at < subject.end


def subordinate_apart(sent: Sentence, trigs: list[Trigger], clauses: Clauses, at: int) -> bool:
    """Whether the name at offset `at` and the event's triggers stand on two sides of a
    subordinate clause's bounds (`subordinate.apart`): the name is no party, nor the place."""
    return bool(clauses.subordinate) and apart(
        clauses.subordinate, sent.word_index(at), [t.index for t in trigs], at,
        any(t.row.type == "VISIT" for t in trigs), any(t.row.pos == "verb" or t.possessed for t in trigs))


def quote_of(sent: Sentence, trig: Trigger, quotes: list[Span[QuoteAttrs]]) -> Span[QuoteAttrs] | None:
    """The quotation the trigger stands in, if any."""
    at = sent.words[trig.index].start
    for q in quotes:
        if q.start <= at < q.end and sent.start <= q.start < sent.end:
            return q
    return None


def scope_of(sent: Sentence, trig: Trigger, quotes: list[Span[QuoteAttrs]],
             last: Trigger | None = None, text: str = "", own_clause: int | None = None) -> tuple[int, int]:
    """The trigger's quotation, else its sentence up to a relative clause or حيث after it (or
    after `last`, the last trigger of the event in the sentence): «وصل بحاح إلى عدن قادما من
    الرياض، التي لجأ إليها الرئيس هادي»: Hadi is no party; nor past a colon after it, which
    opens what someone says («وقال كيري خلال لقاء في مقر مجلس العلاقات الخارجية: "هل تعتقدون
    أن علي خامنئي ..."»: Khamenei is no party to the meeting). `own_clause`: the index of a
    relative pronoun whose clause tells the event itself (الزيارة التي تقوم بها X): read past it."""
    q = quote_of(sent, trig, quotes)
    lo, hi = (q.start, q.end) if q is not None else (sent.start, sent.end)
    if relative_object(sent.words, trig.index, trig.row) or agreement_relative(sent, trig):
        # الاتفاق الذي أبرمته الدول الكبرى مع إيران, الاتفاق النووي الذي أبرم بين إيران والقوى الكبرى:
        lo = max(lo, sent.words[trig.index - 1].start)  # its parties are the clause's, not the sentence's
    end = last or trig
    for j in range(end.index + end.size, len(sent.words)):
        if sent.words[j].start >= hi:
            break
        if (j != own_clause and event_senses().at(sent.words, j, _BREAK) is not None) \
                or _COLON in text[sent.words[j - 1].end:sent.words[j].start]:
            return (lo, sent.words[j].start)
    return (lo, hi)


def agreement_relative(sent: Sentence, trig: Trigger) -> bool:
    """Whether an agreeing verb opens a relative clause whose antecedent is the agreement (an
    agreement noun, a trigger of its own or an object noun of the verb's `needs`, a few words
    before the relative pronoun right before the verb: `triggers.after_antecedent`), also with
    no object pronoun on the verb (passive: «قال المتحدث جون كيربي إن الاتفاق النووي الذي أبرم يوم الثلاثاء
    بين إيران والقوى العالمية الست»): whoever the main clause names (the spokesman; «لبحث الاتفاق
    الذي أبرم اليوم»: the leaders who discuss it) did not sign it; the parties are the clause's
    own (`triggers.relative_object` is the active case with the pronoun, which also lets a verb
    with no object after it count). Not when «بينها», «معه» (`event_senses` kind partner_pronoun)
    follows the verb: its pronoun stands for a party named before the clause."""
    words, i, row = sent.words, trig.index, trig.row
    if row.type != "AGREE" or row.pos != "verb":
        return False
    after = words[i + trig.size:i + trig.size + _PARTNER_AFTER]
    if any(w.norm in sense_forms("partner_pronoun") for w in after):
        return False  # الذي أبرم بينها وبين الدول الكبرى: a party named before the clause
    return after_antecedent(words, i, _agreement_nouns() + row.needs)


@cache
def _agreement_nouns() -> tuple[str, ...]:
    """The one-word agreement nouns of `event_triggers` (اتفاق, اتفاقية), read with no need of
    theirs: before a relative pronoun they are its antecedent."""
    return tuple(r.forms[0] for r in trigger_rows()
                 if r.type == "AGREE" and r.pos == "noun" and len(r.forms) == 1)


def clause_groups(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> list[list[Trigger]]:
    """A sentence's triggers of one type, one group per clause they stand in: two calls or
    meetings told in joined clauses are two happenings, each with its own parties and the
    subject they share («تلقى اتصالاً هاتفياً من ملك البحرين، وبعث برقية عزاء لملك الأردن،
    وتلقى اتصالاً هاتفياً من أمير دولة قطر»: a call from each). A clause that names no person, body
    or state (but a place after في, من, مع: `name_prep`) of its own tells the same happening on
    («التقى X Y وبحثا العلاقات ... في جدة»: one meeting, in Jeddah), and its triggers stay with the
    group before. Each group's event spans from its own clause (one event per span and type is
    stored)."""
    if len(trigs) < 2:
        return [trigs]
    clauses = sentence_clauses(ctx, sent)
    ws, starts = sent.words, clauses.starts
    groups: dict[int, list[Trigger]] = {}
    for t in trigs:
        c = _clause_of(starts, t.index)
        if c and groups and c not in groups:
            end = ws[starts[c]].start if c < len(starts) else sent.end
            named = [m for m in ctx.mentions_in(ws[starts[c - 1]].start, end, _ACTORS)
                     if m != clauses.subject and not (m.label == "LOC" and after_preposition(ctx, sent, m))]
            if not named:
                c = max(groups)
        groups.setdefault(c, []).append(t)
    return list(groups.values())


def _clause_of(starts: tuple[int, ...], k: int) -> int:
    """The number of the clause word `k` stands in (0: the first)."""
    return sum(1 for s in starts if s <= k)


def _subject(ctx: ArticleContext, sent: Sentence, end: int) -> Span | None:
    """The first person named in the sentence's first clause (words before `end`), else an actor
    named in its first words (a subject before its verb or right after it: «وقعت شركة X»):
    «قام الأمين العام لمجلس التعاون الدكتور عبداللطيف الزياني بزيارة ...، والتقى ...»: Zayani,
    not the council his title names; «هنأ رئيس جمهورية بنغلاديش ...، وعقد جلسة مباحثات مع X»:
    Bangladesh is the object, the subject is unnamed. Never a place after a preposition."""
    ws = sent.words
    named = ctx.mentions_in(sent.start, ws[end].start, _ACTORS)
    persons = [m for m in named if m.label == "PER"]
    if persons:
        return persons[0]
    first = ws[min(end, _SUBJECT_WORDS) - 1].end
    return next((m for m in named if m.start < first
                 and not (m.label == "LOC" and after_preposition(ctx, sent, m))), None)

