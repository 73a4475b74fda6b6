"""The whole pipeline on the local engine and on Spark, side by side.

    python3 -m benchmarks.engines [--sizes 3000,all] [--runs 3] [--engines local1,local2,spark1,spark2]
                                  [--keyed-min N] [--json FILE]

For each size N (the first N SaudiNewsNet records; `all` is every record, 31,030), runs
`marsad.run` into a fresh folder, in a fresh process each time (`benchmarks/harness.py`,
median of `--runs`), with each of `--engines`: local --jobs 1 and 2 (`local1`, `local2`),
spark local[1] and local[2] (`spark1`, `spark2`). Spark's start-up (a SparkContext and one
trivial job) is timed apart in its own fresh processes, and again inside each Spark run,
where the context is started before the run: a Spark row's median includes it, and the
line after it gives the run without it. Each row also gives the wall time of each corpus
step of its last run (site chrome, entity resolution, dedup, stories, event merging: the
keyed work of which runs on Spark at `--keyed-min` items or more, `engines.KEYED_MIN` by
default), the database's size per article, the last run's CPU seconds and peak resident
memory of the driver and of its worker processes (`resource.getrusage` of the process and
of its children), and the machine's load average before and after (other work on the
machine slows every figure alike; CPU seconds less so). Needs the `spark` extra and Java for
the Spark rows.
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

ENGINES = {"local1": ("local", 1), "local2": ("local", 2), "spark1": ("spark", 1), "spark2": ("spark", 2)}
ALL = 10**9  # `--sizes all`: every record


def _timed_corpus_steps(seconds: dict[str, float]) -> None:
    """Wrap every registered corpus step so that its wall time lands in `seconds`."""
    import time

    from marsad.pipeline import DEFAULT_STEPS, get_step
    from marsad.steps import base

    for name in DEFAULT_STEPS:
        step = get_step(name)
        if isinstance(step, base.CorpusStep):
            def timed(corpus: Any, _func: Any = step.func, _name: str = name) -> None:
                t0 = time.perf_counter()
                try:
                    _func(corpus)
                finally:
                    seconds[_name] = seconds.get(_name, 0.0) + time.perf_counter() - t0
            base._REGISTRY[name] = base.CorpusStep(step.name, step.requires, step.provides, timed)


def _run(src: str, engine: str, jobs: int, keyed_min: int | None = None) -> dict[str, Any]:
    import time

    from marsad.app import run
    from marsad.engines import KEYED_MIN, SparkEngine, engine_for

    out = Path(tempfile.mkdtemp(prefix="marsad-engines-"))
    eng = engine_for(engine, jobs, keyed_min=KEYED_MIN if keyed_min is None else keyed_min)
    steps: dict[str, float] = {}
    _timed_corpus_steps(steps)
    try:
        start = 0.0
        if isinstance(eng, SparkEngine):  # started apart, so the run's time can be given without it
            t0 = time.perf_counter()
            eng.context().parallelize(range(jobs), jobs).count()
            start = time.perf_counter() - t0
        result = run([src], out, jobs=jobs, engine=eng)
        size = (out / "marsad.db").stat().st_size
        return {"articles": len(result.corpus.articles), "db_bytes": size, "start_s": start,
                "timings": dict(result.timings.marks), "corpus_steps": steps, **_usage()}
    finally:
        eng.close()
        shutil.rmtree(out, ignore_errors=True)


def _usage() -> dict[str, float]:
    """CPU seconds and peak resident memory of this process (the driver) and of its worker
    processes (`RUSAGE_CHILDREN`: the workers that have ended, all of them once the run is
    over; CPU summed over them, memory the largest one's peak)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_driver_s": own.ru_utime + own.ru_stime, "cpu_workers_s": workers.ru_utime + workers.ru_stime,
            "peak_driver_mb": own.ru_maxrss / 1024, "peak_worker_mb": workers.ru_maxrss / 1024}


def _spark_start(jobs: int) -> dict[str, Any]:
    from marsad.engines import SparkEngine

    eng = SparkEngine(f"local[{jobs}]")
    try:
        eng.context().parallelize(range(jobs), jobs).count()
    finally:
        eng.close()
    return {}


