"""Reading stories back from marsad.db: the members of each story and the rows a summary
needs of them (`reading/stories.py` makes the summaries), for `marsad stories` and `marsad story`.

A story's members are the article ids of its row in `stories` that the database still holds
(an article whose input changed was replaced under a new id). The headline needs the
opening of each member's text, so a listing reads text only for the stories it shows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from typing import Any, NamedTuple

from marsad.model.corpus import spelled_name


class MemberRow(NamedTuple):
    """A stored member article: its head, its entities with their mention counts, its events."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published_date: str | None
    entities: dict[str, int]
    events: tuple[str, ...]


class EventRow(NamedTuple):
    """A stored merged event: id, type, date and participant ids."""

    id: str
    type: str
    date: str | None
    participants: list[str]


_IDS_AT_ONCE = 900
"""Ids asked for in one query (SQLite allowed 999 parameters before 3.32)."""


def _by_ids(con: sqlite3.Connection, sql: str, ids: Iterable[str], *args: Any) -> Iterator[sqlite3.Row]:
    """The rows of `sql` (whose `{ids}` is replaced by one placeholder per id) for every id,
    asked for a few hundred at a time; `args` come before the ids."""
    wanted = sorted(set(ids))
    for k in range(0, len(wanted), _IDS_AT_ONCE):
        part = wanted[k : k + _IDS_AT_ONCE]
        yield from con.execute(sql.format(ids=",".join("?" * len(part))), (*args, *part))


def story_members(con: sqlite3.Connection) -> dict[str, list[str]]:
    """Every story's member ids as stored (some may no longer be in `articles`)."""
    out: dict[str, list[str]] = {}
    for sid, attrs in con.execute("SELECT id, attrs FROM stories"):
        out[sid] = list(json.loads(attrs or "{}").get("articles") or [])
    return out


def member_rows(con: sqlite3.Connection, ids: Collection[str]) -> dict[str, MemberRow]:
    """The stored articles among `ids`, by id."""
    heads = {r["id"]: r for r in _by_ids(
        con, "SELECT id, title, source, url, published_date FROM articles WHERE id IN ({ids})", ids)}
    ents: dict[str, dict[str, int]] = {}
    for aid, eid, n in _by_ids(con, "SELECT article, entity, COUNT(*) FROM mentions WHERE article IN ({ids})"
                               " AND entity IS NOT NULL GROUP BY article, entity", heads):
        ents.setdefault(aid, {})[eid] = n
    evs: dict[str, set[str]] = {}
    for aid, eid in _by_ids(con, "SELECT article, event FROM event_mentions WHERE article IN ({ids})", heads):
        evs.setdefault(aid, set()).add(eid)
    return {aid: MemberRow(aid, r["title"], r["source"], r["url"], r["published_date"], ents.get(aid, {}),
                           tuple(sorted(evs.get(aid, ()))))
            for aid, r in heads.items()}


def lead_rows(con: sqlite3.Connection, ids: Collection[str],
              chars: int) -> Iterator[tuple[str, str | None, str]]:
    """(id, title, the first `chars` characters of its own text) of the stored articles among
    `ids`: the body, or the whole text when no body was found."""
    sql = ("SELECT id, title, CASE WHEN body != '' THEN substr(body, 1, ?) ELSE substr(text, 1, ?) END"
           " FROM articles WHERE id IN ({ids})")
    for aid, title, own in _by_ids(con, sql, ids, chars, chars):
        yield aid, title, own or ""


def entity_names(con: sqlite3.Connection, ids: Collection[str]) -> dict[str, str]:
    """The names of entities by id; one without a record is named by its most used spelling."""
    names: dict[str, str] = {eid: name for eid, name in _by_ids(
        con, "SELECT id, name FROM entities WHERE id IN ({ids})", ids)}
    spellings: dict[str, dict[str, int]] = {}
    for eid, text, n in _by_ids(con, "SELECT entity, text, COUNT(*) FROM mentions WHERE entity IN ({ids})"
                                " GROUP BY entity, text", set(ids) - names.keys()):
        spellings.setdefault(eid, {})[text] = n
    names.update({eid: spelled_name(s) for eid, s in spellings.items()})
    return names


def event_rows(con: sqlite3.Connection, ids: Collection[str]) -> list[EventRow]:
    """The stored merged events among `ids`."""
    return [EventRow(r["id"], r["type"], r["date"],
                     [str(p) for p in json.loads(r["attrs"] or "{}").get("participants") or []])
            for r in _by_ids(con, "SELECT id, type, date, attrs FROM events WHERE id IN ({ids})", ids)]


def story_articles(con: sqlite3.Connection, sid: str) -> list[str] | None:
    """A story's member ids as stored, once each (None when there is no such story)."""
    row = con.execute("SELECT attrs FROM stories WHERE id = ?", (sid,)).fetchone()
    if row is None:
        return None
    return list(dict.fromkeys(json.loads(row["attrs"] or "{}").get("articles") or []))


def story_ids(con: sqlite3.Connection) -> list[str]:
    return [sid for (sid,) in con.execute("SELECT id FROM stories ORDER BY id")]
