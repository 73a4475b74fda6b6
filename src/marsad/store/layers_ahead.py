"""A run's layers written ahead of its article rows: the segments, mentions, timexes and
quotes of each chunk of articles that passes the last per-article stage, saved while the
workers process the next chunks (`marsad.app`), inside the run's one transaction. The
article rows, and everything the corpus steps change after that stage (stories, duplicate
groups, merged events), are saved at the end (`sqlite.write_corpus(..., layers_saved=...)`).
A killed or failed run rolls them back with the rest."""

from __future__ import annotations

import sqlite3

from marsad.model import Article
from marsad.store.sqlite import IDS_AT_ONCE, origin_of, save_layer_rows, stored_articles


def save_layers(con: sqlite3.Connection, arts: list[Article]) -> None:
    """Insert the segments, mentions, timexes and quotes of articles not saved yet, ahead of
    their article rows (`save_articles(..., layers_saved=...)` writes those later in the
    same transaction): a run writes them while its workers still process the next chunk.
    Only for articles with no stored row of their own or of their origin (`layers_ahead`):
    nothing of theirs is there to delete. The articles' foreign keys are checked at commit."""
    con.execute("PRAGMA defer_foreign_keys = ON")  # reset by SQLite at the commit or rollback
    save_layer_rows(con, arts)


def layers_ahead(con: sqlite3.Connection, arts: list[Article], others: list[Article]) -> bool:
    """Whether the layers of `arts` may be saved ahead of their rows (`save_layers`): every
    path of `arts` and `others` (the run's other articles, saved with them) is read once,
    and none of `arts` is stored, by id or by origin. Saving them ahead then writes the
    same rows as saving them with their articles; else the run saves them in one go."""
    paths = [a.path for a in [*arts, *others]]
    if len(set(paths)) != len(paths) or {a.id for a in arts} & {a.id for a in others}:
        return False
    if stored_articles(con, (a.id for a in arts)):
        return False
    origins = sorted({o for a in arts if (o := origin_of(a.path)) is not None})
    for k in range(0, len(origins), IDS_AT_ONCE):
        part = origins[k : k + IDS_AT_ONCE]
        sql = f"SELECT 1 FROM articles WHERE origin IN ({','.join('?' * len(part))}) LIMIT 1"  # noqa: S608
        if con.execute(sql, part).fetchone() is not None:
            return False
    return True
