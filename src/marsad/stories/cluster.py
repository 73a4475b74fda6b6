"""Story clusters: articles about one real-world happening, across outlets and days.

Each article is a weighted vector of its content words (idf-weighted, light stemming),
the entities it mentions and the events it reports (type + participants). Articles are
taken in date order and each joins the most similar story whose dates lie within
`window` days of its own (an undated article: any story, by content alone), when the
cosine with the story's centroid reaches `threshold`; else it starts a story. A formulaic
daily genre (a title that recurs on other days: market reports, prayer times, weather)
joins only a story of its own day, and two parts of a numbered series never share a
story. The order is the articles' dates, then their ids: the input order does not
matter. An article with fewer than `min_terms` distinct content words (a cartoon, a
captioned photo) starts its own story unless it is a near-duplicate. Near-duplicates always share a story.

Similar words make a topic, not yet one happening: an article joins a story only when it
reports one of the story's events (same type, same participants), when its lead (title
and opening words, where a report states what happened) is close to the
story's leads (cosine with their centroid at least `lead_gate`), or when the entity the
story is centred on (the most mentioned, clearly ahead of the next) is one of the
article's most mentioned: a report on the Greek debt and an opinion on the Greek vote
share their words but not their lead; eulogies of one statesman share neither words nor
lead, but their main person. A place is what an article is centred on only when the article
dates something it reports to the days around its publication (`Item.dated`: a report of
a battle in Aden, of a vote in Athens), and a story only when one of its members does so:
a piece that dates nothing there (commentary, analysis: opinion pieces on Greece, on the
Iran deal), or a story of such pieces, is joined by its main entity only when that is an
actor (people, bodies, teams), for a country in crisis is a topic. With `central_places`
off, a place is never what a story is centred on.

Candidate stories come from an inverted index of each story's strongest features, so
the work per article does not grow with the corpus. The same object assigns the articles
of a later run (`state` stores it).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter, mul

from marsad.model.article import content_id
from marsad.stories.compact import WEIGHT, PackedCentroids, PackedItem, pack, unpack

Vector = dict[str, float]
TOP = 200  # features kept per centroid
PROBE = 15  # strongest features of an article used to find candidate stories
INDEXED = 25  # strongest features of a story under which it can be found
MAX_CANDIDATES = 20
POSTING_CAP = 200  # most recent stories kept per feature: bounded work per article
DAILY_DAYS = 2  # a title form seen on this many distinct days is a formulaic daily genre


@dataclass
class Item:
    """One article as the clusterer sees it."""

    key: str
    terms: dict[str, int]  # content word -> count
    entities: dict[str, int] = field(default_factory=dict)  # entity id -> count
    events: list[str] = field(default_factory=list)  # "TYPE:p1|p2" signatures
    day: date | None = None
    group: str | None = None  # near-duplicate group
    title_form: str = ""  # the title's content words, sorted (a recurring title: a daily genre)
    part: int | None = None  # the part of a numbered series its title names
    lead: dict[str, int] = field(default_factory=dict)  # content words of its title and opening
    actors: dict[str, int] | None = None  # its entities but the places (None: not told apart)
    dated: bool = True  # it dates something it reports to the days around its publication (see above)


@dataclass
class Story:
    id: str
    text: Vector  # centroid of the members' word vectors
    entities: Vector  # centroid of their entity vectors
    events: Counter[str]
    size: int
    first: date | None
    last: date | None
    members: list[str] = field(default_factory=list)
    parts: set[int] = field(default_factory=set)  # series parts its members' titles name
    daily: bool = False  # it holds a formulaic daily genre: it stays within one day
    lead: Vector = field(default_factory=dict)  # centroid of the members' lead vectors
    mentions: Counter[str] = field(default_factory=Counter)  # entity -> mentions in its members
    dated: bool = False  # a member dates what it reports (`Item.dated`): it may be centred on a place
    packed: PackedCentroids | None = None  # its centroids while held compactly (`pack`)

    def pack(self) -> None:
        """Hold the three centroids compactly (a third of the memory) until `unpack`: for a
        story no article can join any more; `text`, `entities` and `lead` read empty meanwhile."""
        if self.packed is None:
            self.packed = (pack(self.text, WEIGHT), pack(self.entities, WEIGHT), pack(self.lead, WEIGHT))
            self.text, self.entities, self.lead = {}, {}, {}

    def unpack(self) -> None:
        """The centroids back as they were before `pack`."""
        if self.packed is not None:
            self.text, self.entities, self.lead = self.centroids()
            self.packed = None

    def centroids(self) -> tuple[Vector, Vector, Vector]:
        """(text, entities, lead), packed or not."""
        if self.packed is None:
            return self.text, self.entities, self.lead
        text, entities, lead = self.packed
        return unpack(text), unpack(entities), unpack(lead)

    def main_entity(self) -> str | None:
        """The entity the story is centred on: the most mentioned, at least twice, clearly
        ahead of the next one."""
        top = self.mentions.most_common(2)
        if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] == top[0][1]):
            return None
        return top[0][0]

    def fits(self, it: Item, daily: bool) -> bool:
        """Not another part of a series it holds; one day only when either is a daily genre."""
        if it.part is not None and self.parts and it.part not in self.parts:
            return False
        if daily or self.daily:
            return it.day is not None and self.first == self.last == it.day
        return True

    def near(self, day: date | None, window: int, span: int) -> bool:
        """`day` lies within `window` days of the story's dates, and the story would
        not then cover more than `span` days (a running topic is not one happening)."""
        if day is None or self.first is None or self.last is None:
            return True
        if not self.first - timedelta(days=window) <= day <= self.last + timedelta(days=window):
            return False
        return (max(self.last, day) - min(self.first, day)).days <= span


def _unit(v: Vector, top: int | None = None) -> Vector:
    """`v` (its `top` largest weights, when it has more) scaled to length 1. The top ones are
    `heapq.nlargest`'s, which is `sorted(..., reverse=True)[:top]` (ties in their order), and
    the squares are summed in the order of the weights kept, one multiplication each: the
    same numbers as a generator over them, without one Python step per weight."""
    kept = dict(sorted(v.items(), key=itemgetter(1), reverse=True)[:top]) if top and len(v) > top else v
    weights = kept.values()
    norm = math.sqrt(sum(map(mul, weights, weights))) or 1.0
    return {k: x / norm for k, x in kept.items()}


def _mean(centroid: Vector, size: int, vec: Vector, top: int) -> Vector:
    merged = {k: v * size for k, v in centroid.items()}
    get = merged.get
    for k, v in vec.items():
        merged[k] = get(k, 0.0) + v
    return _unit(merged, top)


def cosine(a: Vector, b: Vector) -> float:
    """The dot product over the features both have, summed in the order of their (set)
    intersection, as `sum(a[k] * b[k] for k in shared)` sums it."""
    shared = a.keys() & b.keys()
    return sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def _tf(c: int) -> float:
    """1 + log(count): a term's weight is this times its idf (`_LOG_TF` holds the small ones)."""
    return 1.0 + math.log(c)


