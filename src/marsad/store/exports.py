"""What the exports of an output folder are read from (`report/exports.py` writes them):
every stored article rebuilt with its layers, and every stored entity as entities.jsonl has
it. Rows come in a fixed order that does not depend on which run stored what: articles by
path, then id; entities by id, each entity's mentions in the articles' order, then by
offsets, with the variants and counts `entity_variants` keeps.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from itertools import groupby
from operator import itemgetter
from typing import Any

from marsad.model import (
    Article,
    EventAttrs,
    MentionAttrs,
    Published,
    QuoteAttrs,
    SegmentAttrs,
    Span,
    TimexAttrs,
)

Record = dict[str, Any]

_ORDER = "a.path, a.id"
"""The order of articles in articles.jsonl (and of their mentions in entities.jsonl)."""

# (table, layer, its label column, the column kept out of attrs and the attribute it holds,
# the order of spans at the same offsets: an article's events in the order the extractor
# found them, by their trigger word)
_SPAN_TABLES: tuple[tuple[str, str, str, str, str, str, Callable[[Mapping[str, Any]], object]], ...] = (
    ("mentions", "mentions", "type", "entity", "entity", "x.type", MentionAttrs.from_json),
    ("timexes", "timexes", "type", "value", "value", "x.type", TimexAttrs.from_json),
    ("quotes", "quotes", "kind", "speaker", "speaker", "x.kind", QuoteAttrs.from_json),
    ("event_mentions", "events", "type", "event", "id",
     "json_extract(x.attrs, '$.trigger_start'), x.type, x.event", EventAttrs.from_json),
)

Row = tuple[Any, ...]


def _loads(raw: str | None, default: Any) -> Any:
    if not raw or raw == "{}" or raw == "[]":  # most attrs: nothing to parse
        return type(default)()
    return json.loads(raw)


def _rows(con: sqlite3.Connection, sql: str) -> Iterator[Row]:
    """The rows of `sql` as plain tuples, whatever the connection's row factory."""
    cur = con.cursor()
    cur.row_factory = None
    return cur.execute(sql)


class _Layer:
    """One table of spans read in the articles' order, an article's rows at a time."""

    def __init__(self, con: sqlite3.Connection, sql: str) -> None:
        self.groups = groupby(_rows(con, sql), key=itemgetter(0))
        self.head = next(self.groups, None)

    def take(self, aid: str) -> list[Row]:
        """The rows of article `aid` (the articles come in the order the rows do)."""
        if self.head is None or self.head[0] != aid:
            return []
        rows = list(self.head[1])
        self.head = next(self.groups, None)
        return rows


def stored_articles_full(con: sqlite3.Connection) -> Iterator[Article]:
    """Every stored article with its text, metadata and layers, by path then id. One query
    a table, each read in that order alongside the articles: one article at a time is in
    memory, whatever the size of the database."""
    segments = _Layer(con, "SELECT x.article, x.start, x.end, x.role, x.lang, x.cue FROM segments x"
                      f" JOIN articles a ON a.id = x.article ORDER BY {_ORDER}, x.start, x.end")
    layers = [(layer, key, read, _Layer(con, f"SELECT x.article, x.start, x.end, x.{label}, x.{column}, x.attrs"  # noqa: S608, E501
                                             f" FROM {table} x JOIN articles a ON a.id = x.article"
                                             f" ORDER BY {_ORDER}, x.start, x.end, {ties}"))
              for table, layer, label, column, key, ties, read in _SPAN_TABLES]
    for aid, path, url, source, title, text, pub, flags, meta, story, group in _rows(
            con, "SELECT a.id, a.path, a.url, a.source, a.title, a.text, a.published_json, a.flags, a.meta,"  # noqa: S608
            f" a.story, a.duplicate_group FROM articles a ORDER BY {_ORDER}"):
        art = Article(path=path, text=text, title=title, url=url, source=source, meta=_loads(meta, {}),
                      flags=list(_loads(flags, [])), story=story, duplicate_group=group, id=aid)
        if pub:
            art.published = Published.from_json(json.loads(pub))
        segs = segments.take(aid)
        if segs:
            art.layers["segments"] = [Span(r[1], r[2], r[3], SegmentAttrs(cue=r[5], lang=r[4])) for r in segs]
        for layer, key, read, rows in layers:
            found = rows.take(aid)
            if found:
                art.layers[layer] = [Span(r[1], r[2], r[3], read({**_loads(r[5], {}), key: r[4]}))
                                     for r in found]
        yield art


def stored_entity_records(con: sqlite3.Connection) -> list[Record]:
    """Every stored entity as entities.jsonl has it (`report.layout.entity_records`): its variants
    (most used first) with their counts, and its mentions."""
    mentions: dict[str, list[Record]] = {}
    for eid, aid, start, end, text in con.execute(
            "SELECT m.entity, m.article, m.start, m.end, m.text FROM mentions m JOIN articles a"
            f" ON a.id = m.article WHERE m.entity IS NOT NULL ORDER BY {_ORDER}, m.start, m.end"):
        mentions.setdefault(eid, []).append({"article": aid, "start": start, "end": end, "text": text})
    counts: dict[str, dict[str, int]] = {}
    for eid, variant, n in con.execute("SELECT entity, variant, count FROM entity_variants"
                                       " ORDER BY entity, count DESC, variant"):
        counts.setdefault(eid, {})[variant] = n
    records: list[Record] = []
    for eid, type_, name, qid in con.execute("SELECT id, type, name, qid FROM entities ORDER BY id"):
        mine = counts.get(eid, {})
        rec: Record = {"id": eid, "type": type_, "name": name,
                       "variants": sorted(mine, key=lambda v: (-mine[v], v)), "variant_counts": mine,
                       "mentions": mentions.get(eid, [])}
        if qid:
            rec["qid"] = qid
        records.append(rec)
    return records
