"""Talks a letter's writer held with the one it is sent to: «بعث X برقية شكر لـY بعد انتهاء زيارته
... لقد أثبتت المباحثات المشتركة التي عقدناها متانة الروابط». A definite meeting noun whose own
relative clause is a verb of holding in the first person plural (`our_holding` rows of
lang/ar/event_senses.tsv: عقدناها, أجريناها) is a meeting the writer reports of himself and his
addressee; the text names neither in the sentence, but the letter's own sentence does: the
person named before the letter noun (`letter_noun` rows: برقية, رسالة) sends it, the first one
after it receives it. The annotation guide counts such a cable of thanks after a visit as the
visit's meeting (its place and date carried from the visit, `meetings_in_visits.place_of_the_visit`)."""

from __future__ import annotations

from marsad.events.carried_subjects import carried_subject
from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_senses
from marsad.events.triggers import Trigger
from marsad.events.unstated_parties import one_owner

_RELATIVE = frozenset({"relative_pronoun"})
_OURS = frozenset({"our_holding"})
_LETTER = frozenset({"letter_noun"})
_MODIFIERS = 2  # qualifiers between the noun and its relative pronoun (المباحثات المشتركة التي)
_LETTER_BEFORE = 8  # sentences back from the talks to the letter's own sentence at most


def our_talks(sent: Sentence, t: Trigger) -> bool:
    """Whether a definite meeting noun is followed, past a qualifier or two, by a relative
    pronoun and a verb of holding in the first person plural («المباحثات المشتركة التي
    عقدناها», «اللقاء الذي أجريناه»)."""
    if t.row.type != "MEET" or t.row.pos != "noun" or not t.definite:
        return False
    ws = sent.words
    for k in range(t.index + t.size, min(len(ws) - 1, t.index + t.size + _MODIFIERS + 1)):
        if event_senses().at(ws, k, _RELATIVE) is not None:
            return event_senses().at(ws, k + 1, _OURS) is not None
    return False


def letter_sides(ctx: ArticleContext, si: int) -> list[str] | None:
    """The writer and the addressee of the letter sentence `si` quotes: in the nearest sentence
    before it (or itself) with a letter noun, the last person named before that noun (else the
    first one the sentence before names: «وقال في برقية شكر للرئيس X», its subject dropped) and
    the first one after it, two different persons; None where no such sentence stands near."""
    for sj in range(si, max(-1, si - _LETTER_BEFORE - 1), -1):
        found = _letter_in(ctx, sj)
        if found is not None:
            return list(found[:2])
    return None


def letter_visit(ctx: ArticleContext, si: int, t: Trigger) -> list[str] | None:
    """The writer and the addressee of a letter whose sentence tells, after the addressee, the
    visit it thanks for with a pronoun («وقال في برقية شكر للرئيس X بعد انتهاء زيارته لمصر»):
    the pronoun is the writer's, who thanks his host, not the addressee named right before it;
    None for any other trigger."""
    sent = ctx.sentences[si]
    if t.row.type != "VISIT" or t.row.pos != "noun" \
            or not one_owner(sent.words[t.index].norm, t.row.forms[0]):
        return None
    found = _letter_in(ctx, si)
    if found is None or found[2] > sent.words[t.index].start:
        return None
    return list(found[:2])


def _letter_in(ctx: ArticleContext, sj: int) -> tuple[str, str, int] | None:
    """(writer, addressee, where the addressee's name ends) of the first letter noun of sentence
    `sj` that names them both (see `letter_sides`)."""
    sent = ctx.sentences[sj]
    ws = sent.words
    for k in range(len(ws)):
        if event_senses().at(ws, k, _LETTER) is None:
            continue
        before = ctx.mentions_in(sent.start, ws[k].start, ("PER",))
        after = ctx.mentions_in(ws[k].end, sent.end, ("PER",))
        writer = ctx.entity_of(before[-1]) if before else carried_subject(ctx, sj)
        if writer is not None and after and writer != ctx.entity_of(after[0]):
            return writer, ctx.entity_of(after[0]), after[0].end
    return None
