"""An article's rows as the tables of `marsad.db` hold them: its row of `articles` and the
rows of its segments, mentions, timexes and quotes. `sqlite.py` writes them; a run's
workers make them too (`layers_ahead.prepare_rows`), where every core is busy, so that the
process that writes only hands them to SQLite."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from marsad.model import Article
from marsad.model.duplicates import duplicate_of

Row = tuple[Any, ...]

# (table, layer, the attribute kept in its own column) of the layers stored with their text.
TEXT_LAYERS = (("mentions", "mentions", "entity"), ("timexes", "timexes", "value"),
               ("quotes", "quotes", "speaker"))
ARTICLE_INSERT = ("INSERT OR REPLACE INTO articles (id, path, url, source, title, text, body, published_date,"
                  " published_source, published_json, flags, meta, story, duplicate_group, duplicate_of,"
                  " updated, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
SEGMENT_INSERT = "INSERT OR REPLACE INTO segments VALUES (?,?,?,?,?,?)"
TEXT_LAYER_INSERTS = tuple(f"INSERT OR REPLACE INTO {table} VALUES (?,?,?,?,?,?,?)"  # noqa: S608
                           for table, _, _ in TEXT_LAYERS)

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)
"""`json.dumps` with these options makes an encoder per call; one is enough (same text)."""


def dump(obj: Any) -> str:
    return _ENCODER.encode(obj)


def now() -> str:
    """The time of writing, as the `updated` columns hold it."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def rest(attrs: dict[str, Any], key: str) -> str:
    """The attrs less the one kept in a column of its own, as JSON."""
    return dump({k: v for k, v in attrs.items() if k != key})


def article_row(a: Article, updated: str) -> Row:
    """The article's row of `articles`, less its origin (the last column)."""
    pub = a.published
    return (a.id, a.path, a.url, a.source, a.title, a.text, a.body, pub.date, pub.source,
            dump(pub.to_json()), dump(a.flags), dump(a.meta), a.story, a.duplicate_group,
            duplicate_of(a), updated)


def segment_rows(a: Article) -> list[Row]:
    return [(a.id, s.start, s.end, s.label, s.attrs.lang, s.attrs.cue) for s in a.layer("segments")]


def text_layer_rows(a: Article, layer: str, key: str) -> list[Row]:
    """The rows of the article's spans of `layer` (`key`: the attribute with a column of its own)."""
    return [(a.id, s.start, s.end, s.slice(a.text), s.label, found.get(key), rest(found, key))
            for s in a.layer(layer) for found in (s.attrs.to_json(),)]
