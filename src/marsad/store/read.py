"""Reading a run back: the queries `marsad entities` and `marsad entity` ask of marsad.db and
the name-lookup rows of every command (events, quotations and the timeline: `events_read.py`;
stories: `stories_read.py`). Every command reads the database; none reads the exports back.

Entity rows for name lookup have one shape whichever the source: id, type, name, qid,
mentions (a count) and variants ({spelling: count}). A mention whose entity has no record
(a run whose entities were never resolved) still makes one, from its own spellings.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to the database at `path` (which must exist), rows by name."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    return con


def list_entities(con: sqlite3.Connection, type_: str | None = None, limit: int = 0) -> list[Row]:
    """Entities with their mention and article counts, most mentioned first."""
    sql = ("SELECT e.id, e.type, e.name, e.qid, COUNT(m.entity) AS mentions,"
           " COUNT(DISTINCT m.article) AS articles FROM entities e LEFT JOIN mentions m ON m.entity = e.id"
           + (" WHERE e.type = ?" if type_ else "") + " GROUP BY e.id ORDER BY mentions DESC, e.name")
    args: tuple[Any, ...] = (type_,) if type_ else ()
    if limit:
        sql += " LIMIT ?"
        args += (limit,)
    return [dict(r) for r in con.execute(sql, args)]


def entity_record(con: sqlite3.Connection, eid: str, articles: int = 20) -> Row:
    """One entity with its variants (most used first) and its latest articles. An id seen only
    in mentions gets its most used spelling as name."""
    row = con.execute("SELECT id, type, name, qid FROM entities WHERE id = ?", (eid,)).fetchone()
    variants = {v: n for v, n in con.execute(
        "SELECT variant, count FROM entity_variants WHERE entity = ? ORDER BY count DESC, variant", (eid,))}
    if row is None:
        variants = {t: n for t, n in con.execute(
            "SELECT text, COUNT(*) AS n FROM mentions WHERE entity = ? GROUP BY text ORDER BY n DESC, text",
            (eid,))}
        kind = con.execute("SELECT type FROM mentions WHERE entity = ? LIMIT 1", (eid,)).fetchone()
        head: Row = {"id": eid, "type": kind[0] if kind else "", "name": next(iter(variants), eid),
                     "qid": None}
    else:
        head = dict(row)
    arts = [dict(r) for r in con.execute(
        "SELECT a.id, a.title, a.published_date AS date, a.path, COUNT(*) AS mentions FROM mentions m"
        " JOIN articles a ON a.id = m.article WHERE m.entity = ? GROUP BY a.id"
        " ORDER BY a.published_date DESC, a.id LIMIT ?", (eid, articles))]
    return {**head, "variants": variants, "articles": arts}


def entity_lookup_rows(con: sqlite3.Connection) -> list[Row]:
    """Every entity as a name-lookup row (see the module docstring)."""
    rows: dict[str, Row] = {}
    for r in con.execute("SELECT id, type, name, qid FROM entities"):
        rows[r["id"]] = {**dict(r), "mentions": 0, "variants": {}}
    for eid, variant, count in con.execute("SELECT entity, variant, count FROM entity_variants"):
        if eid in rows:
            rows[eid]["variants"][variant] = count
    made: set[str] = set()
    for eid, kind, text, n in con.execute(
            "SELECT entity, type, text, COUNT(*) FROM mentions WHERE entity IS NOT NULL"
            " GROUP BY entity, type, text"):
        _count_mention(rows, made, eid, kind, text, n)
    return list(rows.values())


def _count_mention(rows: dict[str, Row], made: set[str], eid: str, kind: str, text: str, n: int) -> None:
    """Add `n` mentions spelled `text` to an entity; an entity without a record gets one made
    from its mentions (its ids are kept in `made`)."""
    row = rows.get(eid)
    if row is None:
        row = rows[eid] = {"id": eid, "type": kind, "name": text, "qid": None, "mentions": 0, "variants": {}}
        made.add(eid)
    row["mentions"] += n
    if eid in made:
        row["variants"][text] = row["variants"].get(text, 0) + n
        row["name"] = max(row["variants"], key=lambda v: (row["variants"][v], v))

