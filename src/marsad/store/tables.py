"""The tables `marsad export` writes, as flat rows with names next to ids: one query each,
over the database's tables and views (schema 0005). Columns are fixed and documented here,
so a spreadsheet, pandas or DuckDB user gets the same columns from every format."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    name: str
    about: str
    sql: str


TABLES: tuple[Table, ...] = (
    Table("articles", "one row per article (exact duplicates included, with duplicate_of): its clean "
          "body, title, outlet, URL, publication date and source, story, flags and layer counts",
          "SELECT v.id, v.title, v.source, v.url, v.published_date, v.published_source, v.story_id,"
          " v.duplicate_group, v.duplicate_of, v.flags, v.n_mentions, v.n_quotes, v.n_events, v.path,"
          " a.body FROM v_articles v JOIN articles a ON a.id = v.id ORDER BY v.published_date IS NULL,"
          " v.published_date, v.id"),
    Table("mentions", "one row per entity mention: offsets into the article's text, the text, "
          "the tagger's type and the entity it was resolved to, with its name",
          "SELECT article_id, start, \"end\", text, type, entity_id, entity_name, entity_type, entity_qid"
          " FROM v_mentions ORDER BY article_id, start"),
    Table("entities", "one row per entity: name, type, Wikidata id, mentions and articles, and "
          "every spelling seen with its count (' ; '-joined, most used first)",
          "SELECT e.id, e.name, e.type, e.qid,"
          " (SELECT count(*) FROM mentions m WHERE m.entity = e.id) AS mentions,"
          " (SELECT count(DISTINCT m.article) FROM mentions m WHERE m.entity = e.id) AS articles,"
          " (SELECT group_concat(x.variant || ' (' || x.count || ')', ' ; ') FROM ("
          "   SELECT variant, count FROM entity_variants v WHERE v.entity = e.id"
          "   ORDER BY count DESC, variant) x) AS variants"
          " FROM entities e ORDER BY mentions DESC, e.id"),
    Table("events", "one row per merged event: type, status, date, place and participants named "
          "(' ; '-joined, ids in the same order), series and round, evidence counts and the "
          "first evidence sentence",
          "SELECT id, type, plover, status, date, place_id, place_name, participant_ids,"
          " participant_names, series, series_label, round, n_mentions, n_articles, triggers, evidence"
          " FROM v_events ORDER BY date IS NULL, date, id"),
    Table("quotes", "one row per quotation: the article, offsets, the quoted text, how it was "
          "marked, the speaker's entity and name (empty when unknown)",
          "SELECT article_id, start, \"end\", text, kind, cue, speaker_id, speaker_name, source,"
          " published_date, url FROM v_quotes ORDER BY article_id, start"),
    Table("stories", "one row per story member: the story, its size, the earliest member's "
          "title, the member's position, and the member article's title, outlet, date and URL",
          "SELECT story_id, story_size, first_title, position, article_id, title, source,"
          " published_date, url FROM v_story_members ORDER BY story_id, position"),
)


def table(name: str) -> Table:
    for t in TABLES:
        if t.name == name:
            return t
    raise KeyError(name)


def table_rows(con: sqlite3.Connection, name: str, batch: int = 1000) -> tuple[list[str], Iterator[tuple]]:
    """The columns of table `name` and an iterator over its rows (read in batches)."""
    cur = con.execute(table(name).sql)
    columns = [d[0] for d in cur.description]

    def rows() -> Iterator[tuple]:
        while chunk := cur.fetchmany(batch):
            yield from chunk
    return columns, rows()


def table_count(con: sqlite3.Connection, name: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM ({table(name).sql})").fetchone()[0])  # noqa: S608
