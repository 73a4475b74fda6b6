"""Reading a run back: the application behind the read commands (`marsad entity`,
`events`, `quotes`, `timeline`, `stories`, `story`). The queries are `store/`'s; this
module adds what the domains know about what was read (name lookup, story summaries, the
timeline's entries and page), so the CLI parses and prints and imports no domain."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from marsad.resolve.lookup import NameIndex
from marsad.store.events_read import TimelineRecords
from marsad.store.read import entity_lookup_rows
from marsad.stories import publish
from marsad.stories import timeline as _timeline
from marsad.stories.summary import StorySummary, nearest_ids

TimelineEntry = _timeline.Entry
TimelineSeries = _timeline.Series

__all__ = ["NameLookup", "StorySummary", "TimelineEntry", "TimelineSeries", "entity_ids", "nearest_ids",
           "timeline_entries", "timeline_page", "timeline_series"]


@dataclass(frozen=True)
class NameLookup:
    """The entities a name names (best first), and the nearest names when it names none."""

    ids: list[str]
    suggestions: list[tuple[str, str]]  # (id, name)


def entity_ids(con: sqlite3.Connection, name: str) -> NameLookup:
    """Any spelling, either script, an id or a QID: the one name lookup of every command."""
    index = NameIndex.from_rows(entity_lookup_rows(con))
    ids = index.find(name)
    return NameLookup(ids, [] if ids else index.suggest(name))


def timeline_entries(recs: TimelineRecords, wanted: set[str] | None, first: date | None,
                     last: date | None) -> list[TimelineEntry]:
    return _timeline.build(recs.events, recs.articles, recs.entities, wanted, first, last)


def timeline_series(entries: list[TimelineEntry]) -> list[TimelineSeries]:
    return _timeline.series(entries)


def timeline_page(recs: TimelineRecords) -> str:
    return publish.page(recs.events, recs.articles, recs.entities, recs.n_stories)
