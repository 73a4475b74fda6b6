"""Where an agreement was made, told by a mention of it that is no event of its own.

«دعت باور إلى الالتزام بالاتفاق الموقع في فيينا», «بعد خمسة أيام من توقيع الاتفاق في فيينا»: the
definite agreement noun refers back to one told elsewhere in the article (it names no party, so
`extract_events` reads no event there), yet it says where the agreement was concluded; the events
gold gives that city as the place of the article's agreement. Only a city of the catalogue
(`place_scales.states_of_places`: a place that lies in a state; not a state, which may be a party
or a topic: «الاتفاق في اليمن») counts, past the noun's qualifiers and a participle or relative
clause of signing («النووي الموقع», «الذي أبرم», «الذي تم التوقيع عليه») after «في» or «ب», with no
other name and no comma between. A city in construct with the noun is not read so: «اتفاقية فيينا
للعلاقات الدبلوماسية» is a convention's name, «اتفاق أثينا مع دائنيها» names a party by its
capital; nor is an indefinite noun in construct, another agreement named by its subject
(«اتفاقية العلاقات الدبلوماسية الموقعة في فيينا 1961م»). It fills an agreement told as made that
names no place, only where the article names one such city and no agreement of the article has
another place.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.place_scales import states_of_places
from marsad.events.triggers import definite_trigger_noun
from marsad.events.words import IN
from marsad.model import EventAttrs, Span

_REACH = 6  # words from the agreement noun to its city (الاتفاق النووي الذي تم التوقيع عليه في فيينا)
_BI = ("ب", "وب")  # بفيينا: the preposition on the city's name
_MADE = ("happened",)
_QUOTES = " \u00a0«»\"“”"  # what may stand between the noun and the words after it


def told_cities(ctx: ArticleContext, sent: Sentence) -> set[str]:
    """The cities the sentence's definite agreement nouns say an agreement was made in (any such
    noun, an event of its own or not: «بالاتفاق الموقع في فيينا» names no party). An indefinite one
    in construct names another agreement by its subject («اتفاقية العلاقات الدبلوماسية الموقعة في
    فيينا 1961م»)."""
    ws = sent.words
    return {c for i, w in enumerate(ws)
            if definite_trigger_noun(w, "AGREE")  # الاتفاق: refers back; one in construct names its own
            and (c := _city_after(ctx, sent, i + 1)) is not None}


def _city_after(ctx: ArticleContext, sent: Sentence, j: int) -> str | None:
    """The city named from word `j` on (see the module's note), or None."""
    ws = sent.words
    for k in range(j, min(len(ws), j + _REACH)):
        if ctx.text[ws[k - 1].end:ws[k].start].strip(_QUOTES):
            return None  # a comma or a bracket: another phrase (not a quotation mark: «بالاتفاق» الموقع)
        m = ctx.mention_at(ws[k])
        if m is None:
            continue
        if m.label != "LOC" or m.start > ws[k].start + len(_BI[-1]):
            return None  # another name first
        city = ctx.entity_of(m)
        prefix = ctx.text[ws[k].start:m.start]
        if city in states_of_places() and (prefix in _BI or (k > j and ws[k - 1].norm == IN)):
            return city  # not «اتفاق فيينا»: a convention's name (اتفاقية فيينا للعلاقات الدبلوماسية)
        return None
    return None


def place_agreements(events: list[tuple[int, Span[EventAttrs]]], cities: set[str]) -> None:
    """Give the one city the article's agreement mentions name (`told_cities`) to each agreement told
    as made with no place, where no agreement of the article names another place."""
    agreements = [ev for _, ev in events if ev.label == "AGREE"]
    if len(cities) != 1:
        return
    city = next(iter(cities))
    if any(ev.attrs.place not in (None, city) for ev in agreements):
        return
    for ev in agreements:
        if ev.attrs.status in _MADE and city not in ev.attrs.participants:
            ev.attrs.place = city