def _usage_line(extra: dict[str, Any], workers: int) -> str:
    """The last run's CPU seconds (driver, workers: the figures to compare on a loaded
    machine) and peak memory: the driver's, the largest worker's, and at most their sum
    over the `workers` worker processes (forked workers share the driver's pages, so the
    sum counts some twice: a bound, not a measure)."""
    driver, worker = extra.get("peak_driver_mb", 0.0), extra.get("peak_worker_mb", 0.0)
    bound = f", at most {driver + workers * worker:,.0f} MB in all" if workers > 1 else ""
    return (f"last run: CPU driver {extra.get('cpu_driver_s', 0.0):.1f} s, workers "
            f"{extra.get('cpu_workers_s', 0.0):.1f} s; peak memory driver {driver:,.0f} MB, "
            f"largest worker {worker:,.0f} MB{bound}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="3000", help="record counts, comma-separated; `all`: every record")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engines", default=",".join(ENGINES), help=f"some of {', '.join(ENGINES)}")
    ap.add_argument("--keyed-min", type=int, default=None,
                    help="Spark: keyed work of fewer items runs on the driver (default engines.KEYED_MIN)")
    ap.add_argument("--no-spark", action="store_true", help="the local engine only")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    names = [e for e in args.engines.split(",") if not (args.no_spark and e.startswith("spark"))]
    unknown = [e for e in names if e not in ENGINES]
    if unknown:
        ap.error(f"unknown engine {', '.join(unknown)}: {', '.join(ENGINES)}")
    spark_jobs = sorted({ENGINES[e][1] for e in names if ENGINES[e][0] == "spark"})
    figures: dict[str, Any] = {"load_before": os.getloadavg(), "keyed_min": args.keyed_min, "sizes": {}}
    if spark_jobs:
        for jobs in spark_jobs:
            m = measure(f"spark start local[{jobs}]", _spark_start, (jobs,), args.runs)
            print(m.line())
            figures[f"spark_start_local{jobs}"] = m.median
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            src = Path(tmp) / f"first{size}.jsonl"
            n = first_records(ALL if size == "all" else int(size), src)
            print(f"\n{n} articles")
            for name in names:
                engine, jobs = ENGINES[name]
                label = f"{engine} {'--jobs ' + str(jobs) if engine == 'local' else f'local[{jobs}]'}"
                m = measure(label, _run, (str(src), engine, jobs, args.keyed_min), args.runs)
                parts = ", ".join(f"{k} {v:.1f} s" for k, v in m.extra.get("timings", {}).items())
                steps = ", ".join(f"{k} {v:.1f} s" for k, v in m.extra.get("corpus_steps", {}).items())
                start = m.extra.get("start_s", 0.0)
                print(m.line(n, "articles"), f" db {m.extra.get('db_bytes', 0) / n / 1024:.1f} kB/article")
                apart = (f"; Spark start-up {start:.1f} s, the run without it {m.seconds[-1] - start:.1f} s"
                         if start else "")
                print(f"{'':28s} last run: {parts}{apart}\n{'':28s} corpus steps: {steps}")
                print(f"{'':28s} {_usage_line(m.extra, jobs if engine == 'local' else 0)}")
                figures["sizes"].setdefault(str(n), {})[label] = {
                    "median_s": m.median, "runs": m.seconds, "articles_per_s": m.rate(n),
                    "peak_mb": m.peak_mb, "last_run_start_s": start,
                    "db_kb_per_article": m.extra.get("db_bytes", 0) / n / 1024,
                    "last_run_timings": m.extra.get("timings", {}),
                    "last_run_corpus_steps": m.extra.get("corpus_steps", {}),
                    **{k: m.extra.get(k) for k in ("cpu_driver_s", "cpu_workers_s", "peak_driver_mb",
                                                   "peak_worker_mb")}}
    figures["load_after"] = os.getloadavg()
    print(f"\nload average before {figures['load_before']}, after {figures['load_after']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
