"""The embedded SQLite store: versioned schema files, upserts keyed by content ids."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from itertools import islice
from pathlib import Path

from marsad.lang.normalize import normalize
from marsad.model import (
    Article,
    Corpus,
    EventAttrs,
    MentionAttrs,
    Outcome,
    Published,
    QuoteAttrs,
    SegmentAttrs,
    Span,
    StoredArticle,
    TimexAttrs,
)
from marsad.store.rows import (
    ARTICLE_INSERT,
    SEGMENT_INSERT,
    TEXT_LAYER_INSERTS,
    TEXT_LAYERS,
    Row,
    article_row,
    segment_rows,
    text_layer_rows,
)
from marsad.store.rows import dump as _dump
from marsad.store.rows import now as _now
from marsad.store.rows import rest as _rest

CACHE_KIB = 131072
"""The most page cache one connection keeps, in KiB (128 MiB; SQLite's default is 2 MiB).
It is taken only as the database grows. With the default, a run that writes a database
larger than the cache keeps evicting and re-reading B-tree pages, and a save slows down
as the database grows (100k tiny articles: 13 s instead of 8 s)."""


def migrations() -> list[tuple[int, str]]:
    """(version, sql) of every schema file, in order."""
    folder = resources.files("marsad.store").joinpath("schema")
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(int(p.name.split("_", 1)[0]), p.read_text(encoding="utf-8")) for p in files]


@contextmanager
def corpus_db(corpus: Corpus) -> Iterator[sqlite3.Connection | None]:
    """The database named by `corpus.options["db"]` (created if needed), or None when the
    run has none; corpus steps that keep state across runs load and save through it. A run
    passes its own connection (`options["con"]`). A step run alone on a database of its own
    (tests of incremental steps) saves its state without the articles and stories it names,
    so there the foreign keys of that state (schema 0010) are not enforced."""
    shared = corpus.options.get("con")
    if isinstance(shared, sqlite3.Connection):  # the run's own: its transaction, never committed here
        yield shared
        return
    db = corpus.options.get("db")
    if not db:
        yield None
        return
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    con = connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    try:
        yield con
        con.commit()
    finally:
        con.close()


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating and migrating as needed) the database at `path`."""
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute(f"PRAGMA cache_size = -{int(CACHE_KIB)}")
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
    )
    con.commit()
    done = {v for (v,) in con.execute("SELECT version FROM schema_version")}
    todo = [(v, sql) for v, sql in migrations() if v not in done]
    if todo:
        _migrate(con, todo)
    return con


def _migrate(con: sqlite3.Connection, todo: list[tuple[int, str]]) -> None:
    """Apply the schema files `todo`, in order. Each is one transaction, its version row
    included: a run killed inside it leaves the schema as it was, and the next run applies
    it whole. They run with foreign keys off and the legacy table rename, the way SQLite
    rebuilds a table to add a constraint without emptying the tables whose rows point to it
    or rewriting the views that read it; every foreign key is checked after."""
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("PRAGMA legacy_alter_table = ON")
    try:
        for version, sql in todo:
            con.executescript(f"BEGIN;\n{sql}\n;INSERT INTO schema_version VALUES "
                              f"({int(version)}, '{_now()}');\nCOMMIT;")
    finally:
        con.execute("PRAGMA legacy_alter_table = OFF")
        con.execute("PRAGMA foreign_keys = ON")
    broken = con.execute("PRAGMA foreign_key_check").fetchmany(3)
    if broken:
        raise sqlite3.IntegrityError(f"rows that point to no row after migrating the database: {broken}")


# Ids asked for in one query (SQLite allows 32766 parameters since 3.32, 999 before).
IDS_AT_ONCE = 900

_LAYER_TABLES = ("segments", "mentions", "timexes", "quotes", "event_mentions")
_STORY_TABLES = ("story_members", "story_sketches")
"""The story state kept by article (schema 0002), whose ids point to articles (schema 0010)."""


def _text_safe(row: Row) -> Row:
    """The row with every string made encodable as UTF-8 (a lone surrogate becomes `?`,
    one code point for one, so offsets hold)."""
    return tuple(v.encode("utf-8", "replace").decode("utf-8") if isinstance(v, str) else v for v in row)


ROWS_AT_ONCE = 20_000
"""Rows made and sent to one `executemany` at a time: a run's rows are made as they are
written instead of all at once (on 31k articles the mentions' rows alone hold some 600k
tuples of new strings, and the articles' rows every body), in the same order."""


