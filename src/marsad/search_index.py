"""Keeping a run's full-text index current (`marsad.search` makes the documents,
`store/search.py` writes them). `update_index` runs inside the run's transaction after the
articles are saved, and `marsad index` calls `rebuild_index` on an existing database.

A run makes each article's document in the worker that ran its per-article stages
(`prepare`, the pipeline's `finish`), where every core is busy, instead of in the writing
step, where one is: the document travels with the article, compressed (a few kB of words
per article, held until the run writes), and is used when the digest of what the stored
article's document is made from (title, text, kept segments) is the one it was made from;
else the document is made again at writing."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable, Mapping

from marsad.model import Article
from marsad.search.document import Document, digest, document
from marsad.store import search as store

PREPARED = "search"
"""The key of an article's prepared document in `Article.prepared`."""
_SEP = "\x00"  # never inside a column: the columns are words joined by spaces


def prepare(arts: Iterable[Article]) -> None:
    """Make each article's search document and keep it, compressed, on the article."""
    for a in arts:
        segs = [(s.start, s.end, s.label) for s in a.layer("segments")]
        a.prepared[PREPARED] = packed(document(a.title, a.text, segs))


def packed(doc: Document) -> tuple[str, bytes]:
    """A document as it travels from a worker: its digest and its columns, compressed."""
    columns = _SEP.join((doc.title, doc.body, doc.forms))
    return doc.digest, zlib.compress(columns.encode("utf-8", "surrogatepass"), 1)


def prepared_documents(arts: Iterable[Article]) -> dict[str, tuple[str, bytes]]:
    """The prepared documents of `arts` by article id, taken off the articles."""
    return {a.id: found for a in arts if (found := a.prepared.pop(PREPARED, None)) is not None}


def _unpacked(dig: str, packed: bytes) -> Document:
    title, body, forms = zlib.decompress(packed).decode("utf-8", "surrogatepass").split(_SEP, 2)
    return Document(title, body, forms, dig)


def update_index(con: sqlite3.Connection, prepared: Mapping[str, tuple[str, bytes]] | None = None) -> int:
    """Index every article that lacks a current row and drop the rows of articles that are
    gone (or are now exact duplicates); how many rows were written or dropped. Idempotent: an
    article whose `updated` value moved but whose indexed text did not is only marked current.
    `prepared`: documents made earlier (`prepare`), by article id, used where still current."""
    changed = store.drop_gone(con)
    return changed + _index(con, store.stale(con), prepared)


def index_ahead(con: sqlite3.Connection, arts: list[Article]) -> int:
    """Index the articles `arts` just saved ahead (`layers_ahead.save_ahead`, same
    transaction) from their prepared documents, taken off them, while the workers process
    the next chunk: `update_index` at the end then finds them current and leaves them.
    Their rows come in the order `update_index` would have written them (the articles')."""
    return _index(con, store.stale_among(con, [a.id for a in arts]), prepared_documents(arts))


def _index(con: sqlite3.Connection, stale: Iterable[store.Stale],
           prepared: Mapping[str, tuple[str, bytes]] | None) -> int:
    changed = 0
    for art in stale:
        now = digest(art.title, art.text, art.segments)
        if art.rowid is not None and art.digest == now:
            store.touch(con, art)
            continue
        made = prepared.get(art.id) if prepared else None
        if made is not None and made[0] == now:
            doc = _unpacked(*made)
        else:
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
