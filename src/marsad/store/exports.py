"""The exports of an output folder, written from `marsad.db` alone: articles.jsonl,
entities.jsonl, events.jsonl, stories.jsonl and timeline.html.

`marsad run` writes them after its commit (`marsad.app.write_exports`), each file by
create-then-rename (`store/files.py`). Written from the whole database, they hold what
every run into the folder found: runs over A then B give the files one run over A and B
gives. Records keep the layout of `store/layout.py` (an article's line is made by the same
`layout.article_record`, from an `Article` rebuilt from its row and its spans), in a fixed
order that does not depend on which run stored what:

- articles.jsonl: by path, then id;
- entities.jsonl: by id, each entity's mentions in the articles' order, then by offsets;
  its variants and their counts are those `entity_variants` keeps (over every stored mention);
- events.jsonl: the merged events, dated first by date, then by id (`events_read.stored_events`);
  a merged event's empty `plover` column is left out, as `marsad.stories.merge` leaves it;
- stories.jsonl: every story with a stored member, largest first, then newest, then by id
  (`stories_read.story_summaries`, as `marsad stories` lists them);
- timeline.html: the page `marsad timeline` writes (`events_read.timeline_records`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from marsad.model import Article, Span
from marsad.store.events_read import stored_events, timeline_records
from marsad.store.files import write_jsonl_atomic, write_text_atomic
from marsad.store.layout import article_record
from marsad.store.read import open_readonly
from marsad.store.stories_read import story_summaries
from marsad.stories.publish import page

Record = dict[str, Any]

_ORDER = "a.path, a.id"
"""The order of articles in articles.jsonl (and of their mentions in entities.jsonl)."""

# (table, layer, its label column, the column kept out of attrs and the attribute it holds,
# the order of spans at the same offsets: an article's events in the order the extractor
# found them, by their trigger word)
_SPAN_TABLES = (
    ("mentions", "mentions", "type", "entity", "entity", "x.type"),
    ("timexes", "timexes", "type", "value", "value", "x.type"),
    ("quotes", "quotes", "kind", "speaker", "speaker", "x.kind"),
    ("event_mentions", "events", "type", "event", "id",
     "json_extract(x.attrs, '$.trigger_start'), x.type, x.event"),
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
    layers = [(layer, key, _Layer(con, f"SELECT x.article, x.start, x.end, x.{label}, x.{column}, x.attrs"  # noqa: S608
                                       f" FROM {table} x JOIN articles a ON a.id = x.article"
                                       f" ORDER BY {_ORDER}, x.start, x.end, {ties}"))
              for table, layer, label, column, key, ties in _SPAN_TABLES]
    for aid, path, url, source, title, text, pub, flags, meta, story, group in _rows(
            con, "SELECT a.id, a.path, a.url, a.source, a.title, a.text, a.published_json, a.flags, a.meta,"  # noqa: S608
            f" a.story, a.duplicate_group FROM articles a ORDER BY {_ORDER}"):
        art = Article(path=path, text=text, title=title, url=url, source=source, meta=_loads(meta, {}),
                      flags=list(_loads(flags, [])), story=story, duplicate_group=group, id=aid)
        if pub:
            art.published = json.loads(pub)
        segs = segments.take(aid)
        if segs:
            art.layers["segments"] = [Span(r[1], r[2], r[3], {"lang": r[4], "cue": r[5]}) for r in segs]
        for layer, key, rows in layers:
            found = rows.take(aid)
            if found:
                art.layers[layer] = [Span(r[1], r[2], r[3], {**_loads(r[5], {}), key: r[4]}) for r in found]
        yield art


def stored_entity_records(con: sqlite3.Connection) -> list[Record]:
    """Every stored entity as entities.jsonl has it (`layout.entity_records`): its variants
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


_EVENT_HEAD = ("id", "type", "participants", "place", "date", "round", "series", "series_label", "status")


def _event_line(ev: Record) -> Record:
    """A merged event as `marsad.stories.merge` makes it: its main fields first; `plover`, a
    column merged events leave empty (their spans keep it), only when set."""
    head = {k: ev[k] for k in _EVENT_HEAD if k in ev}
    rest = {k: v for k, v in ev.items() if k not in head and not (k == "plover" and v is None)}
    return {**head, **rest}


def _article_lines(con: sqlite3.Connection) -> Iterable[Record]:
    return (article_record(a) for a in stored_articles_full(con))


def write_exports(out: Path, db: Path) -> None:
    """Write the four JSON Lines files and timeline.html of `out` from the database `db`
    (which must exist), each by create-then-rename."""
    out.mkdir(parents=True, exist_ok=True)
    con = open_readonly(db)
    try:
        write_jsonl_atomic(out / "articles.jsonl", _article_lines(con))
        write_jsonl_atomic(out / "entities.jsonl", stored_entity_records(con))
        write_jsonl_atomic(out / "events.jsonl", map(_event_line, stored_events(con)))
        write_jsonl_atomic(out / "stories.jsonl", (s.record() for s in story_summaries(con)))
        recs = timeline_records(con)
    finally:
        con.close()
    html = page(recs.events, recs.articles, recs.entities, recs.n_stories)
    write_text_atomic(out / "timeline.html", [html])
