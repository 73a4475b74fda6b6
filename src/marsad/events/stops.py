"""The stops of a tour: a visit for each place its sentence lists as a stop.

A visit's sentence may list the places the visitor goes to, each a visit of its own (the
annotation guide: a tour named by its stops is a VISIT for each stop):

- places joined to the visit's own place by «و» or a comma («ولم يتوقف سوى في إسرائيل
  والأردن وتركيا»: Jordan and Turkey beside Israel), or by a word of sequence («بزيارة روسيا ومن
  بعدها فرنسا», «ثم إلى عمّان»: `trip_legs.sequence_join`);
- places a tour noun lists after a verb of containing («في نهاية محطته التي شملت ايطاليا و
  ألمانيا», «ضمن جولة اقليمية شملت حتى الآن السعودية والاردن وإسرائيل»).

Each further place gets a copy of the visit, the same visitor and host, that place its own,
when the visitor is a person (a state or a city named first is no touring visitor: «التي
تستضيفها الولايات المتحدة وكندا», «وصلت سمعة وارسو إلى اليابان والصين»).
A long list (four stops or more besides the visit's own place) is an itinerary told as one visit.
Locations count, and named sites (a name opening with a facility noun of
`lang/ar/event_facilities.tsv`: «كما زار X مستشفى عيون الجواء العام، ومستشفى قصيباء العام»,
a hospital listed after the visit's own hospital, each a visit of its own under the guide's
round-41 ruling on a tour's named sites); a site's town told right after it with «بـ» («مستشفى
الملك فهد بالهفوف، ومستشفى الأمير سعود بن جلوي») is part of its name, no stop. A body listed
(a ministry, a company) is no stop. The words are rows of `lang/ar/event_cues.tsv` (kinds
tour_noun, stops_verb).
A tour noun followed by its verb of containing is itself a visit trigger (the row جولة of
`lang/ar/event_triggers.tsv`, needing that verb: «استهل X جولته الخليجية التي تشمل الكويت وقطر»),
and `tour_told` keeps it a report even after «بعد» («بعد جولته التي شملت القاهرة وطهران»).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, facilities
from marsad.events.places import opens_with_facility
from marsad.events.trip_legs import sequence_join
from marsad.events.words import BETWEEN, Word
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span

_TOUR = frozenset({"tour_noun"})
_STOPS = frozenset({"stops_verb"})
_TOUR_REACH = 10  # words from the tour noun to its verb of containing (جولة اقليمية شملت, محطته التي شملت,
# جولة وزير التعليم التي تأتي للوقوف على جاهزية المدارس الحدودية شملت)
_LIST_REACH = 4  # words from the verb to the first stop named (شملت حتى الآن السعودية)
_ITINERARY = 4  # stops besides the visit's own place from which a list is an itinerary, told as one
# visit («جال لأسبوعين في جدة، والدمام، والخبر، والجبيل، والقطيف، ومكة، والمدينة، وينبع»)
_LIST_GAP = 2  # words between the last stop and the visit's own place closing the list («بالاضافة الى»)
_ITEM_WORDS = 7  # words of an unnamed site between two named ones (مركز الرعاية الصحية الأولية بأوثال)
_AT = ("ب", "بـ")  # what stands between a site and its town told after it (مستشفى الملك فهد بالهفوف)
_JOINS = ("و", "، و", "،و", ", و")  # what stands between two stops of one list: «و», a comma before it
# (a comma alone may end a clause: «وصل بحاح إلى عدن، تعز تعاني الحصار»)
_JOINS_LONGEST = tuple(sorted(_JOINS, key=len, reverse=True))  # the longest join a gap ends with first


_Events = list[tuple[int, Span[EventAttrs]]]  # events with the index of their sentence


def tour_stops(ctx: ArticleContext, events: _Events, also: set[int]) -> _Events:
    """The events with, after each visit, a copy of it for each further stop its sentence lists,
    its span opening at the stop's name (one event per span and type is stored). A copy of a
    visit told after «كما» (`also`: their ids) is told so too: another stop, no repeat of a visit
    told before at another place or at none («قام X بجولة ... . كما زار X مستشفى A، ومستشفى B»)."""
    out: list[tuple[int, Span[EventAttrs]]] = []
    people = {ctx.entity_of(m) for m in ctx.mentions if m.label == "PER"}
    for si, ev in events:
        out.append((si, ev))
        if ev.label != "VISIT" or not ev.attrs.participants or ev.attrs.participants[0] not in people:
            continue  # a person tours; «التي تستضيفها الولايات المتحدة وكندا» is no tour
        have = {ev.attrs.place} | {o.attrs.place for sj, o in events if sj == si and o.label == "VISIT"}
        at = ev.attrs.trigger_start or ev.start
        stops: list[Span] = []
        for stop in _listed_stops(ctx, ctx.sentences[si], ev.attrs.place, at):
            place = ctx.entity_of(stop)
            if place in have or stop.start <= ev.start:
                continue
            have.add(place)
            stops.append(stop)
        own = ev.attrs.place
        ev.attrs.place, copies = _in_text_order(ctx, ctx.sentences[si], ev, at, stops)
        for where, start in copies:
            # the visit's own site, a party of it as its host, is no party of another stop's visit
            keep = [p for p in ev.attrs.participants if p != own or p == where]
            roles = ev.attrs.roles_of(keep)
            attrs = replace(ev.attrs, participants=keep, roles=roles, content=list(ev.attrs.content),
                            place=where)
            copy = Span(start, ev.end, ev.label, attrs)
            if id(ev) in also:
                also.add(id(copy))
            out.append((si, copy))
    return out


def _in_text_order(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs], at: int,
                   stops: list[Span]) -> tuple[str | None, list[tuple[str | None, int]]]:
    """The place of visit `ev` and those of its copies, each with where its span opens, the stops
    taken in the order the text names them: when a stop is named before the visit's own place
    («استهل جولته الخليجية التي تشمل الكويت وقطر بالاضافة الى العراق»), the visit takes the first
    one named and its own place goes to a copy opening at that place's name, so that the visits
    of one tour run in the order of their stops."""
    place = ev.attrs.place
    own = next((m for m in ctx.mentions_in(at, sent.end, ("LOC",)) if ctx.entity_of(m) == place),
               None) if place is not None else None
    named: list[tuple[str | None, int]] = [(ctx.entity_of(s), s.start) for s in stops]
    before = [s for s in stops if s.start < own.start] if own is not None else []
    if own is None or not before or len(ctx.text[before[-1].end:own.start].split()) > _LIST_GAP \
            or any(ch in ctx.text[before[-1].end:own.start] for ch in ".:;()«»\"\n"):
        return place, named  # its own place apart from the list (في نهاية محطته التي شملت ...): first
    return named[0][0], sorted([*named[1:], (place, own.start)], key=lambda x: x[1])


def tour_told(words: list[Word], i: int) -> bool:
    """Whether the word at `i` is a tour noun whose verb of containing follows it (جولته التي
    شملت القاهرة وطهران): the tour told by its stops, a report of it, not a past tour recalled
    as a time mark (بعد جولته)."""
    reach = range(i + 1, min(len(words), i + 1 + _TOUR_REACH))
    return event_cues().at(words, i, _TOUR) is not None and any(
        event_cues().at(words, k, _STOPS) is not None for k in reach)


def _listed_stops(ctx: ArticleContext, sent: Sentence, place: str | None, at: int) -> list[Span]:
    """The names of the places of `sent` listed with the visit's own place named first after
    the trigger at offset `at` (before or after it in the list; not after «بين»: «الحوار بين
    موسكو والرياض» lists no stops, nor past a colon after the trigger: «بمناسبة زيارة X جاء فيه:
    ... التي تربط جمهورية مصر العربية والمملكة العربية السعودية»), and of those a tour noun lists,
    in text order; not the visit's own place's names."""
    locs = _stop_names(ctx, sent)
    own = [m for m in locs if place is not None and ctx.entity_of(m) == place]
    ws = sent.words
    first_own = next((m for m in own if m.start >= at and ":" not in ctx.text[at:m.start]), None)
    # past a colon the text is another's (بيان جاء فيه: ... العلاقات التي تربط مصر والمملكة): no stops
    k = sent.word_index(first_own.start) if first_own is not None else 0
    firsts = [first_own] if first_own is not None and not (k > 0 and ws[k - 1].norm == BETWEEN) else []
    for v, _cue in event_cues().each(ws, _STOPS):
        if not any(event_cues().at(ws, k, _TOUR) for k in range(max(0, v - _TOUR_REACH), v)):
            continue
        ahead = (ctx.mention_at(w) for w in ws[v + 1:v + 1 + _LIST_REACH])
        first = next((m for m in ahead if m is not None), None)
        if first is not None and first.label == "LOC":
            firsts.append(first)
    listed = list(firsts)
    grown = True
    while grown:  # the whole list each first stands in, before and after it
        grown = False
        for a, b in zip(locs, locs[1:], strict=False):
            if (a in listed) != (b in listed) and (_joined(ctx, a, b) or sequence_join(ctx, sent, a, b)):
                listed.append(b if a in listed else a)
                grown = True
    stops = sorted((m for m in listed if m not in own), key=lambda m: m.start)
    return stops if len(stops) < _ITINERARY else []


def _stop_names(ctx: ArticleContext, sent: Sentence) -> list[Span]:
    """The names of `sent` that may be stops, in text order: its locations and its named sites
    (an ORG opening with a facility noun), less a site's town told right after it with «بـ»
    (مستشفى الملك فهد بالهفوف: `_gap` reads past it)."""
    names = [m for m in ctx.mentions_in(sent.start, sent.end, ("LOC", "ORG"))
             if m.label == "LOC" or opens_with_facility(ctx, m)]
    return [m for i, m in enumerate(names) if not (i and _town_of(ctx, names[i - 1], m))]


def _town_of(ctx: ArticleContext, site: Span, m: Span) -> bool:
    """Location `m` is told right after named site `site` with «بـ» (مستشفى الملك فهد بالهفوف)."""
    return m.label == "LOC" and opens_with_facility(ctx, site) \
        and ctx.text[site.end:m.start].strip(" \u00a0") in _AT


def _joined(ctx: ArticleContext, a: Span, b: Span) -> bool:
    """Two stop names stand in one list: «و» or a comma and «و» between them, or, between two
    named sites, one more site the tagger left unnamed, opening with a facility noun (مستشفى عيون
    الجواء العام، ومركز الرعاية الصحية الأولية بأوثال، ومستشفى قصيباء العام)."""
    gap = _gap(ctx, a, b).strip(" \u00a0")
    if gap in _JOINS:
        return True
    if not (opens_with_facility(ctx, a) and opens_with_facility(ctx, b)):
        return False
    head = next((j for j in _JOINS if gap.startswith(j.strip())), None)
    tail = next((j for j in _JOINS_LONGEST if gap.endswith(j)), None)
    if head is None or tail is None:
        return False
    words = gap[len(head.strip()):len(gap) - len(tail)].split()
    return 0 < len(words) <= _ITEM_WORDS and normalize(words[0]) in facilities() \
        and not any(ch in w for w in words for ch in ".:;()«»\"،,")


def _gap(ctx: ArticleContext, a: Span, b: Span) -> str:
    """The text between two stop names, past the town told after `a` when it is a site."""
    end = a.end
    if opens_with_facility(ctx, a):
        for m in ctx.mentions_in(a.end, b.start, ("LOC",)):
            if _town_of(ctx, a, m):
                end = m.end
    return ctx.text[end:b.start]
