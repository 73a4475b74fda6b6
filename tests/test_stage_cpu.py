"""benchmarks.stage_cpu: per-stage CPU of the per-article stages, and a profile of one stage only;
benchmarks.main_process: its profiler is not inherited by the workers it forks."""

from __future__ import annotations

import os
import pstats
import sys
from pathlib import Path

import pytest
from benchmarks.main_process import main_profiler
from benchmarks.stage_cpu import stage_cpu

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.mark.slow
def test_every_stage_is_timed_and_only_the_profiled_one_is_profiled() -> None:
    cpu, corpus_steps, n, prof = stage_cpu(str(CORPUS), "quotes")
    assert n > 0
    assert {"segment", "ner", "quotes", "events", "prepare_writing"} <= set(cpu)
    assert {"resolve_entities", "dedup", "stories"} <= set(corpus_steps)
    assert all(v >= 0.0 for v in cpu.values())
    files = {key[0] for key in pstats.Stats(prof).stats}  # type: ignore[attr-defined]
    assert any(f.endswith("events/quotes.py") for f in files)
    assert not any(f.endswith(("ner/features.py", "ner/crf.py", "dates/grammar.py")) for f in files)


def test_no_profiler_without_profile() -> None:
    _, _, _, prof = stage_cpu(str(CORPUS / "wires"))
    assert prof is None


def test_a_forked_worker_does_not_inherit_the_main_process_profiler() -> None:
    prof = main_profiler()
    prof.enable()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(w, b"none" if sys.getprofile() is None else b"on")
        os._exit(0)
    os.waitpid(pid, 0)
    prof.disable()
    assert os.read(r, 8) == b"none"


def test_limit_reads_the_first_records_of_a_gzipped_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip
    import json

    from benchmarks.stage_cpu import main

    records = [{"title": f"خبر {k}", "content": f"قال الوزير إن الاجتماع عقد في الرياض يوم الأحد {k}."}
               for k in range(3)]
    src = tmp_path / "records.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    assert main([str(src), "--limit", "2"]) == 0
    assert capsys.readouterr().out.startswith("2 articles;")
