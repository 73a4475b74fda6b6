"""What a run's database holds, in counts: the front page of `marsad serve`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Overview:
    articles: int
    entities: int
    events: int
    quotes: int
    stories: int
    first: str | None
    last: str | None
    outlets: list[tuple[str, int]]


def overview(con: sqlite3.Connection) -> Overview:
    def count(table: str) -> int:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 (fixed names)

    first, last = con.execute("SELECT min(published_date), max(published_date) FROM articles"
                              " WHERE duplicate_of IS NULL").fetchone()
    outlets = [(str(r[0]), int(r[1])) for r in con.execute(
        "SELECT source, count(*) FROM articles WHERE source IS NOT NULL AND source != ''"
        " GROUP BY source ORDER BY count(*) DESC, source LIMIT 20")]
    return Overview(count("articles WHERE duplicate_of IS NULL"), count("entities"), count("events"),
                    count("quotes"), count("stories"), first, last, outlets)
