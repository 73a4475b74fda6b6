"""benchmarks.same_output: a full-text index is the same when its content is, however SQLite
split it into segments; a changed word is a difference."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.same_output import FILES, compare

DOCS = ["زار الوزير القاهرة", "استقبل الملك ضيفه", "وقع البلدان اتفاقا"]


def _folder(root: Path, docs: list[str], commits: bool) -> Path:
    root.mkdir()
    for name in FILES:
        (root / name).write_text("", encoding="utf-8")
    con = sqlite3.connect(root / "marsad.db")
    con.execute("CREATE VIRTUAL TABLE search_fts USING fts5(body)")
    for d in docs:
        con.execute("INSERT INTO search_fts(body) VALUES (?)", (d,))
        if commits:
            con.commit()  # each commit flushes its own segment
    con.commit()
    con.close()
    return root


def _segments(folder: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(folder / "marsad.db") as con:
        return sorted(con.execute("SELECT * FROM search_fts_data"), key=repr)


def test_the_same_index_flushed_in_other_segments_is_the_same(tmp_path: Path) -> None:
    one = _folder(tmp_path / "one", DOCS, commits=False)
    three = _folder(tmp_path / "three", DOCS, commits=True)
    assert _segments(one) != _segments(three)
    assert compare(one, three)


def test_a_changed_word_in_the_index_is_a_difference(tmp_path: Path) -> None:
    one = _folder(tmp_path / "one", DOCS, commits=False)
    other = _folder(tmp_path / "other", [*DOCS[:2], "وقع البلدان مذكرة"], commits=False)
    assert not compare(one, other)
