"""Cross-document event merge: one corpus-level event per real-world event.

Event mentions of one type merge when their participants agree (the same set, or one
holding the other with two shared or more), their rounds and series do not differ,
and their dates are compatible: intervals at most `tolerance` days apart ("begins a
visit on Sunday" / "met on Monday"). A mention with no date is placed by its article's
publication date (within `window` days), or, with no date at all, joins a mention of
its own story. Conflicting details are kept (`places`, `dates`); the merged `date` is
the most reported day, which an undated mention thus takes from a dated one. Mentions of one
article on one trigger with different places are different events (a tour's stops: «زار تونس
والجزائر» is a visit to each), never merged.

Mentions merge only within a block: one type and one participant component (mentions that
share no participant, directly or through others, never merge), so the blocks are merged
apart (by an engine's `group` when one is given) and give what one pass over all gives.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from marsad.model import Article, EventAttrs, MergedEvent, Span
from marsad.model.article import content_id
from marsad.model.dates import Interval, day_of, interval
from marsad.model.grouping import Grouping, group_in_process
from marsad.stories.items import published_day


def gap(a: Interval, b: Interval) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


@dataclass
class Mention:
    art: Article
    span: Span[EventAttrs]

    @property
    def participants(self) -> frozenset[str]:
        return frozenset(p for p in self.span.attrs.participants if p)

    @property
    def when(self) -> Interval | None:
        return interval(self.span.attrs.date)


@dataclass
class Cluster:
    type: str
    participants: set[str]
    mentions: list[Mention] = field(default_factory=list)
    days: Interval | None = None  # what the dated mentions say
    anchors: Interval | None = None  # publication days of its articles
    rounds: set[int] = field(default_factory=set)
    series: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    # (article, trigger offset) -> the place its mention gives: one trigger, one place per event
    trigger_places: dict[tuple[str, int], str | None] = field(default_factory=dict)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.span.attrs.trigger_start is not None:
            self.trigger_places.setdefault((m.art.id, m.span.attrs.trigger_start), m.span.attrs.place)
        self.participants |= m.participants
        self.days = _widen(self.days, m.when)
        pub = published_day(m.art)
        self.anchors = _widen(self.anchors, (pub, pub) if pub else None)
        if m.span.attrs.round is not None:
            self.rounds.add(int(m.span.attrs.round))
        if m.span.attrs.series:
            self.series.add(str(m.span.attrs.series))
        if m.art.story:
            self.stories.add(m.art.story)


def _another_stop(m: Mention, c: Cluster) -> bool:
    """`c` holds a mention of `m`'s article on `m`'s trigger with another known place: another
    stop of one tour, not the same event."""
    at = m.span.attrs.trigger_start
    if at is None or (m.art.id, at) not in c.trigger_places:
        return False
    place, other = m.span.attrs.place, c.trigger_places[(m.art.id, at)]
    return place is not None and other is not None and place != other


def _widen(a: Interval | None, b: Interval | None) -> Interval | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


@dataclass
class EventMerger:
    tolerance: int = 2  # days between two dated mentions of one event
    window: int = 7  # days between an undated mention's article and the event

    def participants_agree(self, m: Mention, c: Cluster) -> bool:
        """The same set; or one holds the other and they share two participants, or
        they report the same round of a series."""
        a, b = m.participants, c.participants
        if not a or not b:
            return False
        if a == b:
            return True
        if not (a <= b or b <= a):
            return False
        rnd = m.span.attrs.round
        return len(a & b) >= 2 or (rnd is not None and int(rnd) in c.rounds)

    def fits(self, m: Mention, c: Cluster) -> bool:
        rnd, ser = m.span.attrs.round, m.span.attrs.series
        if _another_stop(m, c):
            return False
        if rnd is not None and c.rounds and int(rnd) not in c.rounds:
            return False
        if ser and c.series and ser not in c.series:
            return False
        when = m.when
        if when and c.days:
            return gap(when, c.days) <= self.tolerance
        pub = published_day(m.art)
        known = c.days or c.anchors
        if pub and known:
            return gap((pub, pub), known) <= self.window
        if when and c.anchors:
            return gap(when, c.anchors) <= self.window
        return bool(m.art.story and m.art.story in c.stories)

    def merge(self, articles: list[Article]) -> list[Cluster]:
        return self.merge_mentions(event_mentions(articles))

    def merge_mentions(self, mentions: list[Mention]) -> list[Cluster]:
        """The clusters of mentions taken in order, each joining the first cluster it agrees
        and fits with (one of its own story first), else starting one."""
        clusters: list[Cluster] = []
        by_type: dict[str, list[Cluster]] = {}
        for m in mentions:
            best: Cluster | None = None
            for c in by_type.get(m.span.label, []):
                if self.participants_agree(m, c) and self.fits(m, c):
                    same_story = bool(m.art.story and m.art.story in c.stories)
                    if best is None or same_story:
                        best = c
                        if same_story:
                            break
            if best is None:
                best = Cluster(m.span.label, set())
                clusters.append(best)
                by_type.setdefault(m.span.label, []).append(best)
            best.add(m)
        return clusters


def event_mentions(articles: list[Article]) -> list[Mention]:
    """Every event mention, dated ones first in date order, then by article and offset."""
    mentions = [Mention(a, s) for a in articles for s in a.layer("events")]
    mentions.sort(key=lambda m: (m.when is None, m.when or (date.min, date.min), m.art.id, m.span.start))
    return mentions


def blocks(mentions: list[Mention]) -> list[tuple[str, int]]:
    """Each mention's block: (its type, the first mention of its participant component)."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    holder: dict[tuple[str, str], int] = {}  # (type, participant) -> a mention naming it
    for n, m in enumerate(mentions):
        for p in sorted(m.participants):
            first = holder.setdefault((m.span.label, p), n)
            a, b = find(first), find(n)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return [(m.span.label, find(n)) for n, m in enumerate(mentions)]


