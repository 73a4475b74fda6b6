"""What the main process of a `marsad run` does, and when: each map of per-article stages
(its wall time, the main process's CPU during it: receiving the workers' results, saving
articles ahead), each corpus step (wall, main CPU), the writing, and the serial time (what
runs after the last map's workers are done).

    python3 -m benchmarks.main_process INPUT --out DIR [--jobs 2] [--profile FILE.prof]

One run in this process, as `marsad run INPUT --out DIR --jobs N` does it (DIR is emptied
first). CPU seconds are `time.process_time` of this process (the workers' are apart:
`RUSAGE_CHILDREN` once they are reaped). With `--profile`, cProfile of this process, written
to FILE for `pstats`: the workers, forked while it runs, turn the copy they inherit off at
once (`os.register_at_fork`), so they neither run slowed by it nor count in the workers'
CPU. The workers' own profile, stage by stage: `benchmarks.stage_cpu --profile STEP`.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


class _Marks:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float]] = []  # name, wall, main CPU

    def timed(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kw: Any) -> Any:
            w, c = time.perf_counter(), time.process_time()
            try:
                return func(*args, **kw)
            finally:
                self.rows.append((name, time.perf_counter() - w, time.process_time() - c))
        return run


def main_profiler() -> cProfile.Profile:
    """A CPU-time profiler of this process (not wall: the machine is shared) that a process
    forked from it turns off at once: a worker would otherwise run profiled, slowed, and never
    write what it gathered."""
    prof = cProfile.Profile(time.process_time)
    os.register_at_fork(after_in_child=prof.disable)
    return prof


def measure(src: str, out: Path, jobs: int, profile: Path | None) -> dict[str, Any]:
    import marsad.app as app
    import marsad.pipeline as pipeline
    from marsad.steps.base import CorpusStep

    marks = _Marks()
    orig_build = pipeline.Pipeline.build.__func__  # type: ignore[attr-defined]

    def build(cls: Any, names: Any = pipeline.DEFAULT_STEPS) -> Any:
        pl = orig_build(cls, names)
        pl.steps = [replace(st, func=marks.timed(f"corpus {st.name}", st.func))
                    if isinstance(st, CorpusStep) else st for st in pl.steps]
        return pl

    pipeline.Pipeline.build = classmethod(build)  # type: ignore[assignment,method-assign]
    n_map = iter(range(1, 100))
    orig_run_stages = pipeline._run_stages

    def run_stages(stages: Any, *a: Any, **kw: Any) -> Any:
        name = f"map {next(n_map)} ({', '.join(s.name for s in stages)})"
        return marks.timed(name, orig_run_stages)(stages, *a, **kw)

    pipeline._run_stages = run_stages  # type: ignore[assignment]
    shutil.rmtree(out, ignore_errors=True)
    prof = main_profiler() if profile else None
    w0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    result = app.run([src], out, jobs=jobs)
    if prof:
        prof.disable()
        prof.dump_stats(str(profile))
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    last_map_end = 0.0
    elapsed = 0.0
    print(f"{'piece':48s} {'wall':>8s} {'main CPU':>9s}")
    for name, w, c in marks.rows:
        print(f"{name:48s} {w:8.2f} {c:9.2f}")
        elapsed += w
        if name.startswith("map"):
            last_map_end = elapsed
    # the time before the first piece (reading) and between pieces counts as the run's too
    marks_total = sum(w for _, w, _ in marks.rows)
    maps_wall = sum(w for n, w, _ in marks.rows if n.startswith("map"))
    maps_cpu = sum(c for n, _, c in marks.rows if n.startswith("map"))
    tail = wall - (result.timings.marks.get("reading", 0.0) + last_map_end)
    print(f"{'run timings':48s} " + ", ".join(f"{k} {v:.1f}" for k, v in result.timings.marks.items()))
    print(f"wall {wall:.1f} s, main CPU {cpu:.1f} s (during maps {maps_cpu:.1f} of {maps_wall:.1f} s wall), "
          f"workers' CPU {_children_cpu():.1f} s; serial outside maps {wall - maps_wall:.1f} s "
          f"(after the last map {tail:.1f} s; pieces timed {marks_total:.1f} s); "
          f"{len(result.corpus.articles)} articles; load {os.getloadavg()}")
    return {"wall": wall, "cpu": cpu, "tail": tail}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args(argv)
    print(f"load before {os.getloadavg()}")
    measure(args.input, args.out, args.jobs, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