_LOG_TF = (math.nan, *(_tf(c) for c in range(1, 64)))  # counts are at least 1


@dataclass
class Vectors:
    text: Vector
    entities: Vector
    events: list[str]
    lead: Vector = field(default_factory=dict)
    main: frozenset[str] = frozenset()  # the entities the article mentions most (and may be centred on)
    places: frozenset[str] = frozenset()  # those of `main` it names as places


def most_mentioned(entities: dict[str, int]) -> frozenset[str]:
    top = max(entities.values(), default=0)
    return frozenset(e for e, c in entities.items() if c == top)


@dataclass
class StoryClusterer:
    """Score = weighted mean over the channels both sides have: word cosine, entity
    cosine, and 1/0 for a shared event (same type, same participants)."""

    threshold: float = 0.3
    window: int = 4  # days
    span: int = 7  # days one story may cover at most
    text_weight: float = 1.0
    entity_weight: float = 1.0
    event_weight: float = 1.0
    min_terms: int = 8  # distinct content words an article needs to join a story by similarity
    # (a cartoon or a photo with a caption says too little: it joins only as a near-duplicate)
    lead_gate: float = 0.12  # lead cosine an article needs with a story it joins (see above)
    central_places: bool = True  # a place may be the entity a story is centred on (see above)
    stories: dict[str, Story] = field(default_factory=dict)
    df: Counter[str] = field(default_factory=Counter)
    n_docs: int = 0
    story_of: dict[str, str] = field(default_factory=dict)  # article -> story
    group_story: dict[str, str] = field(default_factory=dict)  # dup group -> story
    postings: dict[str, dict[str, None]] = field(default_factory=dict)
    # `assign_all` packs the centroids of the stories it is done with (`Story.pack`): the
    # caller then reads them through `Story.centroids`
    compact: bool = False
    _idfs: dict[str, float] = field(default_factory=dict, repr=False)
    _open: dict[str, None] = field(default_factory=dict, repr=False)  # joined, not yet packed
    _daily: set[str] = field(default_factory=set, repr=False)

    def count(self, items: Sequence[Item | PackedItem]) -> None:
        """Add the document frequencies of a batch (before assigning it); a title form
        is counted once per day it appears on (`^form@day`)."""
        self._idfs.clear()
        terms: Iterable[str]
        entities: Iterable[str]
        for one in items:
            if isinstance(one, PackedItem):
                it, terms, entities = one.item, one.terms[0], one.entities[0]
            else:
                it, terms, entities = one, one.terms.keys(), one.entities.keys()
            self.n_docs += 1
            self.df.update(terms)
            self.df.update("@" + e for e in entities)
            if it.title_form and it.day is not None:
                self.df[f"^{it.title_form}@{it.day.isoformat()}"] = 1
        days = Counter(k[1:].rsplit("@", 1)[0] for k in self.df if k.startswith("^"))
        self._daily = {f for f, n in days.items() if n >= DAILY_DAYS}

    def _idf(self, k: str) -> float:
        w = self._idfs.get(k)
        if w is None:
            w = self._idfs[k] = math.log((self.n_docs + 1) / (self.df.get(k, 0) + 1))
        return w

    def vectors(self, it: Item) -> Vectors:
        known, idf, tf, small = self._idfs.get, self._idf, _LOG_TF, len(_LOG_TF)
        text = {t: (tf[c] if c < small else _tf(c)) * (known(t) or idf(t)) for t, c in it.terms.items()}
        ents = {e: (tf[c] if c < small else _tf(c)) * idf("@" + e) for e, c in it.entities.items()}
        lead = {t: (tf[c] if c < small else _tf(c)) * (known(t) or idf(t)) for t, c in it.lead.items()}
        main = most_mentioned(self._central(it))
        places = frozenset(e for e in main if it.actors is not None and e not in it.actors)
        if not it.dated:  # a piece that dates nothing is not centred on a place
            main -= places
        return Vectors(_unit(text), _unit(ents), list(it.events), _unit(lead), main, places)

    def _central(self, it: Item) -> dict[str, int]:
        """The entities a story may be centred on, with the article's mentions of them."""
        return it.entities if self.central_places or it.actors is None else it.actors

    def same_happening(self, v: Vectors, st: Story) -> bool:
        """The article reports an event of the story (same type, same participants), its
        lead is close to the story's, or it is centred on the story's main entity (true
        when either side has no lead to compare)."""
        if any(e in st.events for e in v.events):
            return True
        if not v.lead or not st.lead or cosine(v.lead, st.lead) >= self.lead_gate:
            return True
        centre = st.main_entity()
        return centre in v.main and (st.dated or centre not in v.places)

    def score(self, v: Vectors, st: Story) -> float:
        total = weight = 0.0
        if v.text and st.text:
            total += self.text_weight * cosine(v.text, st.text)
            weight += self.text_weight
        if v.entities and st.entities:
            total += self.entity_weight * cosine(v.entities, st.entities)
            weight += self.entity_weight
        if v.events and st.events:
            total += self.event_weight * any(e in st.events for e in v.events)
            weight += self.event_weight
        return total / weight if weight else 0.0

    def assign_all(self, items: Sequence[Item | PackedItem]) -> dict[str, str]:
        """Count, then assign in date order (undated last); article key -> story id."""
        self.count([it for it in items if it.key not in self.story_of])
        order = sorted(items, key=lambda it: (it.day is None, it.day or date.min, it.key))
        out = {}
        day = None
        for one in order:
            it = one.unpack() if isinstance(one, PackedItem) else one
            if self.compact and it.day is not None and it.day != day:
                day = it.day
                self._pack_before(day)
            out[it.key] = self.assign(it)
            # assigned: its words are in the centroids now
            it.terms, it.entities, it.lead, it.actors = {}, {}, {}, None
        if self.compact:
            self._idfs.clear()  # a cache of this batch's weights (the next `count` empties it)
        return out

    def _pack_before(self, day: date) -> None:
        """Pack the stories no article of `day` or later can join (it would lie past their
        window; an undated article unpacks what it looks at)."""
        done = [sid for sid in self._open if (last := self.stories[sid].last) is not None
                and last + timedelta(days=self.window) < day]
        for sid in done:
            self.stories[sid].pack()
            del self._open[sid]

    def assign(self, it: Item) -> str:
        if it.key in self.story_of:
            return self.story_of[it.key]
        vec = self.vectors(it)
        daily = it.title_form in self._daily
        best: Story | None = None
        copy_of = self.stories.get(self.group_story.get(it.group or "", ""))
        if copy_of is not None and copy_of.near(it.day, self.window, self.span) and copy_of.fits(it, daily):
            best = copy_of  # a near-duplicate of a member, within the window
        elif len(vec.text) >= self.min_terms:
            best_score = self.threshold
            for sid in self._candidates(vec):
                st = self.stories[sid]
                if not st.near(it.day, self.window, self.span) or not st.fits(it, daily):
                    continue
                st.unpack()
                score = self.score(vec, st)
                if score >= best_score and self.same_happening(vec, st):
                    best, best_score = st, score
        if best is None:
            best = Story(content_id(it.key, prefix="s"), {}, {}, Counter(), 0, None, None)
            self.stories[best.id] = best
        best.unpack()
        self._join(best, it, vec)
        best.daily = best.daily or daily
        if it.part is not None:
            best.parts.add(it.part)
        return best.id

    def _candidates(self, vec: Vectors) -> list[str]:
        hits: Counter[str] = Counter()
        for k in _strongest(vec, PROBE):
            hits.update(self.postings.get(k, {}).keys())
        # `most_common(MAX_CANDIDATES)`: the most hits first, ties in the order first hit
        # (its `heapq.nlargest` is this stable sort's first ones), without a Python step per story
        return [sid for sid, _ in sorted(hits.items(), key=itemgetter(1), reverse=True)[:MAX_CANDIDATES]]

    def _join(self, st: Story, it: Item, vec: Vectors) -> None:
        st.text = _mean(st.text, st.size, vec.text, TOP)
        st.entities = _mean(st.entities, st.size, vec.entities, TOP)
        st.events.update(vec.events)
        st.lead = _mean(st.lead, st.size, vec.lead, TOP)
        st.mentions.update(self._central(it))
        st.dated = st.dated or it.dated
        st.size += 1
        st.members.append(it.key)
        if it.day is not None:
            st.first = min(st.first or it.day, it.day)
            st.last = max(st.last or it.day, it.day)
        self.index(st)
        self.story_of[it.key] = st.id
        if self.compact:
            self._open[st.id] = None
        if it.group:
            self.group_story.setdefault(it.group, st.id)

    def index(self, st: Story) -> None:
        """Make `st` a candidate for articles that share its strongest features."""
        for k in _strongest(Vectors(st.text, st.entities, list(st.events)), INDEXED):
            posting = self.postings.setdefault(k, {})
            posting.pop(st.id, None)
            posting[st.id] = None
            if len(posting) > POSTING_CAP:
                del posting[next(iter(posting))]


def _strongest(v: Vectors, n: int) -> list[str]:
    """The features candidates are looked up by: top words, top entities, events (the largest
    weights, ties by the larger feature: each (weight, feature) is unique, so any exact
    top-n of them is the same)."""
    text = [k for _, k in sorted(zip(v.text.values(), v.text, strict=True), reverse=True)[:n]]
    ents = [e for _, e in sorted(zip(v.entities.values(), v.entities, strict=True), reverse=True)[: n // 2]]
    return text + ["@" + e for e in ents] + ["!" + e for e in v.events]
