"""One day's articles into stories, best link first: the stories do not depend on the order
(or the ids) of the day's articles.

The candidate links are article -> story (a story of earlier days or one formed today) and
article <-> article (two articles of the day that may start a story together), each scored
and gated as `StoryClusterer.assign` scores and gates an article against a story. The
highest-scoring link is taken first; a link to a story that has changed since it was
scored is scored again against the story as it is now (the story as a whole, not the member
it was found by) and put back. A near-duplicate of a member joins first. Ties go by the
articles' content, never by their ids. What is left starts stories of its own.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from dataclasses import dataclass, field

from marsad.model.article import content_id
from marsad.stories.cluster import (
    INDEXED,
    MAX_CANDIDATES,
    PROBE,
    Item,
    Story,
    StoryClusterer,
    Vectors,
    strongest,
)

FIRST = float("inf")  # the score of a near-duplicate's link: taken before any other


def content_key(it: Item) -> str:
    """What ties are broken by: the article's content, not its id."""
    text = repr((sorted(it.terms.items()), sorted(it.entities.items()), sorted(it.events),
                 it.title_form, sorted(it.lead.items()), it.day))
    return hashlib.sha1(text.encode()).hexdigest()


Link = tuple[float, str, str, int, str, str, int]  # -score, ties by content, key, target, version


@dataclass
class Day:
    """The state of one day's best-first assignment."""

    sc: StoryClusterer
    items: dict[str, Item]
    vecs: dict[str, Vectors] = field(default_factory=dict)
    daily: dict[str, bool] = field(default_factory=dict)
    sig: dict[str, str] = field(default_factory=dict)
    pending: dict[str, None] = field(default_factory=dict)  # in content order
    index: dict[str, list[str]] = field(default_factory=dict)  # feature -> pending articles
    version: Counter[str] = field(default_factory=Counter)  # story -> times changed today
    copies: dict[str, list[str]] = field(default_factory=dict)  # near-duplicate group -> articles
    heap: list[Link] = field(default_factory=list)  # links to stories
    pairs: list[Link] = field(default_factory=list)  # links between two articles (and deferred ones)
    pushed: int = 0
    solos: dict[str, Story] = field(default_factory=dict)  # article -> a story of it alone

    def push(self, score: float, key: str, target: str, tsig: str) -> None:
        """A link from `key` to story `target` or (`~KEY`) to another article."""
        self.pushed += 1
        link = (-score, self.sig[key], tsig, self.pushed, key, target, self.version[target])
        heapq.heappush(self.pairs if target.startswith("~") else self.heap, link)

    def story_score(self, key: str, st: Story) -> float | None:
        """The article's score with `st` when it may join it (as `StoryClusterer.assign`)."""
        it, vec, sc = self.items[key], self.vecs[key], self.sc
        if not st.near(it.day, sc.window, sc.span) or not st.fits(it, self.daily[key]):
            return None
        if len(vec.text) < sc.min_terms:
            return None
        st.unpack()
        score = sc.score(vec, st)
        if score < sc.threshold or not sc.same_happening(vec, st):
            return None
        return score

    def pair_score(self, a: str, b: str) -> float | None:
        """The score of two articles starting a story: each may join the other's story
        (its days, series part, daily genre), and each passes the gates of the other's."""
        sa, sb = self.solo(a), self.solo(b)
        ab, ba = self.story_score(a, sb), self.story_score(b, sa)
        if not self.may_join(a, sb) or not self.may_join(b, sa):
            return None
        return None if ab is None or ba is None else max(ab, ba)

    def may_join(self, key: str, st: Story) -> bool:
        it, sc = self.items[key], self.sc
        return st.near(it.day, sc.window, sc.span) and st.fits(it, self.daily[key]) \
            and len(self.vecs[key].text) >= sc.min_terms

    def solo(self, key: str) -> Story:
        """A story of this article alone (not registered; made once, read only)."""
        if key in self.solos:
            return self.solos[key]
        it = self.items[key]
        st = Story("", {}, {}, Counter(), 0, None, None)
        self.sc.grow(st, it, self.vecs[key])
        st.daily = self.daily[key]
        if it.part is not None:
            st.parts.add(it.part)
        self.solos[key] = st
        return st

    def nearby(self, features: list[str], but: str = "") -> list[str]:
        """The pending articles that share most of `features` (ties: by content)."""
        hits: Counter[str] = Counter()
        for f in features:
            hits.update(k for k in self.index.get(f, ()) if k in self.pending and k != but)
        return sorted(hits, key=lambda k: (-hits[k], self.sig[k]))[:MAX_CANDIDATES]

    def offer(self, st: Story) -> None:
        """Links from the pending articles that may now join `st` (just formed or grown)."""
        for key in self.nearby(strongest(Vectors(st.text, st.entities, list(st.events)), INDEXED)):
            score = self.story_score(key, st)
            if score is not None:
                self.push(score, key, st.id, self.first_sig(st))

    def offer_copies(self, st: Story, group: str) -> None:
        """Links (taken first) from the pending copies of a member just joined."""
        for key in self.copies.get(group, ()):
            it = self.items[key]
            if key in self.pending and st.near(it.day, self.sc.window, self.sc.span) \
                    and st.fits(it, self.daily[key]):
                self.push(FIRST, key, st.id, "")

    def pair_link(self, key: str, other: str, out: dict[str, str]) -> None:
        """Two articles start a story; one that has joined a story: a link to it."""
        sc = self.sc
        if key in self.pending and other in self.pending:
            first, second = sorted((key, other), key=lambda k: self.sig[k])
            join(sc, self, start(sc, self, first, out, name=min(key, other)), second, out)
        elif key in self.pending or other in self.pending:
            waiting, placed = (key, other) if key in self.pending else (other, key)
            joined = sc.stories[sc.story_of[placed]]
            score = self.story_score(waiting, joined)
            if score is not None:
                self.push(score, waiting, joined.id, self.first_sig(joined))

    def first_sig(self, st: Story) -> str:
        return min((self.sig[k] for k in st.members if k in self.sig), default=st.id)


