"""A run killed part-way leaves nothing that a rerun cannot repair: killed, then run again into
the same folder, the output is exactly that of one clean run (and the lock is free again)."""

from __future__ import annotations

import json
import signal
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
