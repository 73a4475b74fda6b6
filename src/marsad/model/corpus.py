"""What corpus-level steps share: the articles of a run and what is found across them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from marsad.model.article import Article


@dataclass(slots=True)
class Entity:
    """One corpus entity (`resolve_entities`): its id (a catalogue id or a content id), type,
    display name, spellings with their mention counts, how many mentions and articles name
    it, its Wikidata id and whether it comes from the catalogue."""

    id: str
    type: str
    name: str = ""
    variants: dict[str, int] = field(default_factory=dict)
    mentions: int = 0
    articles: int = 0
    qid: str | None = None
    catalogue: bool = False

    def to_json(self) -> dict[str, Any]:
        """The record as the database stores it (`qid` and `catalogue` only when set)."""
        out: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name, "variants": self.variants,
                               "mentions": self.mentions, "articles": self.articles}
        if self.qid:
            out["qid"] = self.qid
        if self.catalogue:
            out["catalogue"] = True
        return out


@dataclass(slots=True)
class MergedEvent:
    """One corpus event (`marsad.stories.merge`): the most reported of its mentions' place,
    date, round, series and status, its participants (the most reported first), and every
    article, place, date and story its mentions give, with their count and roles."""

    id: str
    type: str
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    round: int | None = None
    series: str | None = None
    series_label: str | None = None
    status: str | None = None
    articles: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    mentions: int = 0
    roles: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The record as events.jsonl and the database have it."""
        return {"id": self.id, "type": self.type, "participants": self.participants, "place": self.place,
                "date": self.date, "round": self.round, "series": self.series,
                "series_label": self.series_label, "status": self.status, "articles": self.articles,
                "places": self.places, "dates": self.dates, "stories": self.stories,
                "mentions": self.mentions, "roles": self.roles}


def spelled_name(spellings: Mapping[str, int]) -> str:
    """The name of an entity without a record: its most used spelling."""
    return max(spellings, key=lambda v: (spellings[v], v))


@dataclass
class Corpus:
    """What corpus-level steps share: the articles and what is found across them."""

    articles: list[Article]
    entities: dict[str, Entity] = field(default_factory=dict)
    events: dict[str, MergedEvent] = field(default_factory=dict)
    stories: dict[str, list[str]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    # Articles of earlier runs a corpus step loaded to work across runs (their event spans:
    # `merge_events`); saved again only in what that step changed (their event ids).
    earlier: list[Article] = field(default_factory=list)
    events_complete: bool = False  # `events` holds every event of the database, not this run's only
    # Articles of earlier runs whose mentions were resolved again with this run's and changed
    # entity (`resolve_entities`), their quotes and events renamed or found again to match:
    # saved again in those layers.
    restated: list[Article] = field(default_factory=list)
    entities_complete: bool = False  # `entities` holds every entity of the database, not this run's only
