"""A run's articles written as they arrive: the article row, segments, mentions, timexes and
quotes of each chunk of articles that passes the last per-article stage, saved while the
workers process the next chunks (`marsad.app`), inside the run's one transaction and in the
order the rows would have at the end (`rowid`). What the corpus steps set after that stage
is saved at the end: the stories and near-duplicate groups as updates of those rows
(`save_late`), the merged events with every event (`sqlite.write_corpus(...,
layers_saved=...)`, which leaves the rows saved ahead as they are). A killed or failed run
rolls them back with the rest."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from marsad.model import Article
from marsad.store.rows import TEXT_LAYERS, Row, article_row, now, segment_rows, text_layer_rows
from marsad.store.sqlite import (
    IDS_AT_ONCE,
    insert_article_rows,
    insert_layer_rows,
    origin_of,
    stored_articles,
)

AHEAD_ROWS = "ahead_rows"
"""The key of an article's rows made in a worker (`prepare_rows`) in `Article.prepared`."""


@dataclass
class AheadRows:
    """An article's rows as `save_ahead` writes them, made where its stages ran."""

    article: Row  # its row of `articles`, less the origin
    segments: list[Row]
    text_layers: list[list[Row]]  # the rows of each table of `rows.TEXT_LAYERS`, in that order


def prepare_rows(arts: list[Article]) -> None:
    """Make the rows `save_ahead` writes for each article where its per-article stages ran (a
    worker, once they are done), the JSON of its attrs and the slices of its text included:
    the process that writes them then only hands them to SQLite. The story and
    near-duplicate group are not set yet (`save_late` sets them), as when made there."""
    updated = now()
    for a in arts:
        a.prepared[AHEAD_ROWS] = rows_of(a, updated)


def rows_of(a: Article, updated: str) -> AheadRows:
    return AheadRows(article_row(a, updated), segment_rows(a),
                     [text_layer_rows(a, layer, key) for _, layer, key in TEXT_LAYERS])


def save_ahead(con: sqlite3.Connection, arts: list[Article],
               origins: Mapping[str, str | None] | None) -> None:
    """Insert the rows of articles not saved yet (`ahead_origins` says they may be), their story and
    near-duplicate group not set yet (`save_late` sets them), then their segments, mentions,
    timexes and quotes: a run writes them while its workers still process the next chunk.
    Their references to entities are deferred (schema 0009) and checked at the commit.
    The rows made by `prepare_rows` are written as made; those of an article without them
    are made here.
    `origins`: each path's `origin_of`, as `ahead_origins` found them (else found here)."""
    found = [origins[a.path] if origins is not None and a.path in origins else origin_of(a.path)
             for a in arts]
    updated = now()
    made: list[AheadRows] = [a.prepared.pop(AHEAD_ROWS, None) or rows_of(a, updated) for a in arts]
    insert_article_rows(con, [(*m.article, o) for m, o in zip(made, found, strict=True)])
    insert_layer_rows(con, (r for m in made for r in m.segments),
                      [_layer_rows(made, k) for k in range(len(TEXT_LAYERS))])


def _layer_rows(made: list[AheadRows], k: int) -> Iterator[Row]:
    return (r for m in made for r in m.text_layers[k])


def save_late(con: sqlite3.Connection, arts: list[Article]) -> None:
    """Set the story and near-duplicate group of articles saved by `save_ahead`, as the
    corpus steps found them."""
    con.executemany("UPDATE articles SET story = ?, duplicate_group = ? WHERE id = ?",
                    [(a.story, a.duplicate_group, a.id) for a in arts
                     if a.story is not None or a.duplicate_group is not None])


def ahead_origins(con: sqlite3.Connection, arts: list[Article], others: list[Article]
                  ) -> dict[str, str | None] | None:
    """Each path's `origin_of` when `arts` may be saved ahead (`save_ahead`, which takes
    them: each is found once), else None. They may when every path of `arts` and `others`
    (the run's other articles, saved with them at the end) is read once, from a place of its
    own, and none of `arts` is stored, by id or by origin. Saving them ahead then writes
    the same rows as saving them at the end; else the run saves them in one go."""
    paths = [a.path for a in [*arts, *others]]
    if len(set(paths)) != len(paths) or {a.id for a in arts} & {a.id for a in others}:
        return None
    origin = {p: origin_of(p) for p in paths}
    found = [o for o in origin.values() if o is not None]
    if len(set(found)) != len(found):
        return None
    if stored_articles(con, (a.id for a in arts)):
        return None
    origins = sorted(set(found))
    for k in range(0, len(origins), IDS_AT_ONCE):
        part = origins[k : k + IDS_AT_ONCE]
        sql = f"SELECT 1 FROM articles WHERE origin IN ({','.join('?' * len(part))}) LIMIT 1"  # noqa: S608
        if con.execute(sql, part).fetchone() is not None:
            return None
    return origin
