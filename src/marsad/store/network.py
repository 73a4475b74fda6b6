"""The actor network of a run: who met, called, visited or agreed with whom, read from the
merged events. One edge per pair of actors, weighted by the events that join them, with their
types, first and last dates and event ids (the evidence). A visit with one party joins it to
the place it visited. Used by `marsad export --format graphml` and the network page."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import combinations

INTERACTIONS = ("MEET", "CALL", "VISIT", "AGREE")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    qid: str | None


@dataclass
class Tie:
    """Two actors (ids in sorted order) and the events that join them."""

    source: str
    target: str
    events: list[str] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None

    @property
    def weight(self) -> int:
        return len(self.events)


@dataclass(frozen=True)
class ActorNetwork:
    actors: list[Actor]
    ties: list[Tie]


def _within(day: str | None, start: str | None, end: str | None) -> bool:
    """Whether an event dated `day` (YYYY, YYYY-MM or YYYY-MM-DD) can fall within [start, end]."""
    if start is None and end is None:
        return True
    if not day:
        return False
    first, last = (day + "-01-01")[:10], (day + "-12-31")[:10]
    return (start is None or last >= start) and (end is None or first <= end)


def actor_network(con: sqlite3.Connection, start: str | None = None, end: str | None = None,
                  types: Collection[str] | None = None,
                  entities: Collection[str] | None = None) -> ActorNetwork:
    """The network of the stored events of `types` (default: INTERACTIONS) dated within
    [start, end] (YYYY-MM-DD prefixes; an undated event is left out once a range is given),
    restricted to ties touching one of `entities` when given. Ties heaviest first."""
    wanted = tuple(types) if types else INTERACTIONS
    marks = ",".join("?" * len(wanted))
    ties: dict[tuple[str, str], Tie] = {}
    rows = con.execute(f"SELECT id, type, place, date, attrs FROM events WHERE type IN ({marks})"  # noqa: S608
                       " ORDER BY date IS NULL, date, id", wanted)
    for eid, etype, place, day, attrs in rows:
        if not _within(day, start, end):
            continue
        parties = sorted(set(json.loads(attrs or "{}").get("participants") or []))
        if len(parties) == 1 and etype == "VISIT" and place and place not in parties:
            parties = sorted([parties[0], place])
        for a, b in combinations(parties, 2):
            if entities is not None and a not in entities and b not in entities:
                continue
            tie = ties.setdefault((a, b), Tie(a, b))
            tie.events.append(eid)
            tie.types[etype] = tie.types.get(etype, 0) + 1
            if day:
                tie.first = day if tie.first is None or day < tie.first else tie.first
                tie.last = day if tie.last is None or day > tie.last else tie.last
    ids = sorted({i for pair in ties for i in pair})
    named: dict[str, Actor] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for rid, name, etype, qid in con.execute(
                f"SELECT id, name, type, qid FROM entities WHERE id IN ({','.join('?' * len(chunk))})",  # noqa: S608
                chunk):
            named[rid] = Actor(rid, name, etype, qid)
    actors = [named.get(i) or Actor(i, i, "", None) for i in ids]
    return ActorNetwork(actors, sorted(ties.values(), key=lambda t: (-t.weight, t.source, t.target)))
