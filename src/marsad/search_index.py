"""Keeping a run's full-text index current (`marsad.search` makes the documents,
`store/search.py` writes them). `update_index` runs inside the run's transaction after the
articles are saved, and `marsad index` calls `rebuild_index` on an existing database."""

from __future__ import annotations

import sqlite3

from marsad.search.document import digest, document
from marsad.store import search as store


def update_index(con: sqlite3.Connection) -> int:
    """Index every article that lacks a current row and drop the rows of articles that are
    gone (or are now exact duplicates); how many rows were written or dropped. Idempotent: an
    article whose `updated` value moved but whose indexed text did not is only marked current."""
    changed = store.drop_gone(con)
    for art in store.stale(con):
        if art.rowid is not None and art.digest == digest(art.title, art.text, art.segments):
            store.touch(con, art)
            continue
        doc = document(art.title, art.text, art.segments)
        store.put(con, art, doc.digest, doc.title, doc.body, doc.forms)
        changed += 1
    return changed


def rebuild_index(con: sqlite3.Connection) -> int:
    """Index every article from nothing and merge the index; how many were indexed."""
    store.clear(con)
    n = update_index(con)
    store.optimize(con)
    return n
