"""The seeded event sample reader (`benchmarks.realtext.event_sample`): the same seed draws the
same events, another seed another draw; only the scored types unless asked; each block shows
the parties, the article and the mention marked in its sentence."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from benchmarks.realtext.event_sample import main, render, sample

_TEXT = "مقدمة الخبر. استقبل الملك سلمان الرئيس محمود عباس في الرياض أمس. وختاما شكر الجميع."


def _db(tmp_path: Path, n: int = 12) -> Path:
    path = tmp_path / "marsad.db"
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT, plover TEXT, place TEXT, date TEXT,"
        " series TEXT, round INTEGER, status TEXT, attrs TEXT);"
        "CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT, name TEXT, qid TEXT, attrs TEXT);"
        "CREATE TABLE event_participants (event TEXT, entity TEXT, role TEXT);"
        "CREATE TABLE event_mentions (event TEXT, article TEXT, start INTEGER, end INTEGER,"
        " type TEXT, attrs TEXT);"
        "CREATE TABLE articles (id TEXT PRIMARY KEY, text TEXT, title TEXT, source TEXT);"
    )
    con.execute("INSERT INTO articles VALUES ('a1', ?, 'الملك يستقبل عباس', 'spa')", (_TEXT,))
    con.execute("INSERT INTO entities VALUES ('salman', 'PER', 'سلمان', NULL, '{}')")
    con.execute("INSERT INTO entities VALUES ('riyadh', 'LOC', 'الرياض', NULL, '{}')")
    start = _TEXT.index("استقبل")
    end = _TEXT.index(" وختاما")
    for i in range(n):
        kind = "STATEMENT" if i % 4 == 3 else "MEET"
        con.execute("INSERT INTO events VALUES (?, ?, NULL, 'riyadh', '2015-07-20', NULL, NULL,"
                    " 'happened', '{}')", (f"e{i:02d}", kind))
        con.execute("INSERT INTO event_participants VALUES (?, 'salman', 'host')", (f"e{i:02d}",))
        con.execute("INSERT INTO event_mentions VALUES (?, 'a1', ?, ?, ?, ?)",
                    (f"e{i:02d}", start, end, kind, json.dumps({"trigger": "استقبل"})))
    con.commit()
    con.close()
    return path


def test_one_seed_draws_the_same_events_and_another_seed_others(tmp_path: Path) -> None:
    db = _db(tmp_path)
    first = [e.id for e in sample(db, 5, seed=1)]
    assert first == [e.id for e in sample(db, 5, seed=1)]
    assert first != [e.id for e in sample(db, 5, seed=2)]
    assert len(set(first)) == 5


def test_one_seed_on_two_runs_draws_the_events_they_share(tmp_path: Path) -> None:
    before = _db(tmp_path)
    (tmp_path / "after").mkdir()
    after = _db(tmp_path / "after")
    con = sqlite3.connect(after)
    drawn = [e.id for e in sample(before, 3, seed=5)]
    con.execute("DELETE FROM events WHERE id = ?", (drawn[0],))
    con.commit()
    con.close()
    assert [e.id for e in sample(after, 2, seed=5)] == drawn[1:]


def test_only_the_scored_types_unless_asked(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert {e.type for e in sample(db, 50, seed=3)} == {"MEET"}
    assert len(sample(db, 50, seed=3)) == 9
    assert {e.type for e in sample(db, 50, seed=3, types=())} == {"MEET", "STATEMENT"}


def test_each_block_shows_parties_article_and_the_marked_sentence(tmp_path: Path) -> None:
    text = render(sample(_db(tmp_path), 1, seed=4))
    assert "parties: سلمان [salman PER host]" in text
    assert "article: a1 spa | الملك يستقبل عباس" in text
    assert "place=الرياض" in text
    assert "sentence: ⟦استقبل الملك سلمان الرئيس محمود عباس في الرياض أمس.⟧" in text
    assert "مقدمة الخبر" not in text and text.rstrip().endswith("verdict:")


def test_the_command_refuses_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path / "none.db"), "--seed", "1"])
    assert main([str(_db(tmp_path)), "--n", "2", "--seed", "1"]) == 0
    assert capsys.readouterr().out.count("verdict:") == 2