def _many(con: sqlite3.Connection, sql: str, rows: Iterable[Row]) -> None:
    """`executemany` over `rows`, ROWS_AT_ONCE at a time, each part once more with text made
    safe when a string cannot be encoded (every statement here is an idempotent upsert or
    delete, so rows already done are harmless)."""
    it = iter(rows)
    while part := list(islice(it, ROWS_AT_ONCE)):
        try:
            con.executemany(sql, part)
        except UnicodeEncodeError:
            con.executemany(sql, [_text_safe(r) for r in part])


def save_articles(con: sqlite3.Connection, articles: list[Article],
                  layers_saved: frozenset[str] = frozenset()) -> None:
    """Insert or replace articles and their layers, in bulk (a few statements each, every
    lookup by an index: the cost is linear in the articles and spans). An older version
    read from the same path (its content changed, so its id did too) is removed with its
    layers. Within one call a path is kept once, its last article winning. The articles in
    `layers_saved` were saved already, rows and layers (`layers_ahead.save_ahead`), and are
    left as they are."""
    arts = [a for a in {a.path: a for a in articles}.values() if a.id not in layers_saved]
    origins = [origin_of(a.path) for a in arts]
    replaced = [(o, a.id) for o, a in zip(origins, arts, strict=True) if o is not None]
    for table in _STORY_TABLES:  # a replaced version's story membership and sketch go with it
        _many(con, f"DELETE FROM {table} WHERE article IN"  # noqa: S608
              " (SELECT id FROM articles WHERE origin = ? AND id != ?)", replaced)
    _many(con, "DELETE FROM articles WHERE origin = ? AND id != ?", replaced)
    save_article_rows(con, arts, origins)
    ids = [(a.id,) for a in arts]
    for table in _LAYER_TABLES:
        _many(con, f"DELETE FROM {table} WHERE article = ?", ids)  # noqa: S608
    save_layer_rows(con, arts)


def save_article_rows(con: sqlite3.Connection, arts: list[Article], origins: list[str | None]) -> None:
    """Insert or replace the articles' rows (`origins`: each one's `origin_of`), not their layers."""
    updated = _now()
    insert_article_rows(con, ((*article_row(a, updated), o) for a, o in zip(arts, origins, strict=True)))


def save_layer_rows(con: sqlite3.Connection, arts: list[Article]) -> None:
    """Insert the segments, mentions, timexes and quotes of `arts` (their old rows not deleted)."""
    insert_layer_rows(con, (r for a in arts for r in segment_rows(a)),
                      [_layer_rows(arts, layer, key) for _, layer, key in TEXT_LAYERS])


def _layer_rows(arts: list[Article], layer: str, key: str) -> Iterator[Row]:
    return (r for a in arts for r in text_layer_rows(a, layer, key))


def insert_article_rows(con: sqlite3.Connection, rows: Iterable[Row]) -> None:
    """Insert or replace rows of `articles` made by `rows.article_row`, each with its origin last."""
    _many(con, ARTICLE_INSERT, rows)


def insert_layer_rows(con: sqlite3.Connection, segments: Iterable[Row],
                      text_layers: list[Iterator[Row]]) -> None:
    """Insert rows of `segments` and of each table of `rows.TEXT_LAYERS` (in that order)."""
    _many(con, SEGMENT_INSERT, segments)
    for sql, rows in zip(TEXT_LAYER_INSERTS, text_layers, strict=True):
        _many(con, sql, rows)


def stored_mention_articles(con: sqlite3.Connection, run: list[Article]) -> list[Article]:
    """The stored articles with mentions that the run's articles `run` neither are nor replace
    (a newer version read from the same origin), in the order they were stored, each with
    its id, path, text and mentions (their attrs as stored, the entity id among them).
    Earlier runs' articles then `run` are the articles of one run over their inputs in turn."""
    ids = {a.id for a in run}
    origins = {o for a in run if (o := origin_of(a.path)) is not None}
    arts: dict[str, Article] = {}
    for aid, path, text, origin in con.execute(
            "SELECT a.id, a.path, a.text, a.origin FROM articles a"
            " WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id) ORDER BY a.rowid"):
        if aid not in ids and (origin is None or origin not in origins):
            arts[aid] = Article(path=path, text=text, id=aid)
    for aid, start, end, label, entity, attrs in con.execute(
            "SELECT article, start, end, type, entity, attrs FROM mentions ORDER BY article, start, end"):
        art = arts.get(aid)
        if art is not None:
            found = json.loads(attrs)
            if entity is not None:
                found["entity"] = entity
            art.layer("mentions").append(Span(start, end, label, MentionAttrs.from_json(found)))
    return list(arts.values())


