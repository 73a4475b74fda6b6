"""The CPU each per-article stage costs, per article, and a profile of one stage, in one process.

    python3 -m benchmarks.stage_cpu INPUT [--limit N] [--profile STEP] [--top 30] [--dump FILE.prof]

Runs the default chain over the first N records of INPUT (JSON Lines, gzipped or not) in this
process (`--jobs 1`), as `marsad run` runs it: the per-article stages chunk by chunk (what one
stage leaves in a cache for the next counts as in a run), the corpus steps between them, and the
workers' last step (`app.prepare_writing`, with the sketches, items and rows a run asks for).
Prints each per-article piece's CPU (`time.process_time`, the figure to compare on a loaded
machine) in ms per article, with the corpus steps apart.

With `--profile STEP` (a step's name, or `prepare_writing`), cProfile runs only during that
piece's calls and its top functions by own time are printed (`--dump` writes the profile for
`pstats`). The profiler slows what it watches (small calls most), so the CPU line of the
profiled piece in that run is marked; compare pieces only from a run without `--profile`.
`benchmarks.main_process --profile` profiles the main process only (its workers do not
inherit the profiler); this is the tool for the workers' CPU.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import os
import pstats
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any


class _StageClock:
    """CPU seconds per named piece, summed over its calls; one piece may run under cProfile."""

    def __init__(self, profiled: str | None) -> None:
        self.cpu: dict[str, float] = {}
        self.profiled = profiled
        self.prof = cProfile.Profile(time.process_time) if profiled else None

    def timed(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        prof = self.prof if name == self.profiled else None

        def run(*args: Any, **kw: Any) -> Any:
            c = time.process_time()
            if prof is not None:
                prof.enable()
            try:
                return func(*args, **kw)
            finally:
                if prof is not None:
                    prof.disable()
                self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - c
        return run


def stage_cpu(src: str, profiled: str | None = None) -> tuple[dict[str, float], list[str], int, Any]:
    """CPU seconds per piece, the names of the corpus steps, the number of articles kept,
    and the profiler (None without `profiled`)."""
    from marsad.app import fewer_collections, prepare_writing, read_batch
    from marsad.model import Corpus
    from marsad.pipeline import DEFAULT_STEPS, Pipeline
    from marsad.steps.base import CorpusStep, Stage
    from marsad.store.sqlite import connect

    clock = _StageClock(profiled)
    out = Path(tempfile.mkdtemp(prefix="marsad-stage-cpu-"))
    try:
        with fewer_collections():
            con = connect(out / "marsad.db")
            batch = read_batch([src], con=con)
            corpus = Corpus(articles=[], options={"kb": None, "db": str(out / "marsad.db"),
                                                  "con": con, "steps": list(DEFAULT_STEPS)})
            built = Pipeline.build(DEFAULT_STEPS).steps
            steps: list[Stage | CorpusStep] = [
                replace(st, func=clock.timed(st.name, st.func), batch=None) if isinstance(st, Stage)
                else replace(st, func=clock.timed(st.name, st.func)) for st in built]
            names = [st.name for st in built]

            def finish(arts: list[Any]) -> None:
                prepare_writing(arts, sketches="dedup" in names, items="stories" in names)

            corpus, _ = Pipeline(steps).run(batch.articles, corpus=corpus,
                                            finish=clock.timed("prepare_writing", finish))
            con.close()
        corpus_steps = [st.name for st in built if isinstance(st, CorpusStep)]
        return clock.cpu, corpus_steps, len(corpus.articles), clock.prof
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("--limit", type=int, default=0, help="the first N records (0: all)")
    ap.add_argument("--profile", help="a step's name, or prepare_writing")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args(argv)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        src = args.input
        if args.limit:
            src = str(Path(tmp) / "input.jsonl")
            opener = gzip.open if str(args.input).endswith(".gz") else open
            with opener(args.input, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as o:
                for k, line in enumerate(f):
                    if k >= args.limit:
                        break
                    o.write(line)
        cpu, corpus_steps, n, prof = stage_cpu(src, args.profile)
    per_article = {k: v for k, v in cpu.items() if k not in corpus_steps}
    print(f"{n} articles; CPU (time.process_time), one process")
    print("| piece | CPU s | ms per article | share of per-article CPU |\n| --- | ---: | ---: | ---: |")
    total = sum(per_article.values())
    for name, sec in per_article.items():
        mark = " (profiled)" if name == args.profile else ""
        print(f"| {name}{mark} | {sec:.2f} | {1000 * sec / max(n, 1):.2f} | {sec / total:.1%} |")
    print(f"| **per-article total** | {total:.2f} | {1000 * total / max(n, 1):.2f} | |")
    print("corpus steps: " + ", ".join(f"{k} {cpu.get(k, 0.0):.2f} s" for k in corpus_steps))
    print(f"load average before {load_before}, after {os.getloadavg()}")
    if prof is not None:
        if args.dump:
            prof.dump_stats(str(args.dump))
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
