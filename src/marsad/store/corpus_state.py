"""The corpus state incremental runs keep in `marsad.db` (schema 0002_stories.sql): the
near-duplicate sketches and the story clusterer's centroids, members and frequencies.

Rows only: `stories.state` turns them into the clusterers' objects and back. Writes run in
the caller's transaction and are never committed here (`marsad.app.run` commits a run
once, with everything else it found).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from marsad.model.story_rows import MemberRow, SketchRow, StoryRow


@dataclass
class ClustererRows:
    n_docs: int
    df: list[tuple[str, int]]
    members: list[MemberRow]
    stories: list[StoryRow]  # ordered by their last day


def read_sketches(con: sqlite3.Connection) -> list[SketchRow]:
    return list(con.execute(
        "SELECT article, dup_group, day, size, lead_size, full, lead FROM story_sketches"))


def write_sketches(con: sqlite3.Connection, rows: list[SketchRow], regrouped: list[tuple[str, str]]) -> None:
    """New sketches, and (group, article) for stored articles whose group changed."""
    con.executemany("INSERT OR REPLACE INTO story_sketches VALUES (?,?,?,?,?,?,?)", rows)
    con.executemany("UPDATE story_sketches SET dup_group = ? WHERE article = ?", regrouped)


def read_clusterer(con: sqlite3.Connection) -> ClustererRows:
    meta = dict(con.execute("SELECT key, value FROM story_meta"))
    return ClustererRows(
        n_docs=int(meta.get("n_docs", 0)),
        df=list(con.execute("SELECT feature, df FROM story_df")),
        members=list(con.execute("SELECT article, story, dup_group FROM story_members")),
        stories=list(con.execute("SELECT id, size, first, last, centroid FROM story_state ORDER BY last")),
    )


def write_clusterer(con: sqlite3.Connection, n_docs: int, df: list[tuple[str, int]],
                    stories: Iterable[StoryRow], members: list[MemberRow]) -> None:
    con.execute("INSERT OR REPLACE INTO story_meta VALUES ('n_docs', ?)", (str(n_docs),))
    con.executemany("INSERT OR REPLACE INTO story_df VALUES (?,?)", df)
    con.executemany("INSERT OR REPLACE INTO story_state VALUES (?,?,?,?,?)", stories)
    con.executemany("INSERT OR REPLACE INTO story_members VALUES (?,?,?)", members)
