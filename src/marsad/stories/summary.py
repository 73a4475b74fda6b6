"""What a story is about, for a reader: its headline, span, outlets, entities and events.

One typed record, `StorySummary`, is made here from `Member` records (what a summary needs
of one article) whichever way they were read: from a run's articles in memory (`member_of`,
for `stories.jsonl`) or from `marsad.db` (`store/stories_read.py`, for `marsad stories`).

The headline is the title of the story's most central member: the member whose content
terms (`text.content_terms` of its title and opening, `LEAD_CHARS`) are closest to those of
the other members taken together, by the cosine between its set of terms and the summed
term sets of the others. Ties (a story of one or two articles, or members alike) go to the
earliest published, then the smallest id; a member without a title is never chosen while
one has a title. The opening alone is compared: it says what a news article is about, and
it keeps the cost of a headline bounded whatever the length of the articles.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.model import Article
from marsad.stories.items import day_of
from marsad.stories.text import content_terms, words

LEAD_CHARS = 2000
"""How much of an article's own text (after its title) the headline choice compares."""
MAIN_ENTITIES = 8
"""How many entities a summary lists: those mentioned in the most member articles."""


@dataclass(frozen=True)
class Member:
    """What a story summary needs of one member article."""

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    entities: Mapping[str, int] = field(default_factory=dict)
    """Entity id -> the mentions of it in this article."""
    events: tuple[str, ...] = ()
    """The merged events this article is evidence of."""

    @property
    def date(self) -> str | None:
        """The publication day, YYYY-MM-DD (None when undated or only partly dated)."""
        day = day_of(self.published)
        return day.isoformat() if day else None

    def order(self) -> tuple[bool, str, str]:
        """Publication order: dated first, by date and time, then by id."""
        return (self.date is None, (self.published or "") if self.date else "", self.id)

    def brief(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.date, "source": self.source, "title": self.title,
                "url": self.url}


@dataclass(frozen=True)
class Named:
    id: str
    name: str


@dataclass(frozen=True)
class EntityCount:
    """An entity of a story and the number of member articles that mention it."""

    id: str
    name: str
    articles: int


@dataclass(frozen=True)
class EventRef:
    """A merged event with evidence in a story's articles."""

    id: str
    type: str
    date: str | None = None
    participants: tuple[Named, ...] = ()


@dataclass(frozen=True)
class StorySummary:
    """One story as a reader sees it (`record()` is its line in `stories.jsonl`)."""

    id: str
    headline: str | None
    first: str | None
    last: str | None
    outlets: tuple[str, ...]
    members: tuple[Member, ...]
    """In publication order, undated last."""
    entities: tuple[EntityCount, ...]
    events: tuple[EventRef, ...]

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def articles(self) -> list[str]:
        return [m.id for m in self.members]

    def event_types(self) -> list[tuple[str, int]]:
        """(type, number of events), most frequent first."""
        return Counter(e.type for e in self.events).most_common()

    def record(self, with_members: bool = False) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id, "headline": self.headline, "first": self.first, "last": self.last,
            "outlets": list(self.outlets), "size": self.size, "articles": self.articles,
            "entities": [{"id": e.id, "name": e.name, "articles": e.articles} for e in self.entities],
            "events": [{"id": e.id, "type": e.type, "date": e.date,
                        "participants": [{"id": p.id, "name": p.name} for p in e.participants]}
                       for e in self.events],
        }
        if with_members:
            rec["members"] = [m.brief() for m in self.members]
        return rec


def lead_text(title: str | None, own: str) -> str:
    """What the headline choice compares of an article: its title and the opening of its
    own text (`own`: its body, or its whole text when no body was found)."""
    return (title or "") + "\n" + own[:LEAD_CHARS]


def terms_of(text: str) -> frozenset[str]:
    return frozenset(content_terms(words(text)))


PackedTerms = tuple[bytes, bytes]
"""An article's lead terms as they travel from a worker (`packed_lead_terms`): the digest of
the lead text they were made from, and the terms, newline-joined and compressed (a few
hundred bytes an article where the set itself takes kilobytes)."""


