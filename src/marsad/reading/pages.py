"""What the pages of `marsad serve` need the domains for: which segment roles are junk, which
catalogue entities are states, the name lookup and the timeline's records kept between
requests (built once per state of the database file: a server answers many requests over one
database, and both read every entity or every event), the events a listing shows (the
timeline's entries filtered by type and status) and the interaction network (who met,
called or visited whom)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from marsad.clean.segment import JUNK_ROLES
from marsad.lang import kb_documents as _kb_documents
from marsad.reading import StorySummary, TimelineEntry, names, timeline_entries
from marsad.reading.stories import story_summary
from marsad.resolve.catalogue import entries
from marsad.store.events_read import TimelineRecords, timeline_records
from marsad.store.network import actor_network
from marsad.store.read import open_readonly
from marsad.store.web_stories import story_page_ids

__all__ = ["INTERACTION_TYPES", "JUNK_ROLES", "Network", "event_entries", "network",
           "state_ids", "story_page"]

INTERACTION_TYPES = ("MEET", "CALL", "VISIT")
"""The event types of the network: meetings, calls and visits."""
NODE_TYPES = frozenset({"PER", "ORG"})
"""Participants that are nodes; a LOC is one only when it is a state (`state_ids`)."""


@cache
def state_ids() -> frozenset[str]:
    """The ids of the sovereign states of the shipped catalogue (lang/kb/countries.yaml)."""
    return frozenset(e.id for name, data in _kb_documents() if name == "countries.yaml"
                     for e in entries(data, name))


Stamp = tuple[str, names.Stamp]
_stamp = names.database_state  # the database file and its state: what the caches below are kept by


@lru_cache(maxsize=2)
def _records(stamp: Stamp) -> TimelineRecords:
    con = open_readonly(Path(stamp[0]))
    try:
        return timeline_records(con)
    finally:
        con.close()


@lru_cache(maxsize=2)
def _story_order(stamp: Stamp) -> tuple[str, ...]:
    con = open_readonly(Path(stamp[0]))
    try:
        return tuple(story_page_ids(con, -1, 0)[0])
    finally:
        con.close()


@lru_cache(maxsize=512)
def _story(stamp: Stamp, sid: str) -> StorySummary | None:
    con = open_readonly(Path(stamp[0]))
    try:
        return story_summary(con, sid)
    finally:
        con.close()


def story_page(con: sqlite3.Connection, limit: int, offset: int) -> tuple[list[StorySummary], int]:
    """One page of the story listing (`store.web_stories`' order, `marsad stories`'s) summarised,
    and how many stories there are; the order and the summaries kept while the database is
    unchanged (a summary reads the opening of every member)."""
    stamp = _stamp(con)
    if stamp is None:
        ids, total = story_page_ids(con, limit, offset)
        return [s for s in (story_summary(con, i) for i in ids) if s is not None], total
    order = _story_order(stamp)
    shown = [_story(stamp, sid) for sid in order[offset:offset + limit]]
    return [s for s in shown if s is not None], len(order)


def records(con: sqlite3.Connection) -> TimelineRecords:
    """The timeline's records (`timeline_records`), kept while the database is unchanged; read
    only, never changed."""
    stamp = _stamp(con)
    return _records(stamp) if stamp else timeline_records(con)


def event_entries(con: sqlite3.Connection, wanted: set[str] | None, type_: str | None, status: str | None,
                  first: date | None, last: date | None) -> list[TimelineEntry]:
    """The merged events in timeline order (`timeline_entries`: naming one of `wanted`, in the
    date range), of this type and status."""
    entries_ = timeline_entries(records(con), wanted, first, last)
    return [e for e in entries_ if (not type_ or e.event.get("type") == type_)
            and (not status or e.event.get("status") == status)]


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    type: str
    weight: int  # interactions it takes part in


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    weight: int  # interactions between the two
    types: dict[str, int]  # by event type
    events: list[str]  # event ids (the first ten)


@dataclass(frozen=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]


def network(con: sqlite3.Connection, first: date | None = None, last: date | None = None,
            type_: str | None = None, wanted: Collection[str] | None = None, most: int = 60) -> Network:
    """Who met, called or visited whom: the ties of `store.network.actor_network` (the graph
    `marsad export --format graphml` writes: an edge per two participants of an event, weighted
    by the events; a visit by one party joins it to the place visited) between people,
    organisations and states, of `type_` (default `INTERACTION_TYPES`), in the date range,
    touching one of `wanted` when given. At most `most` nodes, those in the most events."""
    states = state_ids()
    full = actor_network(con, first.isoformat() if first else None, last.isoformat() if last else None,
                         [type_] if type_ else INTERACTION_TYPES, wanted)
    actors = {a.id: a for a in full.actors if a.type in NODE_TYPES or a.id in states}
    ties = [t for t in full.ties if t.source in actors and t.target in actors]
    events: dict[str, set[str]] = {}
    for t in ties:
        for end in (t.source, t.target):
            events.setdefault(end, set()).update(t.events)
    keep = sorted(events, key=lambda a: (-len(events[a]), a))[:most]
    nodes = [Node(a, actors[a].name, actors[a].type, len(events[a])) for a in keep]
    kept = set(keep)
    return Network(nodes, [Edge(t.source, t.target, t.weight, dict(t.types), t.events[:10]) for t in ties
                           if t.source in kept and t.target in kept])
