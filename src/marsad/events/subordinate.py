"""Subordinate clauses and fronted time phrases of a sentence: an event told in one takes its
parties there, and a name in one is no party of the event told in the main clause (issue 15,
round 17 random-news sample: a party from another clause).

Two shapes, both read from `event_senses` rows, never a verb guessed:

- a clause opened by a subordinating word (kind `subordinator`: عندما, حينما, بعد أن, قبل أن,
  في حين, بينما), which runs to the next comma, colon or semicolon, or to the sentence's end
  («وصل وزير الدفاع الأمريكي آشتون كارتر إلى السعودية للاجتماع بالعاهل السعودي الملك سلمان ...
  بعد أن أبرمت واشنطن اتفاقا نوويا مع إيران»: Washington and Iran made the deal, not Carter and
  the king);
- a time or topic phrase that opens the sentence (a `subordinator` or kind `fronted`: بعد, قبل,
  عقب, إثر, فيما يتعلق) and ends at its first comma, where the main clause begins («بعد دقائق من
  توقيع الاتفاق حول النووي الإيراني في فيينا، ظهر الرئيس الأميركي باراك أوباما»: Obama signed
  nothing; «وفي ما يتعلق ب... استعداد واشنطن للانخراط في محادثات جديدة مع إيران ...، رجح
  عبدالمنعم سعيد أن ...»: the analyst is no party to the talks).

A clause that names no doer of its own (no person, body or state right after a verb, or
before a preposition) shares the main clause's subject with a verb or a possessed noun of its
own («وخلال لقائه مع X، أكد الوزير Y»: Y met X; «التقى X بالملك عندما زار الرياض»: X visited).
A name in a subordinate clause after the main one is no party of an event in the main clause;
one in a fronted phrase may be (its doer is often the main verb's: «بعد أن وصل X إلى الرياض،
التقى بالملك»), so that case is left to the sentence's other clause rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, sense_forms
from marsad.events.words import Word
from marsad.model import Span

_STOPS = ("،", ",", "؛", ";", ":")
_SUBORDINATORS = frozenset({"subordinator"})
_OPENINGS = frozenset({"subordinator", "fronted"})  # at the sentence's start
_PREPOSITIONS = frozenset({"partner_prep", "place_prep", "goal_prep"})
_ACTORS = ("PER", "ORG", "LOC")
_MAIN_SUBJECT_WORDS = 6  # the main clause's subject stands within its first words (after its verb)


@dataclass(frozen=True, slots=True)
class Subordinate:
    """One subordinate clause or fronted phrase: its words `start` (the opening word) to `end`
    (exclusive), whether it opens the sentence, the names of its own doers (persons, bodies and
    states not after a preposition) and the main clause's subject it may share."""

    start: int
    end: int
    fronted: bool
    doers: tuple[Span, ...]
    main: Span | None

    def holds(self, k: int) -> bool:
        return self.start <= k < self.end


def subordinate_clauses(ctx: ArticleContext, sent: Sentence) -> tuple[Subordinate, ...]:
    """The sentence's subordinate clauses and fronted phrases, in order."""
    ws = sent.words
    out: list[Subordinate] = []
    k = 0
    while k < len(ws):
        size = opening_words(sent, k)
        if size == 0 or ctx.mention_at(ws[k]) is not None:
            k += 1
            continue
        fronted = k == 0
        end = _clause_end(ctx, sent, k + size)
        if fronted and end >= len(ws):
            k += size  # a sentence-initial phrase with no comma: where the main clause starts is unknown
            continue
        doers = tuple(m for m in ctx.mentions_in(ws[k].start, ws[end - 1].end, _ACTORS)
                      if not after_preposition(ctx, sent, m))
        main = _main_subject(ctx, sent, end) if fronted else _subject_before(ctx, sent, k)
        out.append(Subordinate(k, end, fronted, doers, main))
        k = end
    return tuple(out)