def lead_digest(title: str | None, own: str) -> bytes:
    """The digest of what `lead_text` compares of an article (`own` as `lead_text` takes it)."""
    return hashlib.blake2b(lead_text(title, own).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def packed_lead_terms(art: Article, lead: list[str] | None = None) -> PackedTerms:
    """`article_terms` of an article made where its per-article stages ran, with the digest
    of the text they come from: the exports use them only where the stored title and opening
    give the same digest (`unpacked_terms`), so they never differ from terms made at writing.
    `lead`: the words of its `lead_text` (`text.words`), when the caller has them."""
    terms = article_terms(art) if lead is None else frozenset(content_terms(lead))
    joined = "\n".join(sorted(terms))
    whole = all(t and "\n" not in t for t in terms)  # else the join would not split back: never used
    return (lead_digest(art.title, art.body or art.text) if whole else b"",
            zlib.compress(joined.encode("utf-8", "surrogatepass"), 1))


def unpacked_terms(packed: PackedTerms, title: str | None, own: str) -> frozenset[str] | None:
    """The terms of `packed` when they were made from this title and opening; else None."""
    if packed[0] != lead_digest(title, own):
        return None
    joined = zlib.decompress(packed[1]).decode("utf-8", "surrogatepass")
    # interned: one string a term across articles, as the tokenizer's caches give (3,000
    # articles' sets took 11 MB more with a string of their own each)
    return frozenset(map(sys.intern, joined.split("\n"))) if joined else frozenset()


def member_of(art: Article) -> Member:
    """The member record of an article of this run (events: the merged ones it is evidence of)."""
    ents: Counter[str] = Counter(m.attrs.entity for m in art.layer("mentions") if m.attrs.entity)
    evs = tuple(sorted({str(s.attrs.id) for s in art.layer("events") if s.attrs.id}))
    return Member(art.id, art.title, art.source, art.url, art.published.date, dict(ents), evs)


def article_terms(art: Article) -> frozenset[str]:
    return terms_of(lead_text(art.title, art.body or art.text))


def _centrality(mine: frozenset[str], df: Mapping[str, int], norm2: int) -> float:
    """Cosine between the set `mine` and the summed term sets of the other members (`df`,
    the number of members holding each term, less this member's own)."""
    if not mine:
        return 0.0
    dot = sum(df[t] - 1 for t in mine)
    others2 = norm2 - 2 * sum(df[t] for t in mine) + len(mine)
    return dot / math.sqrt(len(mine) * others2) if dot and others2 > 0 else 0.0


def central(members: Sequence[Member], terms: Mapping[str, frozenset[str]]) -> Member | None:
    """The member closest to the rest of the story (see the module docstring)."""
    df: Counter[str] = Counter(t for m in members for t in terms.get(m.id, frozenset()))
    norm2 = sum(n * n for n in df.values())

    def key(m: Member) -> tuple[bool, float, tuple[bool, str, str]]:
        score = _centrality(terms.get(m.id, frozenset()), df, norm2)
        return (not m.title, -round(score, 9), m.order())

    return min(members, key=key, default=None)


def summarize(sid: str, members: Iterable[Member], terms: Mapping[str, frozenset[str]],
              names: Mapping[str, str], events: Mapping[str, EventRef]) -> StorySummary:
    """The summary of story `sid`. `terms`: content terms by article id (`terms_of`);
    `names`: entity names by id; `events`: the merged events the members may cite."""
    ordered = tuple(sorted(members, key=Member.order))
    dates = [d for d in (m.date for m in ordered) if d]
    outlets = Counter(m.source for m in ordered if m.source)
    in_articles: Counter[str] = Counter(e for m in ordered for e in m.entities)
    mentions: Counter[str] = Counter()
    for m in ordered:
        mentions.update(m.entities)
    top = sorted(in_articles, key=lambda e: (-in_articles[e], -mentions[e], names.get(e, e), e))
    evs = sorted({events[e] for m in ordered for e in m.events if e in events},
                 key=lambda e: (e.date is None, e.date or "", e.type, e.id))
    head = central(ordered, terms)
    return StorySummary(
        id=sid, headline=head.title if head else None,
        first=min(dates, default=None), last=max(dates, default=None),
        outlets=tuple(sorted(outlets, key=lambda s: (-outlets[s], s))), members=ordered,
        entities=tuple(EntityCount(e, names.get(e, e), in_articles[e]) for e in top[:MAIN_ENTITIES]),
        events=tuple(evs))


def event_ref(eid: str, type_: str, day: str | None, participants: Iterable[str],
              names: Mapping[str, str]) -> EventRef:
    return EventRef(eid, type_, day, tuple(Named(p, names.get(p, p)) for p in participants))


# Choosing and ordering stories for a listing, from their members alone (no text needed).

def span(members: Sequence[Member]) -> tuple[str | None, str | None]:
    dates = [d for d in (m.date for m in members) if d]
    return min(dates, default=None), max(dates, default=None)


def overlaps(members: Sequence[Member], start: date | None, end: date | None) -> bool:
    """Whether the story's date span meets [start, end] (an undated story meets no bound)."""
    if start is None and end is None:
        return True
    first, last = span(members)
    if first is None or last is None:
        return False
    before = start is not None and last < start.isoformat()
    after = end is not None and first > end.isoformat()
    return not (before or after)


def listing_order(stories: Mapping[str, Sequence[Member]]) -> list[str]:
    """Story ids, largest first, then the newest (by last date; undated last), then by id."""
    ids = sorted(stories)
    ids.sort(key=lambda sid: span(stories[sid])[1] or "", reverse=True)  # stable: ties keep id order
    ids.sort(key=lambda sid: len(stories[sid]), reverse=True)
    return ids


def choose(stories: Mapping[str, Sequence[Member]], entity_ids: set[str] | None = None,
           start: date | None = None, end: date | None = None, limit: int = 0) -> list[str]:
    """The ids of the stories a listing shows, in its order: those with a member naming one
    of `entity_ids` (when given) whose span meets [start, end]; at most `limit` (0: all)."""
    kept = {sid: ms for sid, ms in stories.items()
            if (entity_ids is None or any(not entity_ids.isdisjoint(m.entities) for m in ms))
            and overlaps(ms, start, end)}
    ids = listing_order(kept)
    return ids[:limit] if limit else ids


def nearest_ids(query: str, ids: Iterable[str], k: int = 3) -> list[str]:
    """The story ids nearest a mistyped id: those it begins, else the closest spellings."""
    ids = list(ids)
    q = query.strip()
    prefixed = sorted(i for i in ids if q and (i.startswith(q) or q.startswith(i)))
    return prefixed[:k] or difflib.get_close_matches(q, ids, n=k, cutoff=0.6)
