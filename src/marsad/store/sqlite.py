"""The embedded SQLite store: versioned schema files, upserts keyed by content ids."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.lang.normalize import normalize
from marsad.model import Article, Outcome
from marsad.stages.base import Corpus


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)


def migrations() -> list[tuple[int, str]]:
    """(version, sql) of every schema file, in order."""
    folder = resources.files("marsad.store").joinpath("schema")
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(int(p.name.split("_", 1)[0]), p.read_text(encoding="utf-8")) for p in files]


@contextmanager
def corpus_db(corpus: Corpus) -> Iterator[sqlite3.Connection | None]:
    """The database named by `corpus.options["db"]` (created if needed), or None when the
    run has none; corpus steps that keep state across runs load and save through it."""
    db = corpus.options.get("db")
    if not db:
        yield None
        return
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    con = connect(db)
    try:
        yield con
    finally:
        con.close()


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating and migrating as needed) the database at `path`."""
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
    )
    done = {v for (v,) in con.execute("SELECT version FROM schema_version")}
    for version, sql in migrations():
        if version not in done:
            con.executescript(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _now()))
    con.commit()
    return con


_LAYER_TABLES = ("segments", "mentions", "timexes", "quotes", "event_mentions")


def save_article(con: sqlite3.Connection, art: Article) -> None:
    """Insert or replace one article and its layers; an older version read from the
    same path (its content changed, so its id did too) is removed with its layers."""
    now = _now()
    pub = art.published or {}
    con.execute("DELETE FROM articles WHERE path = ? AND id != ?", (art.path, art.id))
    con.execute(
        "INSERT OR REPLACE INTO articles (id, path, url, source, title, text, body, published_date,"
        " published_source, published_json, flags, meta, story, duplicate_group, updated)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (art.id, art.path, art.url, art.source, art.title, art.text, art.body, pub.get("date"),
         pub.get("source"), _dump(pub), _dump(art.flags), _dump(art.meta), art.story,
         art.duplicate_group, now),
    )
    for table in _LAYER_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article = ?", (art.id,))  # noqa: S608
    t = art.text
    con.executemany(
        "INSERT OR REPLACE INTO segments VALUES (?,?,?,?,?,?)",
        [(art.id, s.start, s.end, s.label, s.attrs.get("lang"), s.attrs.get("cue"))
         for s in art.layer("segments")],
    )
    con.executemany(
        "INSERT OR REPLACE INTO mentions VALUES (?,?,?,?,?,?,?)",
        [(art.id, s.start, s.end, s.slice(t), s.label, s.attrs.get("entity"),
          _dump({k: v for k, v in s.attrs.items() if k != "entity"})) for s in art.layer("mentions")],
    )
    con.executemany(
        "INSERT OR REPLACE INTO timexes VALUES (?,?,?,?,?,?,?)",
        [(art.id, s.start, s.end, s.slice(t), s.label, s.attrs.get("value"),
          _dump({k: v for k, v in s.attrs.items() if k != "value"})) for s in art.layer("timexes")],
    )
    con.executemany(
        "INSERT OR REPLACE INTO quotes VALUES (?,?,?,?,?,?,?)",
        [(art.id, s.start, s.end, s.slice(t), s.label, s.attrs.get("speaker"),
          _dump({k: v for k, v in s.attrs.items() if k != "speaker"})) for s in art.layer("quotes")],
    )


def save_outcome(con: sqlite3.Connection, out: Outcome) -> None:
    con.execute(
        "INSERT OR REPLACE INTO outcomes VALUES (?,?,?,?,?,?)",
        (out.path, out.status, out.stage, out.reason, out.article_id, _now()),
    )


def save_corpus(con: sqlite3.Connection, corpus: Corpus, outcomes: list[Outcome]) -> None:
    """Everything a run found, in one transaction: re-running updates in place."""
    with con:
        for art in corpus.articles:
            save_article(con, art)
        for ent in corpus.entities.values():
            con.execute(
                "INSERT OR REPLACE INTO entities VALUES (?,?,?,?,?)",
                (ent["id"], ent["type"], ent["name"], ent.get("qid"),
                 _dump({k: v for k, v in ent.items() if k not in ("id", "type", "name", "qid", "variants")})),
            )
            con.execute("DELETE FROM entity_variants WHERE entity = ?", (ent["id"],))
            con.executemany(
                "INSERT OR REPLACE INTO entity_variants VALUES (?,?,?,?)",
                [(ent["id"], v, normalize(v), n) for v, n in (ent.get("variants") or {}).items()],
            )
        for ev in corpus.events.values():
            con.execute(
                "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?)",
                (ev["id"], ev["type"], ev.get("plover"), ev.get("place"), ev.get("date"),
                 ev.get("series"), ev.get("round"), ev.get("status"),
                 _dump({k: v for k, v in ev.items() if k not in ("id", "type", "plover", "place", "date",
                                                                   "series", "round", "status")})),
            )
            con.execute("DELETE FROM event_participants WHERE event = ?", (ev["id"],))
            roles = ev.get("roles") or {}
            con.executemany(
                "INSERT OR REPLACE INTO event_participants VALUES (?,?,?)",
                [(ev["id"], p, roles.get(p)) for p in ev.get("participants") or []],
            )
        for art in corpus.articles:
            con.executemany(
                "INSERT OR REPLACE INTO event_mentions VALUES (?,?,?,?,?,?)",
                [(s.attrs["id"], art.id, s.start, s.end, s.label,
                  _dump({k: v for k, v in s.attrs.items() if k != "id"}))
                 for s in art.layer("events") if s.attrs.get("id") in corpus.events],
            )
        for sid, members in corpus.stories.items():
            con.execute("INSERT OR REPLACE INTO stories VALUES (?,?)", (sid, _dump({"articles": members})))
        for out in outcomes:
            save_outcome(con, out)
