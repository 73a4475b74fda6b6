"""What corpus-level steps share: the articles of a run and what is found across them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.model.article import Article


@dataclass
class Corpus:
    """What corpus-level steps share: the articles and what is found across them."""

    articles: list[Article]
    entities: dict[str, Any] = field(default_factory=dict)
    events: dict[str, Any] = field(default_factory=dict)
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
