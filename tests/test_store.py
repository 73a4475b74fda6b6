"""The SQLite store: versioned schema files applied once, upserts keyed by content ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.model import Article, Corpus, Entity, MentionAttrs, Outcome, SegmentAttrs, Span
from marsad.store.sqlite import connect, load_layers, migrations, save_corpus, stored_mention_articles


def test_schema_versions_are_applied_once_in_order(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    con = connect(db)
    con.close()
    con = connect(db)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [v for v, _ in migrations()]
    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "segments", "mentions", "timexes", "entities", "entity_variants", "events",
            "event_participants", "quotes", "stories", "outcomes"} <= tables


def _corpus() -> Corpus:
    text = "عنوان\nقال بوتين إن الأمر مهم"
    art = Article(path="a.txt", text=text)
    art.set_layer("segments", [Span(0, 5, "title", SegmentAttrs()),
                               Span(6, len(text), "body", SegmentAttrs())])
    name = text.index("بوتين")
    art.set_layer("mentions", [Span(name, name + 5, "PER", MentionAttrs(entity="e1"))])
    c = Corpus(articles=[art])
    c.entities["e1"] = Entity("e1", "PER", "بوتين", {"بوتين": 1})
    return c


def test_saving_twice_updates_in_place(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    for _ in range(2):
        save_corpus(con, _corpus(), [Outcome("a.txt", "ok")])
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
              for t in ("articles", "segments", "mentions", "entities", "entity_variants", "outcomes")}
    assert counts == {"articles": 1, "segments": 2, "mentions": 1, "entities": 1,
                      "entity_variants": 1, "outcomes": 1}
    row = con.execute("SELECT text, body FROM articles").fetchone()
    assert row == ("عنوان\nقال بوتين إن الأمر مهم", "قال بوتين إن الأمر مهم")
    assert con.execute("SELECT text, entity FROM mentions").fetchone() == ("بوتين", "e1")


def test_a_changed_input_replaces_its_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("the input file, read again after it changed", encoding="utf-8")
    con = connect(tmp_path / "m.db")
    save_corpus(con, _corpus(), [Outcome("a.txt", "ok")])
    changed = Article(path="a.txt", text="عنوان آخر\nنص جديد")
    changed.set_layer("segments", [Span(0, 9, "title", SegmentAttrs())])
    save_corpus(con, Corpus(articles=[changed]), [Outcome("a.txt", "ok")])
    assert con.execute("SELECT id FROM articles").fetchall() == [(changed.id,)]
    assert con.execute("SELECT count(*) FROM mentions").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM segments").fetchone() == (1,)


def test_two_batches_from_standard_input_never_replace_each_other(tmp_path: Path) -> None:
    """Standard input has no place to be read again from: articles are kept by identity."""
    con = connect(tmp_path / "m.db")
    first = [Article(path=f"-#{k}", text=f"الخبر الأول رقم {k}") for k in range(3)]
    second = [Article(path=f"-#{k}", text=f"الخبر الثاني رقم {k}") for k in range(3)]
    save_corpus(con, Corpus(articles=first), [])
    save_corpus(con, Corpus(articles=second), [])
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (6,)
    assert con.execute("SELECT count(*) FROM articles WHERE origin IS NOT NULL").fetchone() == (0,)


def test_one_file_named_from_two_working_directories_is_one_origin(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "data.txt").write_text("x", encoding="utf-8")
    con = connect(tmp_path / "m.db")
    monkeypatch.chdir(tmp_path)
    save_corpus(con, Corpus(articles=[Article(path="a/data.txt", text="النص القديم")]), [])
    monkeypatch.chdir(tmp_path / "a")
    new = Article(path="data.txt", text="النص الجديد")
    save_corpus(con, Corpus(articles=[new]), [])
    assert con.execute("SELECT id FROM articles").fetchall() == [(new.id,)]


def test_a_migration_is_all_or_nothing(tmp_path: Path) -> None:
    """A run killed inside a migration (here: one that fails half-way) leaves the schema as
    it was and no version row, so the next run applies the migration whole."""
    import sqlite3

    from marsad.store import sqlite as store

    db = tmp_path / "m.db"
    connect(db).close()
    done = [v for v, _ in migrations()]
    half = "ALTER TABLE articles ADD COLUMN extra TEXT;\nSELECT * FROM nowhere;"
    broken = [*migrations(), (max(done) + 1, half)]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(store, "migrations", lambda: broken)
        with pytest.raises(sqlite3.OperationalError):
            connect(db)
    con = sqlite3.connect(db)
    columns = {r[1] for r in con.execute("PRAGMA table_info(articles)")}
    versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version")]
    assert "extra" not in columns and versions == done


def _named(path: str, text: str, entity: str) -> Article:
    """An article whose one mention is its first word, resolved to `entity`."""
    art = Article(path=path, text=text)
    art.set_layer("segments", [Span(0, len(text), "body", SegmentAttrs())])
    art.set_layer("mentions", [Span(0, text.index(" "), "PER",
                                    MentionAttrs(entity=entity, resolved_by="why"))])
    return art


def test_stored_mention_articles_come_in_stored_order_without_the_runs_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What resolving again reads of earlier runs: their articles with mentions in the order
    they were stored, leaving out those the run reads again and those it replaces."""
    monkeypatch.chdir(tmp_path)
    Path("c.txt").write_text("x", encoding="utf-8")
    con = connect(tmp_path / "m.db")
    late, early = _named("b.txt", "بوتين قال", "e1"), _named("a.txt", "شويغو قال", "e2")
    replaced = _named("c.txt", "لافروف قال", "e3")
    bare = Article(path="d.txt", text="لا اسم هنا")
    for batch in ([early, bare], [late], [replaced]):
        ids = {m.attrs.entity for a in batch for m in a.layer("mentions")}  # each has its record
        records = {e: Entity(e, "PER", e) for e in ids if e is not None}
        save_corpus(con, Corpus(articles=batch, entities=records), [])
    newer = Article(path="c.txt", text="نص جديد")  # the same file read again, changed
    found = stored_mention_articles(con, [newer])
    assert late.id < early.id and [a.id for a in found] == [early.id, late.id]  # not by id
    assert found[1].text == late.text and found[1].layer("mentions") == late.layer("mentions")
    assert [a.id for a in stored_mention_articles(con, [newer, late])] == [early.id]


def test_restated_articles_and_complete_entities_replace_what_was_stored(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    art = _named("a.txt", "بوتين قال", "e1")
    first = Corpus(articles=[art], entities={"e1": Entity("e1", "PER", "بوتين")})
    save_corpus(con, first, [])
    again = stored_mention_articles(con, [])[0]
    again.layer("mentions")[0].attrs.entity = "e2"
    load_layers(con, [again])
    assert again.layer("segments") == [Span(0, len(art.text), "body", SegmentAttrs(lang=None, cue=None))]
    new = Article(path="b.txt", text="نص آخر")
    save_corpus(con, Corpus(articles=[new], restated=[again], entities_complete=True,
                            entities={"e2": Entity("e2", "PER", "بوتين")}), [])
    assert con.execute("SELECT id FROM entities").fetchall() == [("e2",)]
    variants = con.execute("SELECT entity, variant, count FROM entity_variants").fetchall()
    assert variants == [("e2", "بوتين", 1)]
    assert con.execute("SELECT article, entity FROM mentions").fetchall() == [(art.id, "e2")]
