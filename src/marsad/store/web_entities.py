"""Queries of the entity pages and `/api/entities` of `marsad serve`: entities listed by type
or by the ids a name finds, and one entity with its variants, mentions per month, the
entities met in the same articles and the events it takes part in."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from marsad.store.read import entity_record
from marsad.store.stories_read import entity_names

COOCCURRING = 20
COOCCURRING_ARTICLES = 500
"""Co-occurrence is counted over an entity's latest articles, at most this many (bounded cost)."""


@dataclass(frozen=True)
class EntityBrief:
    id: str
    type: str
    name: str
    qid: str | None
    mentions: int
    articles: int


@dataclass(frozen=True)
class Cooccurring:
    id: str
    name: str
    type: str
    articles: int  # articles naming both


@dataclass(frozen=True)
class EntityEvent:
    id: str
    type: str
    date: str | None
    status: str | None
    role: str | None
    participants: list[dict[str, str]]  # {"id", "name"}


@dataclass(frozen=True)
class EntityDetail:
    id: str
    type: str
    name: str
    qid: str | None
    catalogue: bool  # the id is the shipped or user catalogue's
    variants: list[tuple[str, int]]
    mentions: int
    articles: int
    per_month: list[tuple[str, int]]  # (YYYY-MM, mentions), months in order
    undated_mentions: int
    cooccurring: list[Cooccurring]
    events: list[EntityEvent]


def _type_filter(type_: str | None, ids: Collection[str] | None) -> tuple[str, list[str]]:
    where, args = [], []
    if type_:
        where.append("e.type = ?")
        args.append(type_)
    if ids is not None:
        where.append(f"e.id IN ({','.join('?' * len(ids))})")
        args.extend(ids)
    return (" WHERE " + " AND ".join(where)) if where else "", args


def entity_list(con: sqlite3.Connection, type_: str | None, ids: Collection[str] | None, limit: int,
                offset: int) -> tuple[list[EntityBrief], int]:
    """Entities (of `type_`; among `ids` when given), most mentioned first, and how many in all.
    The counts are those the run stored with each entity (attrs mentions, articles)."""
    if ids is not None and not ids:
        return [], 0
    cond, args = _type_filter(type_, sorted(ids) if ids is not None else None)
    total = int(con.execute(f"SELECT count(*) FROM entities e{cond}", args).fetchone()[0])  # noqa: S608
    rows = con.execute(
        "SELECT e.id, e.type, e.name, e.qid, coalesce(json_extract(e.attrs, '$.mentions'), 0) AS n,"  # noqa: S608
        f" coalesce(json_extract(e.attrs, '$.articles'), 0) AS na FROM entities e{cond}"
        " ORDER BY n DESC, e.name, e.id LIMIT ? OFFSET ?", (*args, limit, offset))
    found = [EntityBrief(r["id"], r["type"], r["name"], r["qid"], int(r["n"]), int(r["na"])) for r in rows]
    return found, total


def _by_article(con: sqlite3.Connection, eid: str) -> dict[str, tuple[int, str | None]]:
    """The articles mentioning `eid`: mentions in each and its publication date."""
    counts = {str(a): int(n) for a, n in con.execute(
        "SELECT article, count(*) FROM mentions WHERE entity = ? GROUP BY article", (eid,))}
    dates: dict[str, str | None] = {}
    ids = sorted(counts)
    for k in range(0, len(ids), 900):
        part = ids[k : k + 900]
        dates.update(con.execute(
            f"SELECT id, published_date FROM articles WHERE id IN ({','.join('?' * len(part))})",  # noqa: S608
            part).fetchall())
    return {a: (n, dates.get(a)) for a, n in counts.items()}


def _per_month(arts: dict[str, tuple[int, str | None]]) -> tuple[list[tuple[str, int]], int]:
    months: Counter[str] = Counter()
    undated = 0
    for n, day in arts.values():
        if day and len(day) >= 7 and day[4] == "-":
            months[day[:7]] += n
        else:
            undated += n
    return sorted(months.items()), undated


def _cooccurring(con: sqlite3.Connection, eid: str,
                 arts: dict[str, tuple[int, str | None]]) -> list[Cooccurring]:
    latest = sorted(arts, key=lambda a: (arts[a][1] or "", a), reverse=True)[:COOCCURRING_ARTICLES]
    together: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    for k in range(0, len(latest), 900):
        part = latest[k : k + 900]
        for other, kind, _ in con.execute(
                "SELECT DISTINCT entity, type, article FROM mentions"  # noqa: S608
                f" WHERE article IN ({','.join('?' * len(part))}) AND entity IS NOT NULL", part):
            if other != eid:
                together[other] += 1
                kinds.setdefault(other, kind)
    top = sorted(together, key=lambda e: (-together[e], e))[:COOCCURRING]
    names = entity_names(con, top)
    types = {r["id"]: r["type"] for r in con.execute(
        f"SELECT id, type FROM entities WHERE id IN ({','.join('?' * len(top))})", top)}  # noqa: S608
    return [Cooccurring(e, names.get(e, e), types.get(e, kinds[e]), together[e]) for e in top]


def entity_events(con: sqlite3.Connection, eid: str, limit: int = 200) -> list[EntityEvent]:
    """The merged events naming `eid` as a participant or their place, by date."""
    rows = list(con.execute(
        "SELECT e.id, e.type, e.date, e.status, e.attrs, p.role FROM events e"
        " LEFT JOIN event_participants p ON p.event = e.id AND p.entity = ?"
        " WHERE p.entity IS NOT NULL OR e.place = ? ORDER BY e.date IS NULL, e.date, e.id LIMIT ?",
        (eid, eid, limit)))
    parts = {r["id"]: [str(x) for x in json.loads(r["attrs"] or "{}").get("participants") or []]
             for r in rows}
    names = entity_names(con, {p for ps in parts.values() for p in ps})
    return [EntityEvent(r["id"], r["type"], r["date"], r["status"], r["role"],
                        [{"id": p, "name": names.get(p, p)} for p in parts[r["id"]]]) for r in rows]


def entity_detail(con: sqlite3.Connection, eid: str) -> EntityDetail | None:
    """One entity (None when neither a record nor a mention has this id)."""
    rec = entity_record(con, eid, articles=0)
    row = con.execute("SELECT attrs FROM entities WHERE id = ?", (eid,)).fetchone()
    arts = _by_article(con, eid)
    if row is None and not arts:
        return None
    attrs = json.loads(row["attrs"] or "{}") if row else {}
    months, undated = _per_month(arts)
    return EntityDetail(eid, str(rec["type"]), str(rec["name"]), rec["qid"], bool(attrs.get("catalogue")),
                        list(rec["variants"].items()), sum(n for n, _ in arts.values()), len(arts), months,
                        undated, _cooccurring(con, eid, arts), entity_events(con, eid))


def is_entity_id(con: sqlite3.Connection, eid: str) -> bool:
    """Whether `eid` is the id of an entity record (a link's `entity=` is; a name seldom is)."""
    return con.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is not None
