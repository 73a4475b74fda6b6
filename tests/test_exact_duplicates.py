"""Exact duplicate inputs: every input gets a row of its own that points to its original,
adds nothing to entities, events or stories, and keeps its id across re-runs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.ingest.duplicates import EXACT_DUPLICATE, attach_duplicates, split_exact
from marsad.model import Article, Outcome

CLEANING = "segment,language,site_chrome"
runner = CliRunner()

SUMMIT = ("الرياض - أعلن وزير الخارجية السعودي الأمير فيصل بن فرحان يوم الثلاثاء أن المملكة ستستضيف "
          "قمة إقليمية لبحث التعاون الاقتصادي بين دول الخليج، وذلك في شهر مارس المقبل بمشاركة عدد من "
          "القادة.\n")
TRANSIT = ("جدة - افتتح أمير منطقة مكة المكرمة الأمير خالد الفيصل مشروعاً جديداً للنقل العام في مدينة "
           "جدة، بتكلفة تتجاوز ملياري ريال، ومن المتوقع أن يخدم المشروع ملايين السكان سنوياً.\n")
Row = dict[str, Any]


def _run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    res = runner.invoke(app, ["run", *args], input=stdin)
    return res.exit_code, res.output


def _layout(out: Path, name: str = "articles.jsonl") -> list[Row]:
    with (out / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _rows(out: Path) -> dict[str, tuple[str, str | None, list[str]]]:
    """path -> (id, duplicate_of, flags) of every row of the articles table."""
    con = sqlite3.connect(out / "marsad.db")
    rows = {p: (i, d, json.loads(f)) for i, p, d, f in con.execute(
        "SELECT id, path, duplicate_of, flags FROM articles")}
    con.close()
    return rows


def _outcomes(out: Path) -> dict[str, str]:
    con = sqlite3.connect(out / "marsad.db")
    rows = dict(con.execute("SELECT path, status FROM outcomes").fetchall())
    con.close()
    return rows


def _folder(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _jsonl(*texts: str) -> str:
    return "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)


def test_three_files_two_identical_give_three_rows_and_the_copy_points_to_the_first(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": SUMMIT, "b.txt": SUMMIT, "c.txt": TRANSIT})
    code, text = _run(str(folder), "--out", str(tmp_path / "o"))
    assert code == 0 and "1 exact duplicate(s)" in text
    arts = {Path(a["path"]).name: a for a in _layout(tmp_path / "o")}
    assert sorted(arts) == ["a.txt", "b.txt", "c.txt"]
    first, copy = arts["a.txt"], arts["b.txt"]
    assert len({a["id"] for a in arts.values()}) == 3
    assert copy["duplicate_of"] == first["id"] and EXACT_DUPLICATE in copy["flags"]
    assert first["duplicate_of"] is None and EXACT_DUPLICATE not in first["flags"]
    assert copy["duplicate_group"] == first["duplicate_group"] is not None
    # Not analysed again: nothing of its own to count twice.
    assert copy["mentions"] == copy["events"] == copy["quotes"] == [] and copy["story"] is None
    assert first["mentions"]
    rows = _rows(tmp_path / "o")
    assert len(rows) == 3
    assert rows[str(folder / "b.txt")][:2] == (copy["id"], first["id"])
    assert _outcomes(tmp_path / "o")[str(folder / "b.txt")] == "duplicate"
    # Entities, events and stories are those of the same folder without the copy.
    (folder / "b.txt").unlink()
    assert _run(str(folder), "--out", str(tmp_path / "alone"))[0] == 0
    for name in ("entities.jsonl", "events.jsonl", "stories.jsonl"):
        assert _layout(tmp_path / "o", name) == _layout(tmp_path / "alone", name), name


def test_identical_records_and_a_record_identical_to_a_file_each_get_a_row(tmp_path: Path) -> None:
    (tmp_path / "batch.jsonl").write_text(_jsonl(SUMMIT, SUMMIT, TRANSIT), encoding="utf-8")
    (tmp_path / "z.txt").write_text(SUMMIT, encoding="utf-8")
    batch, single = str(tmp_path / "batch.jsonl"), str(tmp_path / "z.txt")
    code, text = _run(batch, single, "--out", str(tmp_path / "o"), "--steps", CLEANING)
    assert code == 0 and "2 exact duplicate(s)" in text
    rows = _rows(tmp_path / "o")
    assert sorted(rows) == sorted([f"{batch}#0", f"{batch}#1", f"{batch}#2", single])
    original = rows[f"{batch}#0"][0]
    assert rows[f"{batch}#0"][1] is None and rows[f"{batch}#2"][1] is None
    assert rows[f"{batch}#1"][1] == rows[single][1] == original
    assert len({r[0] for r in rows.values()}) == 4
    assert len(_layout(tmp_path / "o")) == 4


def test_stdin_duplicates_get_rows_and_a_rerun_keeps_them(tmp_path: Path) -> None:
    payload = _jsonl(SUMMIT, TRANSIT, SUMMIT)
    seen = []
    for _ in range(2):
        code, _ = _run("-", "--out", str(tmp_path), "--steps", CLEANING, stdin=payload)
        assert code == 0
        seen.append(_rows(tmp_path))
    assert seen[0] == seen[1]
    rows = seen[0]
    assert sorted(rows) == ["-#0", "-#1", "-#2"]
    assert rows["-#2"][1] == rows["-#0"][0] and rows["-#0"][1] is None
    assert len(_layout(tmp_path)) == 3


def test_a_rerun_into_the_same_folder_adds_no_rows(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": SUMMIT, "b.txt": SUMMIT, "c.txt": TRANSIT})
    out = tmp_path / "o"
    seen, layouts, outcomes = [], [], []
    for _ in range(2):
        assert _run(str(folder), "--out", str(out), "--steps", CLEANING)[0] == 0
        seen.append(_rows(out))
        layouts.append(sorted((a["id"], a["duplicate_of"] or "") for a in _layout(out)))
        outcomes.append(_outcomes(out))
    assert seen[0] == seen[1] and len(seen[0]) == 3
    assert layouts[0] == layouts[1] and outcomes[0] == outcomes[1]


def test_a_copy_read_in_a_later_run_points_to_the_stored_original(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": SUMMIT, "b.txt": SUMMIT})
    a, b, out = str(folder / "a.txt"), str(folder / "b.txt"), str(tmp_path / "o")
    assert _run(a, "--out", out, "--steps", CLEANING)[0] == 0
    assert _run(b, "--out", out, "--steps", CLEANING)[0] == 0
    rows = _rows(tmp_path / "o")
    assert sorted(rows) == [a, b] and rows[b][1] == rows[a][0] and rows[a][1] is None
    # Both again, either order: the stored original keeps its place, no new rows.
    assert _run(b, a, "--out", out, "--steps", CLEANING)[0] == 0
    assert _rows(tmp_path / "o") == rows


def test_when_the_original_input_changes_its_copy_becomes_the_original(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": SUMMIT, "b.txt": SUMMIT})
    out = str(tmp_path / "o")
    assert _run(str(folder), "--out", out, "--steps", CLEANING)[0] == 0
    before = _rows(tmp_path / "o")
    (folder / "a.txt").write_text(TRANSIT, encoding="utf-8")
    assert _run(str(folder), "--out", out, "--steps", CLEANING)[0] == 0
    rows = _rows(tmp_path / "o")
    assert len(rows) == 2 and all(r[1] is None for r in rows.values())
    assert rows[str(folder / "b.txt")][0] == before[str(folder / "a.txt")][0]


def test_an_input_named_twice_counts_once(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": SUMMIT})
    code, text = _run(str(folder), str(folder / "a.txt"), "--out", str(tmp_path / "o"), "--steps", CLEANING)
    assert code == 0 and "0 exact duplicate(s)" in text
    assert len(_rows(tmp_path / "o")) == 1


def _art(path: str, text: str = SUMMIT) -> Article:
    return Article(path=path, text=text)


def test_a_warning_on_a_copy_stays_with_its_duplicate_outcome() -> None:
    first, copy = _art("a.txt"), _art("b.txt")
    warn = Outcome("b.txt", "warning", "ingest", "wrongly encoded: repaired", copy.id)
    batch = split_exact([first, copy, warn], {})
    assert [a.path for a in batch.articles] == ["a.txt"]
    assert [a.path for a in batch.duplicates] == ["b.txt"]
    (out,) = [o for o in batch.outcomes if o.path == "b.txt"]
    assert out.status == "duplicate" and "wrongly encoded" in out.reason and out.article_id == copy.id


@pytest.mark.parametrize("rejected", [True, False])
def test_a_copy_follows_its_original_when_a_stage_rejects_it(rejected: bool) -> None:
    first, copy = _art("a.txt"), _art("b.txt")
    batch = split_exact([first, copy], {})
    first.duplicate_group = "d1"
    why = [Outcome("a.txt", "skipped", "ner", "boom", first.id)] if rejected else []
    analysed = [] if rejected else [first]
    lost = attach_duplicates(analysed, batch, why)
    if rejected:
        assert analysed == [] and [(o.path, o.status, o.stage) for o in lost] == [("b.txt", "skipped", "ner")]
        assert "boom" in lost[0].reason
    else:
        assert lost == [] and analysed[1] is copy and copy.duplicate_group == "d1"
