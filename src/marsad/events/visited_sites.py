"""A visit noun whose only parties are the site it goes to names no visitor: no event.

«زيارة مركز شرطة الرس وهيئة الأمر بالمعروف», «تمثل زيارة «مركز العوالم المائية المدهشة» نقطة
البداية», «تم على هامش الزيارة زيارة مركز تطوير القدرات النسائية»: after a visit noun a facility
noun (`event_facilities.tsv`: مركز, مستشفى, مقر, ...) opens the name of what is visited, the
objective genitive, not the visitor («زيارة الرئيس»); not a city or region (`visit_party` rows
of event_senses.tsv: «زيارة العاصمة برئاسة X», its visitor told after it). The guide keys a visit
to its visitor (and a named host who receives him), the site visited being its place
(docs/realtext-annotation.md, Events: «a VISIT's participants are the visitor and a named
host»); a visit whose every party is
named in its own sentence only from that facility on, and none before the trigger, has lost its
visitor: it is no event. A visit noun with its owner's pronoun (زيارته, زيارتهم) tells its
visitor and is kept, as is a visit with a party named before its trigger or outside its sentence
(a visitor carried from the sentence before).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import facilities, sense_word
from marsad.events.words import stems
from marsad.model import EventAttrs, Span

_OPENING_MARKS = "«\"“'("


def visit_of_a_site_only(ctx: ArticleContext, ev: Span[EventAttrs]) -> bool:
    """A VISIT whose trigger is a bare visit noun followed by a facility noun, every party of
    it named in the trigger's sentence at or after that facility and none before the trigger."""
    if ev.label != "VISIT" or ev.attrs.trigger_start is None or not ev.attrs.participants:
        return False
    sent = ctx.sentence_at(ev.attrs.trigger_start)
    if sent is None:
        return False
    k = sent.word_index(ev.attrs.trigger_start)
    ws = sent.words
    noun = next((t for t in sent.triggers() if t.index == k), None)
    if noun is None or noun.row.type != "VISIT" or noun.row.pos != "noun":
        return False
    if noun.possessed or noun.owner_spelt:
        return False  # زيارته: its owner's pronoun tells the visitor
    after = k + noun.size
    if after >= len(ws):
        return False
    if ctx.text[ws[after - 1].end:ws[after].start].strip(" \u00a0" + _OPENING_MARKS):
        return False  # a comma or a full stop: what follows is no genitive
    if not any(st.stem in facilities() for st in stems(ws[after].norm)):
        return False
    if sense_word(ws[after], "visit_party"):
        return False  # «زيارة العاصمة برئاسة X»: a city visited, its visitor told after it
    return all(ctx.named_only_from(p, sent, ws[after].start) for p in ev.attrs.participants)
