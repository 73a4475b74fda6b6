"""Where a run's time goes: every step, then every part of writing, on the first N
SaudiNewsNet records.

    python3 -m benchmarks.stages [--size 3000] [--runs 3] [--json FILE]

Each run is a fresh process (`benchmarks/harness.py`) that does what `marsad.run` does, in
this process and in order (`--jobs 1`), timing each piece apart: reading the inputs; each
step of the default chain (per-article stages over all articles, corpus steps); then the
database writes (`store.sqlite.write_corpus`), the search index (`search_index.update_index`),
the commit, and the exports written from the database (JSON Lines and timeline.html).
Prints the median of each piece over the runs and its share of the whole, and the
machine's load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import measure
from benchmarks.ner_counts import first_records


def _profile(src: str) -> dict[str, Any]:
    from marsad.app import read_batch, write_exports
    from marsad.ingest.duplicates import attach_duplicates
    from marsad.model import Corpus
    from marsad.pipeline import DEFAULT_STEPS, Pipeline
    from marsad.search_index import update_index
    from marsad.store.sqlite import connect, write_corpus

    out = Path(tempfile.mkdtemp(prefix="marsad-stages-"))
    times: dict[str, float] = {}

    def tick(name: str, t0: float) -> float:
        now = time.perf_counter()
        times[name] = now - t0
        return now

    try:
        con = connect(out / "marsad.db")
        t = time.perf_counter()
        batch = read_batch([src], con=con)
        t = tick("reading", t)
        corpus = Corpus(articles=batch.articles, options={"kb": None, "db": str(out / "marsad.db"),
                                                          "con": con, "steps": list(DEFAULT_STEPS)})
        rejected = []
        for step in Pipeline.build(DEFAULT_STEPS).steps:  # checked as a chain, run one by one
            corpus, lost = Pipeline([step]).run(corpus.articles, corpus=corpus)
            rejected.extend(lost)
            t = tick(f"step {step.name}", t)
        lost = attach_duplicates(corpus.articles, batch, rejected)
        by_path = {o.path: o for o in batch.outcomes}
        for r in [*rejected, *lost]:
            by_path[r.path] = r
        write_corpus(con, corpus, list(by_path.values()))
        t = tick("write: database", t)
        update_index(con)
        t = tick("write: search index", t)
        con.commit()
        con.close()
        t = tick("write: commit", t)
        write_exports(out)
        tick("write: exports", t)
        return {"times": times, "articles": len(corpus.articles)}
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
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"first{args.size}.jsonl"
        first_records(args.size, src)
        for _ in range(args.runs):
            m = measure("profile", _profile, (str(src),), 1)
            runs.append(m.extra["times"])
    names = list(runs[0])
    med = {n: statistics.median(r[n] for r in runs) for n in names}
    total = sum(med.values())
    print(f"{args.size} articles, median of {args.runs} fresh processes (--jobs 1)\n")
    print("| piece | seconds | share |\n| --- | ---: | ---: |")
    for n in names:
        print(f"| {n} | {med[n]:.2f} | {med[n] / total:.1%} |")
    writing = sum(v for n, v in med.items() if n.startswith("write"))
    print(f"| **total** | {total:.2f} ({args.size / total:.0f} articles/s) | writing {writing / total:.1%} |")
    print(f"\nload average before {load_before}, after {os.getloadavg()}")
    if args.json:
        args.json.write_text(json.dumps({"size": args.size, "runs": runs, "median": med}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
