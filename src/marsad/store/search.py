"""The full-text index's queries: keeping `search_docs`/`search_fts` current with the
articles (schema 0007) and searching them with filters. What is indexed and how a query
reads are `marsad.search`'s; this module only moves rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

_IDS_AT_ONCE = 500


@dataclass(frozen=True)
class Stale:
    """An article whose index row is missing or older than the article."""

    id: str
    updated: str
    title: str | None
    text: str
    segments: list[tuple[int, int, str]]
    rowid: int | None
    digest: str | None
    published: str | None
    source: str | None


@dataclass(frozen=True)
class Filters:
    """What every result must also be: published within [first, last] (YYYY-MM-DD), from an
    outlet, mentioning one of `entities`, holding an event of `event_type`."""

    first: str | None = None
    last: str | None = None
    outlet: str | None = None
    entities: tuple[str, ...] | None = None
    event_type: str | None = None


@dataclass(frozen=True)
class Found:
    """A result: the article's fields a result shows, with its kept segments."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    date: str | None
    text: str
    segments: list[tuple[int, int, str]]


def database_file(con: sqlite3.Connection) -> str | None:
    """The file of the connection's main database (None for one in memory)."""
    for _, name, file in con.execute("PRAGMA database_list"):
        if name == "main":
            return str(file) or None
    return None


def has_index(con: sqlite3.Connection) -> bool:
    """Whether the database has a search index that was built (a database made before the
    index existed, or by a run that did not build it, has none or an empty one)."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone() is None:
        return False
    return bool(con.execute("SELECT EXISTS (SELECT 1 FROM search_docs)"
                            " OR NOT EXISTS (SELECT 1 FROM articles)").fetchone()[0])


def drop_gone(con: sqlite3.Connection) -> int:
    """Remove the rows of articles that are gone or now exact duplicates; how many."""
    gone = [r for (r,) in con.execute(
        "SELECT d.rowid FROM search_docs d LEFT JOIN articles a ON a.id = d.article"
        " WHERE a.id IS NULL OR a.duplicate_of IS NOT NULL")]
    _delete(con, gone)
    return len(gone)


def _delete(con: sqlite3.Connection, rowids: Sequence[int]) -> None:
    con.executemany("DELETE FROM search_fts WHERE rowid = ?", [(r,) for r in rowids])
    con.executemany("DELETE FROM search_docs WHERE rowid = ?", [(r,) for r in rowids])


def stale(con: sqlite3.Connection) -> Iterator[Stale]:
    """The articles (exact duplicates left out) with no index row or an older one, read a
    batch at a time (the whole run's text is never held at once)."""
    keys = con.execute(
        f"{_KEYS} WHERE {_STALE} ORDER BY a.rowid").fetchall()  # noqa: S608
    return _stale_rows(con, keys)


def stale_among(con: sqlite3.Connection, ids: Sequence[str]) -> Iterator[Stale]:
    """`stale`, of the articles `ids` only (in the articles' order)."""
    keys: list[tuple[str, int | None, str | None]] = []
    for k in range(0, len(ids), _IDS_AT_ONCE):
        part = ids[k:k + _IDS_AT_ONCE]
        keys.extend(con.execute(
            f"{_KEYS} WHERE a.id IN ({','.join('?' * len(part))}) AND {_STALE} ORDER BY a.rowid", part))  # noqa: S608
    return _stale_rows(con, keys)


_KEYS = "SELECT a.id, d.rowid, d.digest FROM articles a LEFT JOIN search_docs d ON d.article = a.id"
_STALE = "a.duplicate_of IS NULL AND (d.rowid IS NULL OR d.updated != a.updated)"


def _stale_rows(con: sqlite3.Connection, keys: list[tuple[str, int | None, str | None]]) -> Iterator[Stale]:
    for k in range(0, len(keys), _IDS_AT_ONCE):
        part = keys[k:k + _IDS_AT_ONCE]
        ids = [r[0] for r in part]
        marks = ",".join("?" * len(ids))
        rows = {r[0]: r for r in con.execute(
            "SELECT id, updated, title, text, published_date, source FROM articles"
            f" WHERE id IN ({marks})", ids)}  # noqa: S608
        segs = _segments(con, ids)
        for aid, rowid, dig in part:
            _, updated, title, text, published, source = rows[aid]
            yield Stale(aid, updated, title, text, segs.get(aid, []), rowid, dig, published, source)


def _segments(con: sqlite3.Connection, ids: list[str]) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = {}
    for k in range(0, len(ids), _IDS_AT_ONCE):
        part = ids[k:k + _IDS_AT_ONCE]
        marks = ",".join("?" * len(part))
        for aid, start, end, role in con.execute(
                f"SELECT article, start, end, role FROM segments WHERE article IN ({marks})"  # noqa: S608
                " ORDER BY article, start", part):
            out.setdefault(aid, []).append((start, end, role))
    return out


def touch(con: sqlite3.Connection, art: Stale) -> None:
    """Mark an article's row current when its indexed text did not change (its date or
    outlet may have)."""
    con.execute("UPDATE search_docs SET updated = ?, published = ?, source = ? WHERE rowid = ?",
                (art.updated, art.published, art.source, art.rowid))


def put(con: sqlite3.Connection, art: Stale, digest: str, title: str, body: str, forms: str) -> None:
    """Index (or index again) one article."""
    if art.rowid is not None:
        _delete(con, [art.rowid])
    cur = con.execute("INSERT INTO search_docs (article, updated, digest, published, source)"
                      " VALUES (?, ?, ?, ?, ?)", (art.id, art.updated, digest, art.published, art.source))
    con.execute("INSERT INTO search_fts (rowid, title, body, forms) VALUES (?, ?, ?, ?)",
                (cur.lastrowid, title, body, forms))


def clear(con: sqlite3.Connection) -> None:
    """Empty the index (`marsad index` rebuilds it from nothing)."""
    con.execute("DELETE FROM search_fts")
    con.execute("DELETE FROM search_docs")


def optimize(con: sqlite3.Connection) -> None:
    """Merge the index's segments into one (smaller, faster to search)."""
    con.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")


def _where(f: Filters, published: str, source: str, article: str) -> tuple[list[str], list[Any]]:
    """The filters as SQL over the named columns, and their parameters."""
    clauses: list[str] = []
    args: list[Any] = []
    if f.first:
        clauses.append(f"{published} >= ?")
        args.append(f.first)
    if f.last:
        clauses.append(f"{published} <= ?")
        args.append(f.last)
    if f.outlet:
        clauses.append(f"{source} = ?")
        args.append(f.outlet)
    if f.entities is not None:
        marks = ",".join("?" * len(f.entities)) or "NULL"
        clauses.append(f"{article} IN (SELECT article FROM mentions WHERE entity IN ({marks}))")
        args.extend(f.entities)
    if f.event_type:
        clauses.append(f"{article} IN (SELECT m.article FROM event_mentions m JOIN events e"
                       " ON e.id = m.event WHERE e.type = ?)")
        args.append(f.event_type)
    return clauses, args


def search(con: sqlite3.Connection, match: str, f: Filters, limit: int, offset: int) -> tuple[list[str], int]:
    """The ids of a page of articles matching the FTS5 expression `match` and the filters, best
    (bm25, the table's rank) first, and how many match in all. The articles table is not read:
    exact duplicates are not indexed and search_docs holds what the filters need."""
    clauses, args = _where(f, "d.published", "d.source", "d.article")
    if not clauses:
        total = con.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?",
                            (match,)).fetchone()[0]
        ids = [r[0] for r in con.execute(
            "SELECT d.article FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ?"
            " ORDER BY rank LIMIT ? OFFSET ?) f JOIN search_docs d ON d.rowid = f.rowid ORDER BY f.rank",
            (match, limit, offset))]
        return ids, int(total)
    base = ("FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ?"
            " AND " + " AND ".join(clauses))
    total = con.execute(f"SELECT count(*) {base}", [match, *args]).fetchone()[0]  # noqa: S608
    ids = [r[0] for r in con.execute(f"SELECT d.article {base} ORDER BY search_fts.rank LIMIT ? OFFSET ?",  # noqa: S608
                                     [match, *args, limit, offset])]
    return ids, int(total)


