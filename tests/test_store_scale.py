"""Writing stays linear: the lookups a save makes go through indexes (schema version 3,
also applied to an older database), and the bulk save keeps the update-in-place rules.
Behaviour only; the time is measured by `python3 -m benchmarks.write_scale`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.model import Article, Corpus, MentionAttrs, Outcome, SegmentAttrs, Span
from marsad.store import sqlite as sqlite_store
from marsad.store.sqlite import connect, migrations, save_articles, save_corpus
from tests.conftest import database_at


def _plan(con: sqlite3.Connection, sql: str) -> str:
    return " | ".join(str(r[-1]) for r in con.execute("EXPLAIN QUERY PLAN " + sql, ("p", "a")))


def test_replacing_by_path_and_deleting_events_use_an_index(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    assert "USING INDEX articles_path" in _plan(con, "DELETE FROM articles WHERE path = ? AND id != ?")
    names = {r[1] for r in con.execute("PRAGMA index_list(event_mentions)")}
    assert "event_mentions_event" in names


def test_an_older_database_gets_the_indexes(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    database_at(db, below=3)
    con = connect(db)
    assert [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version")] == [
        v for v, _ in migrations()]
    assert "USING INDEX articles_path" in _plan(con, "DELETE FROM articles WHERE path = ? AND id != ?")


def _article(i: int, edit: str = "") -> Article:
    text = f"عنوان {i}\nنص الخبر رقم {i}{edit}"
    art = Article(path=f"in/{i}.txt", text=text, title=f"عنوان {i}")
    cut = text.index("\n")
    art.set_layer("segments", [Span(0, cut, "title", SegmentAttrs()),
                               Span(cut + 1, len(text), "body", SegmentAttrs())])
    # not resolved: no entity to point to
    art.set_layer("mentions", [Span(cut + 1, cut + 3, "PER", MentionAttrs())])
    return art


def _count(con: sqlite3.Connection, table: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def test_a_rerun_with_changed_content_replaces_every_old_version(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the inputs are files: their origin is where they were read
    (tmp_path / "in").mkdir()
    for i in range(300):
        (tmp_path / "in" / f"{i}.txt").write_text(str(i), encoding="utf-8")
    con = connect(tmp_path / "m.db")
    first = [_article(i) for i in range(300)]
    save_corpus(con, Corpus(articles=first), [Outcome(a.path, "ok") for a in first])
    changed = [_article(i, " (محدث)") for i in range(300)]
    save_corpus(con, Corpus(articles=changed), [Outcome(a.path, "ok") for a in changed])
    ids = {r[0] for r in con.execute("SELECT id FROM articles")}
    assert ids == {a.id for a in changed}
    assert {r[0] for r in con.execute("SELECT DISTINCT article FROM segments")} == ids
    assert _count(con, "segments") == 600 and _count(con, "mentions") == 300
    assert _count(con, "outcomes") == 300


def test_a_rerun_with_a_changed_path_moves_the_article(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    art = _article(1)
    save_corpus(con, Corpus(articles=[art]), [])
    moved = _article(1)
    moved.path = "elsewhere/1.txt"
    save_corpus(con, Corpus(articles=[moved]), [])
    assert con.execute("SELECT id, path FROM articles").fetchall() == [(art.id, "elsewhere/1.txt")]
    assert _count(con, "segments") == 2


def test_one_path_twice_in_one_save_keeps_the_last(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    a, b = _article(1), _article(1, " ثانية")
    with con:
        save_articles(con, [a, b])
    assert con.execute("SELECT id FROM articles").fetchall() == [(b.id,)]


def test_a_lone_surrogate_is_stored_replaced_not_a_crash(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    art = _article(2)
    art.title = "عنوان \udc80 مكسور"
    save_corpus(con, Corpus(articles=[art]), [Outcome("in/\udcff.txt", "skipped", "ingest", "odd name")])
    assert con.execute("SELECT title FROM articles").fetchone() == ("عنوان ? مكسور",)
    assert con.execute("SELECT path FROM outcomes").fetchone() == ("in/?.txt",)


def test_rows_written_in_parts_are_the_rows_written_at_once(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """`_many` makes and sends rows ROWS_AT_ONCE at a time: the same tables as one part, a
    lone surrogate in a later part replaced there (the parts before it kept)."""
    arts = [_article(k) for k in range(7)]
    arts[5].title = "عنوان \udc80 مكسور"

    def tables(db: Path) -> list[list[tuple[object, ...]]]:
        con = sqlite3.connect(db)
        try:
            return [sorted(con.execute(f"SELECT * FROM {t}"), key=repr)  # noqa: S608
                    for t in ("segments", "mentions")] + [
                sorted(con.execute("SELECT id, path, title, text, body FROM articles"))]
        finally:
            con.close()

    save_corpus(connect(tmp_path / "whole.db"), Corpus(articles=arts), [])
    monkeypatch.setattr(sqlite_store, "ROWS_AT_ONCE", 2)
    save_corpus(connect(tmp_path / "parts.db"), Corpus(articles=arts), [])
    whole, parts = tables(tmp_path / "whole.db"), tables(tmp_path / "parts.db")
    assert parts == whole
    assert len(parts[2]) == 7 and sum(len(t) for t in parts[:2]) > 2 * 2  # several parts each
    assert [r[2] for r in parts[2] if r[0] == arts[5].id] == ["عنوان ? مكسور"]
