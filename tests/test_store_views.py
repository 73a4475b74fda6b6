"""The views of marsad.db (schema version 5) name what the tables hold by id: run on the
sample corpus, every name they show is the entity's canonical name, and no row is lost."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.store.sqlite import connect, migrations
from tests.conftest import database_at

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ("v_events", "v_quotes", "v_mentions", "v_articles", "v_story_members")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("views")
    res = CliRunner().invoke(app, ["run", str(ROOT / "examples" / "corpus"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert (out / "marsad.db").exists()
    return out


@pytest.fixture
def db(out: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(out / "marsad.db")
    yield con
    con.close()


def _names(con: sqlite3.Connection) -> dict[str, str]:
    return dict(con.execute("SELECT id, name FROM entities"))


def _count(con: sqlite3.Connection, table: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def test_every_view_exists(db: sqlite3.Connection) -> None:
    views = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert set(VIEWS) <= views
    for v in VIEWS:
        assert _count(db, v) > 0, v


def test_events_carry_their_participants_by_name(out: Path, db: sqlite3.Connection) -> None:
    names = _names(db)
    merged = {e["id"]: e for e in map(json.loads, (out / "events.jsonl").read_text("utf-8").splitlines())}
    rows = db.execute("SELECT id, participant_ids, participant_names, participants_json, place_id,"
                      " place_name, n_mentions, n_articles, triggers, evidence FROM v_events").fetchall()
    assert len(rows) == len(merged) == _count(db, "events")
    named = 0
    for eid, ids, joined, as_json, place, place_name, n_mentions, n_articles, triggers, evidence in rows:
        ev = merged[eid]
        parts = ids.split(" ; ") if ids else []
        assert sorted(parts) == sorted(ev["participants"])
        assert (joined.split(" ; ") if joined else []) == [names.get(p, p) for p in parts]
        assert [(p["id"], p["name"]) for p in json.loads(as_json)] == [(p, names.get(p)) for p in parts]
        named += sum(p in names for p in parts)
        assert place == ev["place"] and place_name == (names.get(place) if place else None)
        assert n_mentions == ev["mentions"] and n_articles == len(ev["articles"])
        assert evidence and triggers
    assert named > 0
    assert sum(r[6] for r in rows) == _count(db, "event_mentions")


def test_event_evidence_is_the_stored_span(db: sqlite3.Connection) -> None:
    text = dict(db.execute("SELECT id, text FROM articles"))
    for (as_json,) in db.execute("SELECT evidence_json FROM v_events"):
        spans = json.loads(as_json)
        assert spans
        for s in spans:
            assert s["text"] == text[s["article"]][s["start"] : s["end"]]
            assert s["trigger"] in s["text"]


def test_quotes_name_their_speaker_or_leave_it_null(db: sqlite3.Connection) -> None:
    names = _names(db)
    rows = db.execute("SELECT q.speaker, v.speaker_id, v.speaker_name, v.cue, v.title, v.text, q.text"
                      " FROM v_quotes v JOIN quotes q ON q.article = v.article_id AND q.start = v.start"
                      " AND q.end = v.\"end\"").fetchall()
    assert len(rows) == _count(db, "v_quotes") == _count(db, "quotes")
    for speaker, sid, name, cue, title, vtext, qtext in rows:
        assert sid == speaker and vtext == qtext and title and cue
        assert name == (names.get(sid) if sid is not None else None)
    assert any(r[0] is None for r in rows) and any(r[2] for r in rows)


def test_mentions_name_their_entity(db: sqlite3.Connection) -> None:
    names = _names(db)
    titles = dict(db.execute("SELECT id, title FROM articles"))
    rows = db.execute("SELECT article_id, entity_id, entity_name, title FROM v_mentions").fetchall()
    assert len(rows) == _count(db, "mentions")
    for aid, eid, name, title in rows:
        assert name == names.get(eid) and title == titles[aid]
    assert sum(r[2] is not None for r in rows) > len(rows) // 2


def test_articles_and_story_members(db: sqlite3.Connection) -> None:
    assert _count(db, "v_articles") == _count(db, "articles")
    members = {(sid, a) for sid, attrs in db.execute("SELECT id, attrs FROM stories")
               for a in json.loads(attrs)["articles"]}
    rows = db.execute("SELECT story_id, article_id, story_size, first_title FROM v_story_members").fetchall()
    assert {(s, a) for s, a, _, _ in rows} == members
    for sid, _, size, first in rows:
        assert size == sum(s == sid for s, _ in members) and first


def test_migrating_again_keeps_the_views(out: Path) -> None:
    for _ in range(2):
        con = connect(out / "marsad.db")
        assert [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version")] == [
            v for v, _ in migrations()]
        con.executescript(dict(migrations())[5])  # the views again: IF NOT EXISTS, no error
        assert _count(con, "v_events") == _count(con, "events")
        con.close()


def test_an_older_database_gets_the_views(tmp_path: Path) -> None:
    database_at(tmp_path / "old.db", below=5)
    con = connect(tmp_path / "old.db")
    views = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert set(VIEWS) <= views and _count(con, "v_events") == 0
    con.close()