Numbered = tuple[tuple[str, int], int, Mention]  # a mention's block, its number, the mention


def _in_block(item: Numbered) -> list[tuple[tuple[str, int], tuple[int, Mention]]]:
    block, n, m = item
    return [(block, (n, m))]


def _merge_block(merger: EventMerger, block: tuple[str, int], members: list[tuple[int, Mention]]
                 ) -> list[list[int]]:
    """The clusters of one block, as the numbers of their mentions."""
    number = {id(m): n for n, m in members}
    return [[number[id(m)] for m in c.mentions] for c in merger.merge_mentions([m for _, m in members])]


def _shipped(m: Mention) -> Mention:
    """The mention with only what merging reads of its article (id, publication, story)."""
    return Mention(Article(m.art.path, "", id=m.art.id, published=m.art.published, story=m.art.story), m.span)


def merge_clusters(articles: list[Article], merger: EventMerger | None = None,
                   group: Grouping | None = None) -> list[Cluster]:
    """`EventMerger.merge`, block by block (`group`: where the blocks are merged; default:
    in this process); the clusters hold these articles' mentions, in the order one pass
    makes them."""
    merger = merger or EventMerger()
    mentions = event_mentions(articles)
    items = [(block, n, _shipped(m))
             for n, (block, m) in enumerate(zip(blocks(mentions), mentions, strict=True))]
    made: list[tuple[int, Cluster]] = []
    for _, found in (group or group_in_process)(items, _in_block, partial(_merge_block, merger)):
        for numbers in found:
            c = Cluster(mentions[numbers[0]].span.label, set())
            for n in numbers:
                c.add(mentions[n])
            made.append((numbers[0], c))
    made.sort(key=lambda x: x[0])  # a cluster is made at its first mention
    return [c for _, c in made]


def _most(values: list[Any]) -> Any:
    known = [v for v in values if v is not None]
    if not known:
        return None
    counts = Counter(known)
    return sorted(counts, key=lambda v: (-counts[v], str(v)))[0]


def corpus_event(c: Cluster) -> MergedEvent:
    """The merged record; sets attrs.id on every mention it holds."""
    first = min(c.mentions, key=lambda m: (m.art.id, m.span.start))
    eid = content_id(c.type, *sorted(c.participants), first.art.id, str(first.span.start), prefix="e")
    attrs = [m.span.attrs for m in c.mentions]
    dates = [a.date for a in attrs]
    exact = [d for d in dates if day_of(d)]
    date_value = _most(exact) or _most(dates)
    places = [a.place for a in attrs]
    roles: dict[str, str] = {}
    for a in attrs:
        roles.update(a.roles)
    for m in c.mentions:
        m.span.attrs.id = eid
        if m.span.attrs.date is None and date_value is not None:
            m.span.attrs.inferred_date = date_value
    return MergedEvent(
        id=eid, type=c.type,
        participants=sorted(c.participants, key=lambda p: (-sum(p in a.participants
                                                                 for a in attrs), p)),
        place=_most(places), date=date_value,
        round=_most([a.round for a in attrs]), series=_most([a.series for a in attrs]),
        series_label=_most([a.series_label for a in attrs]),
        status=_most([a.status for a in attrs]),
        articles=sorted({m.art.id for m in c.mentions}),
        places=sorted({p for p in places if p}), dates=sorted({d for d in dates if d}),
        stories=sorted(c.stories), mentions=len(c.mentions), roles=roles,
    )


def merge_events(articles: list[Article], merger: EventMerger | None = None,
                 group: Grouping | None = None) -> dict[str, MergedEvent]:
    """Corpus events by id, in date order (`group`: see `merge_clusters`)."""
    out = [corpus_event(c) for c in merge_clusters(articles, merger, group)]
    return {e.id: e for e in out}
