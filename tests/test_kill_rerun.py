"""A run killed part-way (SIGKILL: no clean-up, as a power cut or the OOM killer) leaves the
database as it was before the run, and a rerun into the same folder gives exactly what one
uninterrupted run gives: every table of marsad.db and every export file.

Each kill is set at a named point of the run (`tests/kill_at.py`): while reading, in the
middle of the tagger's pass, right after a corpus step has written its state into the open
transaction, inside the database writes, and after the commit while the exports are being
written. The runs are chained in one folder: killed at the first point, run again and killed
at the next, and so on, then run to the end; after every kill before the commit, every table
is checked to be what it was before that run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.broken.make import article
from tests.test_app import _dump

ROOT = Path(__file__).resolve().parents[1]
SIGKILLED = -9
EXPORTS = ("articles.jsonl", "entities.jsonl", "events.jsonl", "stories.jsonl")


def _marsad(inputs: list[Path], out: Path, kill_at: str | None = None) -> int:
    """`marsad run` in a fresh process (killed at `kill_at`, if given); its exit code."""
    driver = ["-m", "tests.kill_at", kill_at, "--"] if kill_at else ["-m", "marsad.cli.main"]
    res = subprocess.run([sys.executable, *driver, "run", *map(str, inputs), "--out", str(out), "--quiet"],
                         cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=1800)
    assert res.returncode in (0, SIGKILLED), res.stderr.decode(errors="replace")[-2000:]
    return res.returncode


def _tables(out: Path) -> list[str]:
    """Every row of every table (and the schema), as SQL, without the times rows were written."""
    db = out / "marsad.db"
    return sorted(_dump(db)) if db.exists() else []


def _fresh_tables(folder: Path) -> list[str]:
    """The tables of a database no run has written to (its schema makes a few rows)."""
    from marsad.store.sqlite import connect

    folder.mkdir(exist_ok=True)
    connect(folder / "marsad.db").close()
    return _tables(folder)


def _rows(dump: list[str]) -> list[str]:
    return [line for line in dump if line.startswith("INSERT")]


def _exports(out: Path) -> dict[str, object]:
    files: dict[str, object] = {}
    for name in EXPORTS:
        with (out / name).open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        files[name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
    files["timeline.html"] = (out / "timeline.html").read_text(encoding="utf-8")
    return files


def _kill_then_rerun(inputs: list[Path], killed: Path, clean: Path, points: list[str]) -> None:
    """Kill a run into `killed` at each point in turn, then run it to the end; compare with
    the uninterrupted run already in `clean`."""
    for point in points:
        before = _tables(killed) or _fresh_tables(killed.parent / "fresh")
        assert _marsad(inputs, killed, kill_at=point) == SIGKILLED, f"the run was not killed at {point}"
        if point != "exports":  # before the commit: the run left no row behind
            assert _rows(_tables(killed)) == _rows(before), point
    assert _marsad(inputs, killed) == 0
    want, got = _tables(clean), _tables(killed)
    assert _rows(want), "the clean run wrote nothing"
    assert got == want, sorted(set(got) ^ set(want))[:5]
    assert _exports(killed) == _exports(clean)


def _synthetic(folder: Path, first: int, n: int) -> Path:
    folder.mkdir(parents=True)
    for k in range(first, first + n):
        (folder / f"a{k:03d}.txt").write_text(
            article(k) + f"وقال الوزير سامي {k} إن المحادثات بناءة.\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_a_run_killed_at_each_point_over_an_earlier_run_reruns_to_the_clean_result(tmp_path: Path) -> None:
    """Run A, then run B killed at several points over A's state: the database keeps A's
    rows only after each kill, and B run again gives what A then B uninterrupted give."""
    a, b = _synthetic(tmp_path / "a", 0, 40), _synthetic(tmp_path / "b", 40, 40)
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    assert _marsad([a], clean) == 0
    shutil.copytree(clean, killed)
    assert _marsad([b], clean) == 0
    _kill_then_rerun([b], killed, clean, ["ner:1", "dedup", "merge_events", "writing", "exports"])


@pytest.mark.slow
@pytest.mark.shared
def test_2000_real_articles_killed_at_several_points_rerun_to_a_clean_run(tmp_path: Path) -> None:
    """The first 2,000 SaudiNewsNet records, killed while reading, in the middle of the
    tagger's pass, after the stories step (a corpus step; dedup's state is in the transaction
    too), while writing the database and while writing the exports, each time run again into
    the same folder: every table and every export equal those of one uninterrupted run."""
    from benchmarks.ner_counts import first_records

    from tests.conftest import need_shared

    need_shared("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    records = tmp_path / "records.jsonl"
    assert first_records(2000, records) == 2000
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    t0 = time.perf_counter()
    assert _marsad([records], clean) == 0
    print(f"uninterrupted run: {time.perf_counter() - t0:.0f} s")
    _kill_then_rerun([records], killed, clean,
                     ["reading", "ner", "stories", "writing", "exports"])
    print(f"whole test: {time.perf_counter() - t0:.0f} s")
