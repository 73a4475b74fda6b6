"""Every id a run stores points to a row, checked on a folder that two runs wrote; the ids
that point to entities, articles and events are declared foreign keys (schema versions 1 and
9), enforced when a run commits, kept by the migration of an older database; the views
`v_events`, `v_quotes` and `v_mentions` name every entity id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import marsad
from marsad.model import Article, Corpus, Entity, MentionAttrs, Span
from marsad.store.sqlite import connect, save_corpus
from tests.conftest import database_at

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "corpus"

# (the column holding an id, the table and column it points to)
REFERENCES = [
    ("mentions.entity", "entities.id"),
    ("quotes.speaker", "entities.id"),
    ("events.place", "entities.id"),
    ("event_participants.entity", "entities.id"),
    ("entity_variants.entity", "entities.id"),
    ("event_participants.event", "events.id"),
    ("event_mentions.event", "events.id"),
    ("event_mentions.article", "articles.id"),
    ("mentions.article", "articles.id"),
    ("quotes.article", "articles.id"),
    ("story_members.article", "articles.id"),
    ("articles.duplicate_of", "articles.id"),
    ("articles.story", "stories.id"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    out = tmp_path_factory.mktemp("references") / "out"
    marsad.run([SAMPLE / "alkhabar", SAMPLE / "wires"], out)
    marsad.run([SAMPLE / "alwatan", SAMPLE / "archive", SAMPLE / "legacy"], out)
    return sqlite3.connect(out / "marsad.db")


@pytest.mark.parametrize(("source", "target"), REFERENCES, ids=[s for s, _ in REFERENCES])
def test_every_stored_id_points_to_a_row(db: sqlite3.Connection, source: str, target: str) -> None:
    table, column = source.split(".")
    parent, key = target.split(".")
    held = db.execute(f"SELECT count({column}) FROM {table}").fetchone()[0]  # noqa: S608
    dangling = db.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL "  # noqa: S608
                          f"AND {column} NOT IN (SELECT {key} FROM {parent})").fetchall()
    assert dangling == [], (source, dangling[:5])
    if source in ("mentions.entity", "event_participants.entity", "event_mentions.event", "mentions.article"):
        assert held, f"{source} holds no id: the check would pass on nothing"


def test_the_declared_foreign_keys_hold(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_views_name_every_entity_id(db: sqlite3.Connection) -> None:
    assert db.execute("SELECT count(*) FROM v_mentions WHERE entity_id IS NOT NULL AND entity_name IS NULL"
                      ).fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM v_quotes WHERE speaker_id IS NOT NULL AND speaker_name IS NULL"
                      ).fetchone() == (0,)
    rows = db.execute("SELECT participant_ids, participant_names, place_id, place_name FROM v_events")
    rows = rows.fetchall()
    assert rows
    for ids, names, place, place_name in rows:
        assert len((ids or "").split(" ; ")) == len((names or "").split(" ; "))
        assert set((names or "").split(" ; ")).isdisjoint((ids or "").split(" ; "))  # names, not ids
        assert (place is None) == (place_name is None)


ENTITY_KEYS = {"mentions": "entity", "quotes": "speaker", "events": "place", "event_participants": "entity"}


def test_the_ids_that_name_an_entity_are_declared_foreign_keys(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    for table, column in ENTITY_KEYS.items():
        keys = {(r[2], r[3], r[4]) for r in con.execute(f"PRAGMA foreign_key_list({table})")}
        assert ("entities", column, "id") in keys, table


def _mentioning(entity: str) -> Article:
    art = Article(path="a.txt", text="قال بوتين إن الأمر مهم")
    art.set_layer("mentions", [Span(4, 9, "PER", MentionAttrs(entity=entity))])
    return art


def test_a_write_that_would_point_nowhere_fails_whole(tmp_path: Path) -> None:
    con = connect(tmp_path / "m.db")
    save_corpus(con, Corpus(articles=[_mentioning("e1")], entities={"e1": Entity("e1", "PER", "بوتين")}), [])
    before = sorted(con.iterdump())
    stray = _mentioning("e2")
    stray.path = "b.txt"
    with pytest.raises(sqlite3.IntegrityError):
        save_corpus(con, Corpus(articles=[stray]), [])  # e2 has no entity record
    assert sorted(con.iterdump()) == before


def test_an_older_database_keeps_its_rows_and_drops_only_ids_that_point_nowhere(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    database_at(db, below=9)
    old = sqlite3.connect(db)
    old.executescript("""
        INSERT INTO articles (id, path, text, body, updated)
            VALUES ('a1', 'a.txt', 'قال بوتين', 'قال بوتين', 'T');
        INSERT INTO entities (id, type, name) VALUES ('e1', 'PER', 'بوتين');
        INSERT INTO mentions VALUES ('a1', 4, 9, 'بوتين', 'PER', 'e1', '{}');
        INSERT INTO mentions VALUES ('a1', 0, 3, 'قال', 'PER', 'gone', '{}');
        INSERT INTO quotes VALUES ('a1', 0, 9, 'قال بوتين', 'direct', 'gone', '{}');
        INSERT INTO events VALUES ('v1', 'MEET', NULL, 'gone', '2024-01-01', NULL, NULL, NULL, '{}');
        INSERT INTO event_participants VALUES ('v1', 'e1', 'host');
        INSERT INTO event_participants VALUES ('v1', 'gone', NULL);
        INSERT INTO event_mentions VALUES ('v1', 'a1', 0, 9, 'MEET', '{}');
    """)
    old.commit()
    old.close()
    con = connect(db)
    rows = con.execute
    assert rows("SELECT start, entity FROM mentions ORDER BY start").fetchall() == [(0, None), (4, "e1")]
    assert rows("SELECT speaker FROM quotes").fetchall() == [(None,)]
    assert rows("SELECT id, place, date FROM events").fetchall() == [("v1", None, "2024-01-01")]
    assert rows("SELECT event, entity, role FROM event_participants").fetchall() == [("v1", "e1", "host")]
    assert con.execute("SELECT count(*) FROM event_mentions").fetchone() == (1,)  # not emptied by the rebuild
    assert con.execute("SELECT participant_names FROM v_events").fetchone() == ("بوتين",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert not any(n.endswith("_v8") for n in names)
    assert {"mentions_entity", "quotes_speaker", "events_place", "event_participants_entity"} <= names
