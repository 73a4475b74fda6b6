"""The ids that name an article or a story in the story tables are foreign keys (schema
version 10): a run that would leave one pointing nowhere fails with nothing written, an
article replaced by a newer version of its file takes its story rows with it, an older
database migrates (keeping its rows and their order, dropping only ids that point nowhere)
and every view still reads."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest

import marsad
from marsad.model import Article, Corpus
from marsad.steps import stories as stories_step
from marsad.store import sqlite as store
from marsad.store.corpus_state import write_clusterer
from marsad.store.sqlite import connect, migrations, save_corpus, write_corpus
from tests.test_app import _dump, _exports

# (table, column, the table and column it points to)
STORY_KEYS = [
    ("story_members", "article", "articles", "id"),
    ("story_members", "story", "stories", "id"),
    ("story_sketches", "article", "articles", "id"),
    ("story_state", "id", "stories", "id"),
    ("articles", "story", "stories", "id"),
]
TEXTS = {
    "a.txt": ("قمة في الرياض\nاستقبل ولي العهد السعودي الرئيس الفرنسي في الرياض يوم الأحد"
              " وبحثا العلاقات الثنائية."),
    "b.txt": ("زيارة إلى الرياض\nوصل الرئيس الفرنسي إلى الرياض في زيارة رسمية يلتقي خلالها"
              " ولي العهد السعودي."),
}


def _inputs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _views(con: sqlite3.Connection) -> dict[str, int]:
    names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")]
    return {n: con.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}  # noqa: S608


@pytest.mark.parametrize(("table", "column", "parent", "key"), STORY_KEYS,
                         ids=[f"{t}.{c}" for t, c, _, _ in STORY_KEYS])
def test_the_ids_that_name_an_article_or_a_story_are_deferred_foreign_keys(
        tmp_path: Path, table: str, column: str, parent: str, key: str) -> None:
    con = connect(tmp_path / "m.db")
    keys = {(r[2], r[3], r[4]) for r in con.execute(f"PRAGMA foreign_key_list({table})")}
    assert (parent, column, key) in keys
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    line = next(ln for ln in sql.splitlines() if ln.strip().startswith(column + " "))
    assert "DEFERRABLE INITIALLY DEFERRED" in line  # rows are written before the rows they name


def test_an_article_whose_story_has_no_row_fails_whole(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    save_corpus(con, Corpus(articles=[Article(path="a.txt", text="خبر أول", story="s1")],
                            stories={"s1": []}), [])
    before = sorted(con.iterdump())
    with pytest.raises(sqlite3.IntegrityError):
        save_corpus(con, Corpus(articles=[Article(path="b.txt", text="خبر ثان", story="s2")]), [])
    assert sorted(con.iterdump()) == before


def test_story_state_written_before_its_rows_holds_at_commit(tmp_path: Path) -> None:
    """A run saves its story state (step) before its articles and stories (write_corpus):
    the keys are checked at commit, so the order holds; a member that names no article fails."""
    con = connect(tmp_path / "m.db")
    write_clusterer(con, 1, [], [("s1", 1, None, None, "{}")], [("a1", "s1", None)])
    art = Article(path="a.txt", text="خبر أول", story="s1", id="a1")
    write_corpus(con, Corpus(articles=[art], stories={"s1": ["a1"]}), [])
    con.commit()
    assert con.execute("SELECT article, story FROM story_members").fetchall() == [("a1", "s1")]
    before = sorted(con.iterdump())
    write_clusterer(con, 2, [], [("s1", 2, None, None, "{}")], [("a1", "s1", None), ("ghost", "s1", None)])
    with pytest.raises(sqlite3.IntegrityError):
        con.commit()
    con.rollback()
    assert sorted(con.iterdump()) == before


def test_a_run_that_would_leave_a_member_pointing_nowhere_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's case: story state saved for articles the run does not save."""
    out = tmp_path / "out"
    marsad.run([_inputs(tmp_path / "in")], out)
    before_db, before_files = _dump(out / "marsad.db"), _exports(out)

    def with_a_ghost(con: sqlite3.Connection, n_docs: int, df: list[tuple[str, int]],
                     stories: Iterable[tuple[str, int, str | None, str | None, str]],
                     members: list[tuple[str, str, str | None]]) -> None:
        rows = list(stories)
        write_clusterer(con, n_docs, df, rows, [*members, ("a-not-stored", rows[0][0], None)])

    monkeypatch.setattr(stories_step, "write_clusterer", with_a_ghost)
    (tmp_path / "more").mkdir()
    more = TEXTS["a.txt"] + " وأكد الجانبان أهمية التعاون."
    (tmp_path / "more" / "c.txt").write_text(more, encoding="utf-8")
    with pytest.raises(sqlite3.IntegrityError):
        marsad.run([tmp_path / "more"], out)
    assert _dump(out / "marsad.db") == before_db
    assert _exports(out) == before_files


