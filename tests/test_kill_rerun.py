"""A run killed part-way leaves nothing that a rerun cannot repair: killed, then run again into
the same folder, the output is exactly that of one clean run (and the lock is free again)."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.broken.make import article


def _run(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "marsad.cli.main", "run", str(corpus), "--out", str(out), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _layer_files(out: Path) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    files = {}
    for name in ("articles.jsonl", "entities.jsonl", "events.jsonl", "stories.jsonl"):
        with (out / name).open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        files[name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
    return files


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [0.8, 2.0])
def test_a_killed_run_reruns_to_exactly_the_clean_result(tmp_path: Path, kill_after: float) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(80):
        (corpus / f"a{n:03d}.txt").write_text(
            article(n) + f"وقال الوزير سامي {n} إن المحادثات بناءة.\n", encoding="utf-8"
        )
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    proc = _run(corpus, killed)
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    again = _run(corpus, killed)
    assert again.wait(timeout=300) == 0, again.stderr.read() if again.stderr else ""
    first = _run(corpus, clean)
    assert first.wait(timeout=300) == 0
    assert _layer_files(killed) == _layer_files(clean)


_STAMP = re.compile(r"'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^']*'")  # when a row was written


def _tables(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(_STAMP.sub("'T'", line) for line in con.iterdump() if "schema_version" not in line)
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.shared
def test_real_articles_killed_at_several_points_rerun_to_every_table_of_a_clean_run(tmp_path: Path) -> None:
    """SaudiNewsNet records: a run killed (SIGKILL) early, midway and late, then run again,
    leaves every table of the database and every export exactly as one clean run does."""
    from benchmarks.ner_counts import first_records

    from tests.conftest import need_shared

    need_shared("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    records = tmp_path / "records.jsonl"
    first_records(200, records)
    clean = tmp_path / "clean"
    t0 = time.perf_counter()
    assert _run(records, clean).wait(timeout=600) == 0
    took = time.perf_counter() - t0
    for share in (0.3, 0.6, 0.9):
        killed = tmp_path / f"killed-{share}"
        proc = _run(records, killed)
        time.sleep(took * share)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _run(records, killed).wait(timeout=600) == 0, share
        assert _tables(killed / "marsad.db") == _tables(clean / "marsad.db"), share
        assert _layer_files(killed) == _layer_files(clean), share
