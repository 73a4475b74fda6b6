"""Where a run's time goes: every step, then every part of writing, on the first N
SaudiNewsNet records.

    python3 -m benchmarks.stages [--size 3000] [--runs 3] [--json FILE]

Each run is a fresh process (`benchmarks/harness.py`) that does what `marsad.run` does, in
this process and in order (`--jobs 1`), timing each piece apart: reading the inputs; each
step of the default chain, run as a run runs them (consecutive per-article stages chunk by
chunk, a stage's time summed over its chunks, so what one stage leaves in a cache for the
next counts as it does in a run; corpus steps over all articles); what the workers make for
writing (`app.prepare_writing`: search documents, lead terms), timed on its own as a run
does it, in the workers; then the database writes
(`store.sqlite.write_corpus`), the search index (`search_index.update_index`), the commit,
and the exports written from the database (JSON Lines and timeline.html).
Prints the median of each piece over the runs, wall and CPU seconds (`time.process_time`:
the figure to compare on a loaded machine), its share of the whole, and the machine's load
average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.harness import measure
from benchmarks.ner_counts import first_records


class _Clock:
    """Wall and CPU seconds per named piece, summed over its calls."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def add(self, name: str, wall: float, cpu: float) -> None:
        self.wall[name] = self.wall.get(name, 0.0) + wall
        self.cpu[name] = self.cpu.get(name, 0.0) + cpu

    def timed(self, name: str, func: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(arg: Any) -> Any:
            w, c = time.perf_counter(), time.process_time()
            try:
                return func(arg)
            finally:
                self.add(name, time.perf_counter() - w, time.process_time() - c)
        return run

    def piece(self, name: str, func: Callable[[], Any]) -> Any:
        return self.timed(name, lambda _: func())(None)


def _profile(src: str) -> dict[str, Any]:
    from marsad.app import fewer_collections

    with fewer_collections():  # as `marsad.run` runs
        return _profiled(src)


def _profiled(src: str) -> dict[str, Any]:
    from marsad.app import prepare_writing, prepared_leads, read_batch, write_exports
    from marsad.ingest.duplicates import attach_duplicates
    from marsad.model import Corpus
    from marsad.pipeline import DEFAULT_STEPS, Pipeline
    from marsad.search_index import prepared_documents, update_index
    from marsad.steps.base import CorpusStep, Stage
    from marsad.store.sqlite import connect, write_corpus

    out = Path(tempfile.mkdtemp(prefix="marsad-stages-"))
    clock = _Clock()
    try:
        con = connect(out / "marsad.db")
        batch = clock.piece("reading", lambda: read_batch([src], con=con))
        corpus = Corpus(articles=[], options={"kb": None, "db": str(out / "marsad.db"),
                                              "con": con, "steps": list(DEFAULT_STEPS)})
        steps: list[Stage | CorpusStep] = [
            replace(st, func=clock.timed(f"step {st.name}", st.func), batch=None) if isinstance(st, Stage)
            else replace(st, func=clock.timed(f"step {st.name}", st.func))
            for st in Pipeline.build(DEFAULT_STEPS).steps]
        finish = clock.timed("prepare for writing (workers)", prepare_writing)
        corpus, rejected = Pipeline(steps).run(batch.articles, corpus=corpus, finish=finish)
        documents, leads = prepared_documents(corpus.articles), prepared_leads(corpus.articles)

        def database() -> None:
            lost = attach_duplicates(corpus.articles, batch, rejected)
            by_path = {o.path: o for o in batch.outcomes}
            for r in [*rejected, *lost]:
                by_path[r.path] = r
            write_corpus(con, corpus, list(by_path.values()))

        clock.piece("write: database", database)
        clock.piece("write: search index", lambda: update_index(con, documents))
        def commit() -> None:
            con.commit()
            con.close()

        clock.piece("write: commit", commit)
        clock.piece("write: exports", lambda: write_exports(out, leads))
        return {"times": clock.wall, "cpu": clock.cpu, "articles": len(corpus.articles)}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    load_before = os.getloadavg()
    runs: list[dict[str, float]] = []
    cpus: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"first{args.size}.jsonl"
        first_records(args.size, src)
        for _ in range(args.runs):
            m = measure("profile", _profile, (str(src),), 1)
            runs.append(m.extra["times"])
            cpus.append(m.extra["cpu"])
    names = list(runs[0])
    med = {n: statistics.median(r[n] for r in runs) for n in names}
    cpu = {n: statistics.median(r[n] for r in cpus) for n in names}
    total, total_cpu = sum(med.values()), sum(cpu.values())
    print(f"{args.size} articles, median of {args.runs} fresh processes (--jobs 1)\n")
    print("| piece | seconds | share | CPU seconds | CPU share |\n| --- | ---: | ---: | ---: | ---: |")
    for n in names:
        print(f"| {n} | {med[n]:.2f} | {med[n] / total:.1%} | {cpu[n]:.2f} | {cpu[n] / total_cpu:.1%} |")
    writing = sum(v for n, v in med.items() if n.startswith("write"))
    writing_cpu = sum(v for n, v in cpu.items() if n.startswith("write"))
    print(f"| **total** | {total:.2f} ({args.size / total:.0f} articles/s) | writing {writing / total:.1%}"
          f" | {total_cpu:.2f} ({args.size / total_cpu:.0f} articles/s)"
          f" | writing {writing_cpu / total_cpu:.1%} |")
    print(f"\nload average before {load_before}, after {os.getloadavg()}")
    if args.json:
        args.json.write_text(json.dumps({"size": args.size, "runs": runs, "cpu_runs": cpus, "median": med,
                                             "cpu_median": cpu}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
