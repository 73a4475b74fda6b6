"""Reading a run back: the application behind the read commands (`marsad entity`,
`events`, `quotes`, `timeline`, `stories`, `story`). The queries are `store/`'s; this
module adds what the domains know about what was read (name lookup, story summaries, the
timeline's entries and page), so the CLI parses and prints and imports no domain."""

from __future__ import annotations

from datetime import date

from marsad.reading.names import NameLookup, entity_ids
from marsad.report import publish
from marsad.report import timeline as _timeline
from marsad.store.events_read import TimelineRecords
from marsad.stories.summary import StorySummary, nearest_ids

TimelineEntry = _timeline.Entry
TimelineSeries = _timeline.Series

__all__ = ["NameLookup", "StorySummary", "TimelineEntry", "TimelineSeries", "entity_ids", "nearest_ids",
           "timeline_entries", "timeline_page", "timeline_series"]


def timeline_entries(recs: TimelineRecords, wanted: set[str] | None, first: date | None,
                     last: date | None) -> list[TimelineEntry]:
    return _timeline.build(recs.events, recs.articles, recs.entities, wanted, first, last)


def timeline_series(entries: list[TimelineEntry]) -> list[TimelineSeries]:
    return _timeline.series(entries)


def timeline_page(recs: TimelineRecords) -> str:
    return publish.page(recs.events, recs.articles, recs.entities, recs.n_stories)
