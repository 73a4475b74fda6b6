"""The event one group of triggers of a type tells in its sentence: its arguments within the group's clause,
its status and date set against the day of writing (a day still to come makes it planned, a day before the
report makes an ongoing, planned or expected one happened), and the round and series a series trigger or a
meeting names. Used by `events.extract`."""

from __future__ import annotations

from marsad.events.arguments import arguments, comma_clause_end
from marsad.events.clauses import scope_of
from marsad.events.context import ArticleContext, Sentence
from marsad.events.dating import against_publication
from marsad.events.held_to_come import held_maybe, held_to_come
from marsad.events.lexicon import event_senses
from marsad.events.rounds import round_in, series_name
from marsad.events.status import future_told, present_after, status_of, talks_kept_up
from marsad.events.subordinate_status import main_clause_to_come
from marsad.events.to_come import to_come
from marsad.events.told_anew import own_relative
from marsad.events.triggers import Trigger
from marsad.events.verb_tense import perfect_verb
from marsad.model import EventAttrs, QuoteAttrs, Span


def group_event(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger],
                quotes: list[Span[QuoteAttrs]], clause: tuple[int, int]) -> Span[EventAttrs]:
    first = trigs[0]
    lo, hi = scope_of(sent, first, quotes, trigs[-1], ctx.text, own_relative(ctx, sent, trigs[-1]))
    hi = comma_clause_end(ctx, sent, trigs[-1], hi)
    args = arguments(ctx, sent, trigs, (max(lo, clause[0]), min(hi, clause[1])))
    # words of names before the trigger: a light verb reaches past them; «أن» before one is «أنّ»
    named = frozenset(k for k, w in enumerate(sent.words[:first.index]) if ctx.mention_at(w) is not None)
    status = status_of(sent.words, first, named)
    if status in ("happened", "ongoing") and (
            main_clause_to_come(ctx, sent, first) or held_to_come(sent.words, first)):
        status = "planned"  # وسيلتقي X بنتنياهو اليوم قبل أن يتوجه إلى الأردن; اجتماع اللجنة سيعقد غدا
    elif status in ("happened", "ongoing") and held_maybe(sent.words, first):
        status = "expected"  # إن قمة أخرى بين الزعيمين قد تعقد هذا العام: may come
    status, args.date = to_come(ctx, sent, first, status, args.date,
                                args.date_told_before)  # to come: not on the day the sentence tells
    published = ctx.article.published.written  # the day of writing
    if status in ("ongoing", "planned") and talks_kept_up(sent.words, first):
        args.date = None  # لدعم المحادثات بين X و Y: the day told is the effort's, not the talks'
    if status == "happened" and perfect_verb(first) and _in_relative(sent, first) \
            and against_publication(args.date, published) > 0:
        args.date = None  # «سيخاطب الأسبوع المقبل ... الاتفاق الذي أبرمته إيران»: a perfect verb's deed is
        # done, the day to come is the main clause's
    elif status in ("happened", "ongoing") and against_publication(args.date, published) > 0:
        status = "planned"  # «الشهر المقبل», «غدا»: the sentence's own date is still to come
    elif status == "ongoing" and args.date and (present_after(sent.words, first) or args.date_told_before):
        args.date = None  # «... الذي يزور المنطقة حاليا», «ويجري X محادثات» dated by the sentence before
    elif (status == "ongoing" and sent.role == "title") or (
            status in ("ongoing", "planned", "expected") and against_publication(args.date, published) < 0
            and not future_told(sent.words, first) and not first.reading.future):
        status = "happened"  # a headline's imperfect (الملك يستقبل الوزير), and one whose own day is
        # before the report (توقع زيارة هادي ..., على غرار زيارة بحاح إلى عدن أمس الأول); not a verb
        # with the future prefix («عند وصول أوباما الجمعة ... عندما سيتوجه إلى إثيوبيا»: still to come)
    found = round_in(sent.words) if any(t.row.series or t.row.type == "MEET" for t in trigs) else None
    rnd, series = (found[0], found[1]) if found else (None, None)
    if series is None:
        for t in trigs:
            if t.row.series:
                series = series_name(sent.words, t.index, t.reading.stem)
                break
    w = sent.words[first.index]
    return Span(clause[0], sent.end, first.row.type, EventAttrs(
        participants=args.participants, place=args.place, date=args.date,
        round=rnd, series=series.key if series else None,
        series_label=ctx.text[series.start:series.end] if series else None,
        status=status, roles=args.roles,
        plover=first.row.plover or None, trigger=ctx.text[w.start:w.end],
        trigger_start=w.start,
    ))


_RELATIVE = frozenset({"relative_pronoun"})
_RELATIVE_REACH = 2  # words from a relative pronoun to its clause's verb (التي كان قد وقعها)


def _in_relative(sent: Sentence, t: Trigger) -> bool:
    """Whether trigger `t` is the verb of a relative clause opened just before it («الاتفاق
    التاريخي الذي أبرمته إيران»): a clause of its own, whose day the main clause does not set."""
    ws = sent.words
    return any(event_senses().at(ws, k, _RELATIVE) is not None
               for k in range(max(0, t.index - _RELATIVE_REACH), t.index))