def assign_day(sc: StoryClusterer, items: list[Item]) -> dict[str, str]:
    """Assign one day's (or the undated) articles, not yet assigned, best link first."""
    day = Day(sc, {it.key: it for it in items})
    for it in items:
        day.vecs[it.key] = sc.vectors(it)
        day.daily[it.key] = sc.is_daily(it)
        day.sig[it.key] = content_key(it)
    for key in sorted(day.items, key=lambda k: day.sig[k]):
        day.pending[key] = None
        if day.items[key].group:
            day.copies.setdefault(day.items[key].group or "", []).append(key)
        for f in strongest(day.vecs[key], PROBE):
            day.index.setdefault(f, []).append(key)
    for key in day.pending:  # links to a copy's story, to earlier stories, to other articles
        it, vec = day.items[key], day.vecs[key]
        copy_of = sc.stories.get(sc.group_story.get(it.group or "", ""))
        if copy_of is not None and copy_of.near(it.day, sc.window, sc.span) \
                and copy_of.fits(it, day.daily[key]):
            day.push(FIRST, key, copy_of.id, "")
        if len(vec.text) < sc.min_terms:
            continue
        for sid in sc.candidates(vec):
            score = day.story_score(key, sc.stories[sid])
            if score is not None:
                day.push(score, key, sid, day.first_sig(sc.stories[sid]))
        for other in day.nearby(strongest(vec, PROBE), but=key):
            score = day.pair_score(key, other)
            if score is not None:
                day.push(score, key, "~" + other, day.sig[other])
    out: dict[str, str] = {}
    while day.heap or day.pairs:  # a story grows while it can before two articles start one
        neg, _, _, _, key, target, ver = heapq.heappop(day.heap or day.pairs)
        if target.startswith("~"):  # two articles
            day.pair_link(key, target[1:], out)
            continue
        if key not in day.pending:
            continue
        st = sc.stories[target]
        if -neg == FIRST:  # a copy of a member
            it = day.items[key]
            if st.near(it.day, sc.window, sc.span) and st.fits(it, day.daily[key]):
                join(sc, day, st, key, out)
            continue
        if ver != day.version[target]:  # the story has changed: score it again
            score = day.story_score(key, st)
            if score is not None:
                day.push(score, key, target, day.first_sig(st))
            continue
        join(sc, day, st, key, out)
    for key in list(day.pending):  # the rest: a copy's story, or a story of its own
        it = day.items[key]
        copy_of = sc.stories.get(sc.group_story.get(it.group or "", ""))
        if copy_of is not None and copy_of.near(it.day, sc.window, sc.span) \
                and copy_of.fits(it, day.daily[key]):
            join(sc, day, copy_of, key, out)
        else:
            start(sc, day, key, out)
    return {k: sc.story_of[k] for k in day.items}


def start(sc: StoryClusterer, day: Day, key: str, out: dict[str, str], name: str = "") -> Story:
    """A story of the article; it is named after `name` (an article id, as a story of one
    article is named after it: the two ways a story starts name it alike)."""
    st = Story(content_id(name or key, prefix="s"), {}, {}, Counter(), 0, None, None)
    sc.stories[st.id] = st
    join(sc, day, st, key, out)
    return st


def join(sc: StoryClusterer, day: Day, st: Story, key: str, out: dict[str, str]) -> None:
    it = day.items[key]
    sc.join(st, it, day.vecs[key])
    out[key] = st.id
    del day.pending[key]
    day.version[st.id] += 1
    day.offer(st)
    if it.group and sc.group_story[it.group] == st.id:
        day.offer_copies(st, it.group)
