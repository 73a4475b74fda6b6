"""The whole pipeline on the local engine and on Spark, side by side.

    python3 -m benchmarks.engines [--sizes 3000] [--runs 3] [--json FILE]

For each size N (the first N SaudiNewsNet records), runs `marsad.run` into a fresh folder,
in a fresh process each time (`benchmarks/harness.py`, median of `--runs`), with:
local --jobs 1, local --jobs 2, spark local[1] and spark local[2]. Spark's start-up (a
SparkContext and one trivial job) is timed apart in its own fresh processes and is
included in the Spark runs' times; the table shows both. Also prints the database's
size per article and the machine's load average before and after (other work on the
machine slows every figure alike). Needs the `spark` extra and Java for the Spark rows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import measure
from benchmarks.ner_counts import first_records


def _run(src: str, engine: str, jobs: int) -> dict[str, Any]:
    import marsad
    from marsad.engines import engine_for

    out = Path(tempfile.mkdtemp(prefix="marsad-engines-"))
    eng = engine_for(engine, jobs)
    try:
        result = marsad.run([src], out, jobs=jobs, engine=eng)
        size = (out / "marsad.db").stat().st_size
        return {"articles": len(result.corpus.articles), "db_bytes": size,
                "timings": dict(result.timings.marks)}
    finally:
        eng.close()
        shutil.rmtree(out, ignore_errors=True)


def _spark_start(jobs: int) -> dict[str, Any]:
    from marsad.engines import SparkEngine

    eng = SparkEngine(f"local[{jobs}]")
    try:
        eng.context().parallelize(range(jobs), jobs).count()
    finally:
        eng.close()
    return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="3000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-spark", action="store_true", help="the local engine only")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    figures: dict[str, Any] = {"load_before": os.getloadavg(), "sizes": {}}
    if not args.no_spark:
        for jobs in (1, 2):
            m = measure(f"spark start local[{jobs}]", _spark_start, (jobs,), args.runs)
            print(m.line())
            figures[f"spark_start_local{jobs}"] = m.median
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            src = Path(tmp) / f"first{n}.jsonl"
            first_records(n, src)
            rows = [("local", 1), ("local", 2)] + ([] if args.no_spark else [("spark", 1), ("spark", 2)])
            print(f"\n{n} articles")
            for engine, jobs in rows:
                label = f"{engine} {'--jobs ' + str(jobs) if engine == 'local' else f'local[{jobs}]'}"
                m = measure(label, _run, (str(src), engine, jobs), args.runs)
                parts = ", ".join(f"{k} {v:.1f} s" for k, v in m.extra.get("timings", {}).items())
                print(m.line(n, "articles"), f" db {m.extra.get('db_bytes', 0) / n / 1024:.1f} kB/article"
                      f"  (last run: {parts})")
                figures["sizes"].setdefault(str(n), {})[label] = {
                    "median_s": m.median, "runs": m.seconds, "articles_per_s": m.rate(n),
                    "peak_mb": m.peak_mb,
                    "db_kb_per_article": m.extra.get("db_bytes", 0) / n / 1024,
                    "last_run_timings": m.extra.get("timings", {})}
    figures["load_after"] = os.getloadavg()
    print(f"\nload average before {figures['load_before']}, after {figures['load_after']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
