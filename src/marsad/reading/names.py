"""The one name lookup of every reader (`marsad entity`, `--entity`, `--speaker`, the timeline,
the pages and the search of `marsad serve`): any spelling, either script, an id or a QID.

The name index reads every entity and counts every mention (seconds on a large run), so it is
built once per state of the database file (its size and time of change, and its write-ahead
log's) and kept: a server asks for it on many requests, a command once."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from marsad.resolve.lookup import NameIndex
from marsad.store.read import entity_lookup_rows
from marsad.store.search import database_file

Stamp = tuple[tuple[int, int] | None, ...]
_KEPT: dict[str, tuple[Stamp, NameIndex]] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class NameLookup:
    """The entities a name names (best first), and the nearest names when it names none."""

    ids: list[str]
    suggestions: list[tuple[str, str]]  # (id, name)


def _stamp(path: str) -> Stamp:
    """What changes when the database file (or its write-ahead log) is written."""
    out: list[tuple[int, int] | None] = []
    for p in (Path(path), Path(path + "-wal")):
        try:
            st = p.stat()
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


def database_state(con: sqlite3.Connection) -> tuple[str, Stamp] | None:
    """The database file of `con` and its state (`_stamp`); None for a database in memory.
    What a reader keeps between requests is kept per state."""
    path = database_file(con)
    return None if path is None else (path, _stamp(path))


def name_index(con: sqlite3.Connection) -> NameIndex:
    """The run's name index, built once per database state."""
    state = database_state(con)
    if state is None:
        return NameIndex.from_rows(entity_lookup_rows(con))
    path, stamp = state
    with _LOCK:
        held = _KEPT.get(path)
        if held is not None and held[0] == stamp:
            return held[1]
    index = NameIndex.from_rows(entity_lookup_rows(con))
    with _LOCK:
        _KEPT[path] = (stamp, index)
    return index


def entity_ids(con: sqlite3.Connection, name: str) -> NameLookup:
    """The entities `name` names, best first; the nearest names when it names none."""
    index = name_index(con)
    ids = index.find(name)
    return NameLookup(ids, [] if ids else index.suggest(name))
