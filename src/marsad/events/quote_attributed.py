"""Reported words with their source after them: «...، وفق ما قالت مصادر عسكرية», «...، حسبما
ذكرت وكالة الأنباء», «... على حد قول X» (an attribution phrase, then a verb of saying and its
subject, or a noun of saying)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_OR_CONTINUING, SAYING_VERBS, Cue, quote_cues
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found
from marsad.events.quote_words import own_clause, source_only, verb_with_object
from marsad.events.words import Word

_ATTRIBUTION = frozenset({"attribution", "attribution_as", "attribution_noun"})


def saying_verb_at(ws: list[Word], i: int) -> Cue | None:
    """The verb of saying an attribution phrase puts at word `i`, bare (ذكرت) or with an object
    pronoun (ذكرته), or None (also `quote_fronted`'s)."""
    return quote_cues().at(ws, i, SAYING_VERBS) or verb_with_object(ws[i])


def attributed_speech(ctx: ArticleContext, sent: Sentence, pairs: list[tuple[int, int]],
                      found: list[Found]) -> list[Found]:
    """Reported words with their source after them: «قتل 17 مدنيا ...، وفق ما قالت مصادر
    عسكرية» (an attribution phrase, then a verb of saying and its subject). When the words open
    with a verb of saying of their own, its subject speaks and the source only relays: «وذكر
    [الوزير] من بين هذه التدخلات …، حسبما ذكرت وكالة أنباء البحرين»."""
    ws = sent.words
    for k, att in quote_cues().each(ws, _ATTRIBUTION, start=1):
        cue_at, noun = k + att.size, att.kind == "attribution_noun"  # «على حد قول X»: X said it
        verb = Cue("verb", att.size) if noun else None if cue_at >= len(ws) else saying_verb_at(ws, cue_at)
        if verb is None or own_clause(ctx, ws, cue_at + (0 if noun else 1)) \
                or (att.kind == "attribution_as" and not source_only(ctx, sent, cue_at)):
            continue  # «، كما أكد X أن ...»: the verb's own clause is what it said
        start, end = trim(ctx.text, sent.start, ws[k].start)
        if len(ctx.text[start:end].split()) < COLON_WORDS:
            continue
        if any(f.start < end and start < f.end for f in found) \
                or any(s < end and start < e and (noun or 2 * (e - s) >= end - start) for s, e in pairs):
            continue  # marks over half the words (any, before «على حد تعبيره»): the marks are the quote
        if not noun and (opener := quote_cues().at(ws, 0, SAYING_OR_CONTINUING)) is not None \
                and opener.size < k:  # a verb of saying opening words a source relays
            return [Found(start, end, "indirect", 0, opener, ws[k].start)]
        return [Found(start, end, "indirect", k if noun else cue_at, verb, sent.end)]
    return []