def test_an_article_replaced_by_its_changed_file_takes_its_story_rows(tmp_path: Path) -> None:
    inputs, out = _inputs(tmp_path / "in"), tmp_path / "out"
    marsad.run([inputs], out)
    changed = "خبر آخر\nأعلنت وزارة الصحة في جدة افتتاح مستشفى جديد للأطفال."
    (inputs / "a.txt").write_text(changed, encoding="utf-8")
    marsad.run([inputs / "a.txt"], out)
    con = sqlite3.connect(out / "marsad.db")
    ids = {i for (i,) in con.execute("SELECT id FROM articles")}
    assert len(ids) == 2
    for table in ("story_members", "story_sketches"):
        assert {a for (a,) in con.execute(f"SELECT article FROM {table}")} == ids, table  # noqa: S608
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def _database_at_version_9(db: Path) -> None:
    """A database as marsad left it at schema version 9 (migrated the way `connect` does)."""
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")
    store._migrate(con, [(v, sql) for v, sql in migrations() if v < 10])
    con.close()


def test_an_older_database_keeps_its_rows_in_order_and_drops_ids_that_point_nowhere(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _database_at_version_9(db)
    old = sqlite3.connect(db)
    old.executescript("""
        INSERT INTO stories VALUES ('s1', '{"articles": ["a2", "a1"]}');
        INSERT INTO articles (rowid, id, path, text, body, story, updated)
            VALUES (7, 'a2', 'b.txt', 'ب', 'ب', 's1', 'T');
        INSERT INTO articles (rowid, id, path, text, body, story, updated)
            VALUES (3, 'a1', 'a.txt', 'أ', 'أ', 's1', 'T');
        INSERT INTO articles (rowid, id, path, text, body, story, updated)
            VALUES (9, 'a3', 'c.txt', 'ج', 'ج', 'gone', 'T');
        INSERT INTO story_members VALUES ('a2', 's1', 'd2');
        INSERT INTO story_members VALUES ('a1', 's1', 'd1');
        INSERT INTO story_members VALUES ('a3', 'gone', 'd3');
        INSERT INTO story_members VALUES ('ghost', 's1', NULL);
        INSERT INTO story_sketches VALUES ('a1', 'd1', NULL, 1, 1, x'00', x'00');
        INSERT INTO story_sketches VALUES ('ghost', 'dg', NULL, 1, 1, x'00', x'00');
        INSERT INTO story_state VALUES ('s1', 2, NULL, NULL, '{}');
        INSERT INTO story_state VALUES ('gone', 1, NULL, NULL, '{}');
        INSERT INTO segments VALUES ('a1', 0, 1, 'body', 'ar', NULL);
    """)
    old.commit()
    old.close()
    con = connect(db)
    rows = con.execute
    assert rows("SELECT rowid, id, story FROM articles ORDER BY rowid").fetchall() == [
        (3, "a1", "s1"), (7, "a2", "s1"), (9, "a3", None)]  # the order they were stored in
    assert rows("SELECT article, story FROM story_members").fetchall() == [("a2", "s1"), ("a1", "s1")]
    assert rows("SELECT article FROM story_sketches").fetchall() == [("a1",)]
    assert rows("SELECT id FROM story_state").fetchall() == [("s1",)]
    assert rows("SELECT count(*) FROM segments").fetchone() == (1,)  # not emptied by the rebuild
    assert rows("SELECT article_id FROM v_story_members ORDER BY position").fetchall() == [("a2",), ("a1",)]
    assert rows("PRAGMA foreign_key_check").fetchall() == []
    assert max(v for (v,) in rows("SELECT version FROM schema_version")) == max(v for v, _ in migrations())
    names = {r[0] for r in rows("SELECT name FROM sqlite_master")}
    assert not any(n.endswith("_v9") for n in names)
    assert {"articles_path", "articles_origin", "articles_duplicate_of", "articles_published",
            "articles_story", "story_members_story"} <= names
    assert _views(con)  # every view reads the rebuilt tables


def test_every_view_reads_a_run_into_a_migrated_database(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _database_at_version_9(out / "marsad.db")
    marsad.run([_inputs(tmp_path / "in")], out)
    fresh = tmp_path / "fresh"
    marsad.run([tmp_path / "in"], fresh)
    with sqlite3.connect(out / "marsad.db") as a, sqlite3.connect(fresh / "marsad.db") as b:
        assert _views(a) == _views(b)
        read = _views(a)
        assert all(read[v] > 0 for v in ("v_articles", "v_mentions", "v_story_members"))
        assert a.execute("PRAGMA foreign_key_check").fetchall() == []