def load_layers(con: sqlite3.Connection, arts: list[Article]) -> None:
    """Give stored articles (read by `stored_mention_articles`) their stored publication,
    story, segments, timexes, quotes and events (without their merged event's id): what
    finding their quotes and events again, or renaming the entities in them, and merging
    those events read."""
    by_id = {a.id: a for a in arts}
    wanted = sorted(by_id)
    for k in range(0, len(wanted), IDS_AT_ONCE):
        part = wanted[k : k + IDS_AT_ONCE]
        marks = ",".join("?" * len(part))
        for aid, pub, story in con.execute(
                f"SELECT id, published_json, story FROM articles WHERE id IN ({marks})", part):  # noqa: S608
            by_id[aid].story = story
            if pub:
                by_id[aid].published = Published.from_json(json.loads(pub))
        for aid, start, end, role, lang, cue in con.execute(
                f"SELECT article, start, end, role, lang, cue FROM segments WHERE article IN ({marks})"  # noqa: S608
                " ORDER BY article, start, end", part):
            by_id[aid].layer("segments").append(Span(start, end, role, SegmentAttrs(cue=cue, lang=lang)))
        read = {"timexes": TimexAttrs.from_json, "quotes": QuoteAttrs.from_json}
        for table, layer, column in (("timexes", "timexes", "value"), ("quotes", "quotes", "speaker")):
            for aid, start, end, label, value, attrs in con.execute(
                    f"SELECT article, start, end, {'type' if table == 'timexes' else 'kind'}, {column}, attrs"  # noqa: S608
                    f" FROM {table} WHERE article IN ({marks}) ORDER BY article, start, end", part):
                found = read[layer]({**json.loads(attrs), column: value})
                by_id[aid].layer(layer).append(Span(start, end, label, found))
        for aid, start, end, label, attrs in con.execute(
                f"SELECT article, start, end, type, attrs FROM event_mentions WHERE article IN ({marks})"  # noqa: S608
                " ORDER BY article, start, end, type", part):
            by_id[aid].layer("events").append(Span(start, end, label, _found_event(attrs)))


def save_restated(con: sqlite3.Connection, arts: list[Article]) -> None:
    """Replace the stored mentions and quotes of earlier runs' articles whose entities were
    resolved again (their events are saved with every event, `_save_events`)."""
    ids = [(a.id,) for a in arts]
    for (table, layer, key), insert in zip(TEXT_LAYERS, TEXT_LAYER_INSERTS, strict=True):
        if table == "timexes":  # dates do not depend on the entities
            continue
        _many(con, f"DELETE FROM {table} WHERE article = ?", ids)  # noqa: S608
        _many(con, insert, (r for a in arts for r in text_layer_rows(a, layer, key)))


def origin_of(path: str) -> str | None:
    """The key of the place an article was read from: the file's resolved path (with its
    record number), the same from any working directory; None for standard input or a
    path that names no file."""
    file, sep, record = path.partition("#")
    if file in ("-", "") or not os.path.isfile(file):
        return None
    return os.path.realpath(file) + sep + record


def stored_articles(con: sqlite3.Connection, ids: Iterable[str]) -> dict[str, StoredArticle]:
    """The stored articles among `ids`, by id."""
    wanted = sorted(set(ids))
    found: dict[str, StoredArticle] = {}
    for k in range(0, len(wanted), IDS_AT_ONCE):
        part = wanted[k : k + IDS_AT_ONCE]
        sql = f"SELECT id, path, duplicate_group FROM articles WHERE id IN ({','.join('?' * len(part))})"  # noqa: S608
        for aid, path, group in con.execute(sql, part):
            found[aid] = StoredArticle(path, group)
    return found


def save_outcomes(con: sqlite3.Connection, outcomes: list[Outcome]) -> None:
    now = _now()
    _many(con, "INSERT OR REPLACE INTO outcomes VALUES (?,?,?,?,?,?)",
          [(o.path, o.status, o.stage, o.reason, o.article_id, now) for o in outcomes])


