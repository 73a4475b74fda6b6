"""Benchmark harness: each measurement in a fresh process; median of several runs.

`measure(func, args, runs)` calls `func(*args)` in a new process `runs` times and
returns the median wall time, every time, and the peak resident memory of the
measuring process (its own high-water mark, so imports count too). `func` must be a
module-level function (it is pickled) and may return a dict of extra figures
(counts); the harness reports those of the last run.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Measure:
    name: str
    seconds: list[float]
    peak_mb: float
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def rate(self, units: float) -> float:
        return units / self.median if self.median else float("inf")

    def line(self, units: float | None = None, unit: str = "items") -> str:
        runs = ", ".join(f"{s:.3f}" for s in self.seconds)
        rate = f"  {self.rate(units):,.0f} {unit}/s" if units else ""
        return (f"{self.name:28s} median {self.median:8.3f} s  (runs: {runs}){rate}"
                f"  peak {self.peak_mb:,.0f} MB")


def _child(conn: Any, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        t0 = time.perf_counter()
        extra = func(*args)
        secs = time.perf_counter() - t0
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        conn.send((secs, peak_kb / 1024, extra or {}))
    except BaseException:  # noqa: BLE001 - the parent raises it with the child's traceback
        conn.send(("error", traceback.format_exc(), None))
    finally:
        conn.close()


def measure(name: str, func: Callable[..., Any], args: tuple[Any, ...] = (), runs: int = 3) -> Measure:
    """Raises RuntimeError (with the child's traceback) when `func` fails, and when the
    measuring process dies without answering."""
    ctx = mp.get_context("spawn")
    secs: list[float] = []
    peak = 0.0
    extra: dict[str, Any] = {}
    for _ in range(runs):
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(child, func, args))
        proc.start()
        child.close()  # so that recv() ends when the child dies
        try:
            s, p, extra = parent.recv()
        except EOFError:
            proc.join()
            raise RuntimeError(f"{name}: the measuring process died (exit code {proc.exitcode})") from None
        proc.join()
        if s == "error":
            raise RuntimeError(f"{name} failed in the measuring process:\n{p}")
        secs.append(s)
        peak = max(peak, p)
    return Measure(name, secs, peak, extra)


def one_core() -> None:
    """Pin this process (and its children) to one core where the OS allows it."""
    if hasattr(__import__("os"), "sched_setaffinity"):
        import os

        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def shared_path(*parts: str) -> str:
    from pathlib import Path

    p = Path(__file__).resolve().parents[1].parent / "shared"
    p = p.joinpath(*parts)
    if not p.exists():
        sys.exit(f"{p} is absent: this benchmark needs ../shared beside the checkout")
    return str(p)