def apart(subs: tuple[Subordinate, ...], k: int, trig_at: list[int], at: int, visit: bool,
          shares: bool) -> bool:
    """Whether the name at word `k` (offset `at`) is kept from the event whose triggers stand
    at words `trig_at` by a subordinate clause (see the module's docstring). `visit`: the event
    is a visit (a state right after its verb is the place visited, no doer); `shares`: its
    trigger is a verb or a possessed noun, which may take the main clause's subject."""
    for sub in subs:
        inside = [sub.holds(i) for i in trig_at]
        if all(inside) and not sub.holds(k):
            own = [m for m in sub.doers if not (visit and m.label == "LOC")]
            main = sub.main
            if shares and not own and main is not None and main.start <= at < main.end:
                continue  # the clause's dropped subject is the main clause's
            return True
        if sub.holds(k) and not any(inside) and not sub.fronted:
            return True
    return False


def opening_words(sent: Sentence, k: int) -> int:
    """The number of words of a subordinating opening at word `k` (0: none): a `subordinator`
    anywhere, a `fronted` phrase at the sentence's start only (`event_senses`, which reads a
    conjunction on the first word through and takes the longest row)."""
    cue = event_senses().at(sent.words, k, _OPENINGS if k == 0 else _SUBORDINATORS)
    return cue.size if cue is not None else 0


def clause_mark_before(ctx: ArticleContext, ws: list[Word], i: int) -> bool:
    """Whether a comma, colon or semicolon stands between word `i` - 1 and word `i`."""
    return any(s in ctx.text[ws[i - 1].end:ws[i].start] for s in _STOPS)


def _clause_end(ctx: ArticleContext, sent: Sentence, j: int) -> int:
    """The index past the last word of a clause whose words go on from `j`: the first word after
    a comma, colon or semicolon, else the sentence's end; not a comma before a name set off by
    commas («بينما وصل وزير الخارجية الفرنسي، لوران فابيوس، إلى طهران»: the name is the
    clause's subject, in apposition)."""
    ws = sent.words
    i = max(j, 1)
    while i < len(ws):
        if clause_mark_before(ctx, ws, i):
            past = _apposition(ctx, sent, i)
            if not past:
                return i
            i = past  # read on past the comma that closes the name
        i += 1
    return len(ws)


def _apposition(ctx: ArticleContext, sent: Sentence, i: int) -> int:
    """The index of the word after a name that word `i`, after a comma, opens and a comma closes
    again (0: none)."""
    m = ctx.mention_at(sent.words[i])
    if m is None or m.start != sent.words[i].start or ":" in ctx.text[sent.words[i - 1].end:m.start]:
        return 0
    k = sent.word_index(m.end - 1) + 1
    closed = k < len(sent.words) and any(c in ctx.text[m.end:sent.words[k].start] for c in ("،", ","))
    return k if closed else 0


def _main_subject(ctx: ArticleContext, sent: Sentence, end: int) -> Span | None:
    """The first actor named in the main clause's first words after a fronted phrase (its verb's
    subject: «بعد أن وصل إلى الرياض، التقى الأمير X ...»)."""
    ws = sent.words
    if end >= len(ws):
        return None
    hi = ws[min(len(ws), end + _MAIN_SUBJECT_WORDS) - 1].end
    found = [m for m in ctx.mentions_in(ws[end].start, hi, _ACTORS) if not after_preposition(ctx, sent, m)]
    return found[0] if found else None


def _subject_before(ctx: ArticleContext, sent: Sentence, k: int) -> Span | None:
    """The main clause's subject before a medial clause at word `k`: the first person named
    before it, else the first actor not after a preposition («وصل X إلى الرياض عندما ...»)."""
    named = [m for m in ctx.mentions_in(sent.start, sent.words[k].start, _ACTORS)
             if not after_preposition(ctx, sent, m)]
    persons = [m for m in named if m.label == "PER"]
    return persons[0] if persons else (named[0] if named else None)


def after_preposition(ctx: ArticleContext, sent: Sentence, m: Span) -> bool:
    """A name written on a preposition (بالرياض, لمصر) or right after one (مع X, في بكين): the
    object of a preposition, no subject nor a listed party."""
    k = sent.word_index(m.start)
    if ctx.text[sent.words[k].start:m.start].lstrip("وف"):
        return True  # بالرياض, لمصر, وبالرياض; not a conjunction alone (والسعودية)
    return k > 0 and (sent.words[k - 1].norm in sense_forms("name_prep")
                      or event_cues().at(sent.words, k - 1, _PREPOSITIONS) is not None)