def _save_entities(con: sqlite3.Connection, corpus: Corpus) -> None:
    if corpus.entities_complete:  # every mention of the database was resolved again: replace them all
        con.execute("DELETE FROM entity_variants")
        con.execute("DELETE FROM entities")
    ents = [e.to_json() for e in corpus.entities.values()]
    skip = ("id", "type", "name", "qid", "variants")
    _many(con, "INSERT OR REPLACE INTO entities VALUES (?,?,?,?,?)",
          [(e["id"], e["type"], e["name"], e.get("qid"),
            _dump({k: v for k, v in e.items() if k not in skip})) for e in ents])
    # Spellings and their counts over every stored mention (earlier runs' too), with the
    # names this run knows without a mention (a catalogue's) at 0: runs A then B count as
    # one run over A and B.
    counted: dict[str, dict[str, int]] = {e["id"]: {v: 0 for v in (e.get("variants") or {})} for e in ents}
    for k in range(0, len(ents), IDS_AT_ONCE):
        part = [e["id"] for e in ents[k : k + IDS_AT_ONCE]]
        sql = ("SELECT entity, text, COUNT(*) FROM mentions"  # noqa: S608
               f" WHERE entity IN ({','.join('?' * len(part))}) GROUP BY entity, text")
        for eid, text, n in con.execute(sql, part):
            counted[eid][text] = n
    _many(con, "DELETE FROM entity_variants WHERE entity = ?", [(e["id"],) for e in ents])
    _many(con, "INSERT OR REPLACE INTO entity_variants VALUES (?,?,?,?)",
          [(eid, v, normalize(v), n) for eid, vs in counted.items() for v, n in vs.items()])


def stored_event_articles(con: sqlite3.Connection, exclude: set[str]) -> list[Article]:
    """The stored articles (other than `exclude`) that report events, each with only what
    merging needs: id, path, publication, story and its event spans."""
    arts: dict[str, Article] = {}
    rows = con.execute(
        "SELECT a.id, a.path, a.published_json, a.story, m.start, m.end, m.type, m.attrs"
        " FROM event_mentions m JOIN articles a ON a.id = m.article ORDER BY a.id, m.start")
    for aid, path, pub, story, start, end, label, attrs in rows:
        if aid in exclude:
            continue
        art = arts.get(aid)
        if art is None:
            art = arts[aid] = Article(path=path, text="", id=aid, story=story)
            art.published = Published.from_json(json.loads(pub)) if pub else art.published
        art.layer("events").append(Span(start, end, label, _found_event(attrs)))
    return list(arts.values())


def _found_event(attrs: str) -> EventAttrs:
    """A stored event span's attrs as the events step found them: less what merging set (a
    date inferred from its merged event), which merging them again sets anew."""
    found = EventAttrs.from_json(json.loads(attrs))
    found.inferred_date = None
    return found


def _save_events(con: sqlite3.Connection, corpus: Corpus) -> None:
    if corpus.events_complete:  # every event of the database was merged again: replace them all
        con.execute("DELETE FROM event_mentions")
        con.execute("DELETE FROM event_participants")
        con.execute("DELETE FROM events")
    evs = [ev.to_json() for ev in corpus.events.values()]
    skip = ("id", "type", "plover", "place", "date", "series", "round", "status")
    _many(con, "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?)",
          [(ev["id"], ev["type"], ev.get("plover"), ev.get("place"), ev.get("date"), ev.get("series"),
            ev.get("round"), ev.get("status"), _dump({k: v for k, v in ev.items() if k not in skip}))
           for ev in evs])
    _many(con, "DELETE FROM event_participants WHERE event = ?", [(ev["id"],) for ev in evs])
    _many(con, "INSERT OR REPLACE INTO event_participants VALUES (?,?,?)",
          [(ev["id"], p, (ev.get("roles") or {}).get(p)) for ev in evs for p in ev.get("participants") or []])
    saved = list({a.path: a for a in corpus.articles}.values())
    if corpus.earlier:  # of the earlier articles, those still stored (not replaced by this run)
        kept = set(stored_articles(con, (a.id for a in corpus.earlier)))
        saved += [a for a in corpus.earlier if a.id in kept]
    _many(con, "INSERT OR REPLACE INTO event_mentions VALUES (?,?,?,?,?,?)",
          ((s.attrs.id, a.id, s.start, s.end, s.label, _rest(s.attrs.to_json(), "id"))
           for a in saved for s in a.layer("events") if s.attrs.id in corpus.events))


def save_corpus(con: sqlite3.Connection, corpus: Corpus, outcomes: list[Outcome]) -> None:
    """Everything a run found, in one transaction (committed): re-running updates in place."""
    with con:
        write_corpus(con, corpus, outcomes)


def write_corpus(con: sqlite3.Connection, corpus: Corpus, outcomes: list[Outcome],
                 layers_saved: frozenset[str] = frozenset()) -> None:
    """Everything a run found, inside the caller's transaction (not committed here);
    `layers_saved`: the articles saved ahead, rows and layers (`layers_ahead.save_ahead`)."""
    save_articles(con, corpus.articles, layers_saved)
    save_restated(con, corpus.restated)
    _save_entities(con, corpus)
    _save_events(con, corpus)
    _many(con, "INSERT OR REPLACE INTO stories VALUES (?,?)",
          [(sid, _dump({"articles": members})) for sid, members in corpus.stories.items()])
    save_outcomes(con, outcomes)