def browse(con: sqlite3.Connection, f: Filters, limit: int, offset: int) -> tuple[list[str], int]:
    """The ids of a page of articles matching the filters, newest first (undated last), and how
    many in all: from search_docs (small rows, duplicates left out) when the index is there,
    else from the articles."""
    if has_index(con):
        table, date, source, article = "search_docs d", "d.published", "d.source", "d.article"
        clauses, args = _where(f, date, source, article)
    else:
        table, date, source, article = "articles a", "a.published_date", "a.source", "a.id"
        clauses, args = _where(f, date, source, article)
        clauses.insert(0, "a.duplicate_of IS NULL")
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    total = con.execute(f"SELECT count(*) FROM {table}{where}", args).fetchone()[0]  # noqa: S608
    ids = [r[0] for r in con.execute(
        f"SELECT {article} FROM {table}{where}"  # noqa: S608
        f" ORDER BY {date} IS NULL, {date} DESC, {article} LIMIT ? OFFSET ?", [*args, limit, offset])]
    return ids, int(total)


def found(con: sqlite3.Connection, ids: list[str]) -> list[Found]:
    """The result fields of these articles, in the order given."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {r[0]: r for r in con.execute(
        f"SELECT id, title, source, url, published_date, text FROM articles WHERE id IN ({marks})",  # noqa: S608
        ids)}
    segs = _segments(con, ids)
    return [Found(i, r[1], r[2], r[3], r[4], r[5], segs.get(i, [])) for i in ids if (r := rows.get(i))]


def outlets(con: sqlite3.Connection) -> list[str]:
    """Every outlet, for the filter list."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL AND source != '' ORDER BY source")]


def event_types(con: sqlite3.Connection) -> list[str]:
    """Every event type the run holds, for the filter list."""
    return [r[0] for r in con.execute("SELECT DISTINCT type FROM events ORDER BY type")]
