"""Reading stories back from marsad.db: the members of each story and what a summary needs
of them (`marsad.stories.summary`), for `marsad stories` and `marsad story`.

A story's members are the article ids of its row in `stories` that the database still holds
(an article whose input changed was replaced under a new id). The headline needs the
opening of each member's text, so a listing reads text only for the stories it shows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import date
from typing import Any

from marsad.stories.summary import (
    LEAD_CHARS,
    EventRef,
    Member,
    StorySummary,
    choose,
    event_ref,
    lead_text,
    spelled_name,
    summarize,
    terms_of,
)

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


def members(con: sqlite3.Connection, ids: Collection[str]) -> dict[str, Member]:
    """The member records of the stored articles among `ids`, by id."""
    heads = {r["id"]: r for r in _by_ids(
        con, "SELECT id, title, source, url, published_date FROM articles WHERE id IN ({ids})", ids)}
    ents: dict[str, dict[str, int]] = {}
    for aid, eid, n in _by_ids(con, "SELECT article, entity, COUNT(*) FROM mentions WHERE article IN ({ids})"
                               " AND entity IS NOT NULL GROUP BY article, entity", heads):
        ents.setdefault(aid, {})[eid] = n
    evs: dict[str, set[str]] = {}
    for aid, eid in _by_ids(con, "SELECT article, event FROM event_mentions WHERE article IN ({ids})", heads):
        evs.setdefault(aid, set()).add(eid)
    return {aid: Member(aid, r["title"], r["source"], r["url"], r["published_date"], ents.get(aid, {}),
                        tuple(sorted(evs.get(aid, ()))))
            for aid, r in heads.items()}


def lead_terms(con: sqlite3.Connection, ids: Collection[str]) -> dict[str, frozenset[str]]:
    """The content terms of the title and opening of the stored articles among `ids`."""
    sql = ("SELECT id, title, CASE WHEN body != '' THEN substr(body, 1, ?) ELSE substr(text, 1, ?) END"
           " FROM articles WHERE id IN ({ids})")
    return {aid: terms_of(lead_text(title, own or ""))
            for aid, title, own in _by_ids(con, sql, ids, LEAD_CHARS, LEAD_CHARS)}


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


def event_refs(con: sqlite3.Connection, ids: Collection[str],
               names: Callable[[Collection[str]], dict[str, str]] | None = None) -> dict[str, EventRef]:
    """The stored merged events among `ids`, their participants named (by `names`, default
    `entity_names` of this database)."""
    rows = list(_by_ids(con, "SELECT id, type, date, attrs FROM events WHERE id IN ({ids})", ids))
    parts = {r["id"]: [str(p) for p in json.loads(r["attrs"] or "{}").get("participants") or []]
             for r in rows}
    named = (names or (lambda e: entity_names(con, e)))({p for ps in parts.values() for p in ps})
    return {r["id"]: event_ref(r["id"], r["type"], r["date"], parts[r["id"]], named) for r in rows}


def _summaries(con: sqlite3.Connection, stories: dict[str, list[Member]]) -> list[StorySummary]:
    """The summaries of these stories, in the given order."""
    ids = {m.id for ms in stories.values() for m in ms}
    terms = lead_terms(con, ids)
    names = entity_names(con, {e for ms in stories.values() for m in ms for e in m.entities})
    events = event_refs(con, {e for ms in stories.values() for m in ms for e in m.events})
    return [summarize(sid, ms, terms, names, events) for sid, ms in stories.items()]


def stored_stories(con: sqlite3.Connection) -> dict[str, list[Member]]:
    """Every story with its stored members (a story none of whose members is stored is left out)."""
    ids = story_members(con)
    known = members(con, {a for arts in ids.values() for a in arts})
    stories = {sid: [known[a] for a in dict.fromkeys(arts) if a in known] for sid, arts in ids.items()}
    return {sid: ms for sid, ms in stories.items() if ms}


def story_summaries(con: sqlite3.Connection, entity_ids: set[str] | None = None, start: date | None = None,
                    end: date | None = None, limit: int = 0) -> list[StorySummary]:
    """The stories a listing shows (`summary.choose`: largest first, then newest), summarised."""
    stories = stored_stories(con)
    return _summaries(con, {sid: stories[sid] for sid in choose(stories, entity_ids, start, end, limit)})


def story_summary(con: sqlite3.Connection, sid: str) -> StorySummary | None:
    """One story, summarised (None when there is no such story or none of its members is stored)."""
    row = con.execute("SELECT attrs FROM stories WHERE id = ?", (sid,)).fetchone()
    if row is None:
        return None
    arts = list(dict.fromkeys(json.loads(row["attrs"] or "{}").get("articles") or []))
    known = members(con, arts)
    ms = [known[a] for a in arts if a in known]
    return _summaries(con, {sid: ms})[0] if ms else None


def story_ids(con: sqlite3.Connection) -> list[str]:
    return [sid for (sid,) in con.execute("SELECT id FROM stories ORDER BY id")]
