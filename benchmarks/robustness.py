"""Bad input at scale: time and peak memory of whole `marsad run`s on hostile inputs.

    nice python3 -m benchmarks.robustness [--runs 3] [--cases broken,name,tiny]

Each case is a whole `marsad run` in a fresh process (the real command, as a user runs it),
several runs, median wall time and the largest peak resident memory of the run's process
tree; the machine's load average is printed beside the figures.

- `broken`: the broken-input corpus of `tests/broken/make.py` (every kind of bad input) plus
  50 good articles. Target: every good article out, every bad input reported, exit 1, under
  60 s and 1 GB.
- `name`: one `.txt` of «سلمان » repeated 10**6 times (11 MB). Target: finishes or is
  refused by a stated limit, under 2 minutes and 2 GB.
- `tiny`: one million tiny articles in one 21 MB `.json`. Same target.
- `name80k`: «سلمان » repeated 80,000 times (480,000 characters, under the article-length
  limit): the stages' own bounds, not ingest's, must hold it.
- `tinylines`: one million tiny articles in one `.jsonl`: streamed, the first 100,000 (the
  records-per-file limit) go through the whole pipeline, the rest is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_broken(folder: Path) -> tuple[dict[str, str], list[str]]:
    from tests.broken.make import article, build

    bad, good = build(folder / "broken")
    for n in range(50):
        (folder / "good50").mkdir(exist_ok=True)
        p = folder / "good50" / f"good_{n}.txt"
        p.write_text(article(500 + n), encoding="utf-8")
        good.append(str(p))
    return bad, good


def build_name(folder: Path) -> None:
    (folder / "name.txt").write_text("سلمان " * 10**6, encoding="utf-8")


def build_name_under_limit(folder: Path) -> None:
    (folder / "name80k.txt").write_text("سلمان " * 80_000, encoding="utf-8")


def build_tiny_lines(folder: Path) -> None:
    with (folder / "tiny.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps({"text": f"خبر {n}"}, ensure_ascii=False) + "\n" for n in range(10**6))


def build_tiny(folder: Path) -> None:
    with (folder / "tiny.json").open("w", encoding="utf-8") as f:
        f.write("[")
        f.write(",".join(json.dumps({"text": f"خبر {n}"}, ensure_ascii=False) for n in range(10**6)))
        f.write("]")


CASES = {
    "name80k": ("name80k.txt", build_name_under_limit),
    "tinylines": ("tiny.jsonl", build_tiny_lines),
    "broken": ("broken", build_broken),
    "name": ("name.txt", build_name),
    "tiny": ("tiny.json", build_tiny),
}


_WRAPPER = (
    "import resource, subprocess, sys, json\n"
    "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(json.dumps([peak, r.returncode, (r.stderr or r.stdout).strip()[:300]]))\n"
)


def one_run(inputs: list[Path], out: Path) -> tuple[float, float, int, str]:
    """Seconds, peak MB of the run (measured by a fresh wrapper process), exit code, the summary's
    first line."""
    cmd = [sys.executable, "-m", "marsad.cli.main", "run", *map(str, inputs), "--out", str(out), "--quiet"]
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True, check=True)
    secs = time.perf_counter() - t0
    peak_kb, code, said = json.loads(res.stdout)
    return secs, peak_kb / 1024, code, said.splitlines()[0] if said else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cases", default="broken,name,tiny")
    args = ap.parse_args()
    print(f"load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in args.cases.split(","):
            name, build = CASES[case]
            counts = build(folder)
            secs, peaks = [], []
            for k in range(args.runs):
                out = folder / f"out_{case}_{k}"
                s, p, code, first = one_run(
                    [folder / name] if case != "broken" else [folder / "broken", folder / "good50"], out
                )
                secs.append(s)
                peaks.append(p)
            extra = ""
            if case == "broken" and counts:
                con = sqlite3.connect(out / "marsad.db")
                bad, good = counts
                out_paths = {p for (p,) in con.execute("SELECT path FROM articles")}
                skipped = {p for (p,) in con.execute("SELECT path FROM outcomes WHERE status = 'skipped'")}
                con.close()
                extra = (
                    f"; good articles out {len(set(good) & out_paths)} of {len(good)}, "
                    f"bad inputs reported {len(set(bad) & skipped)} of {len(bad)}"
                )
            runs = ", ".join(f"{s:.1f}" for s in secs)
            print(
                f"{case:7s} median {statistics.median(secs):7.1f} s (runs: {runs})"
                f"  peak {max(peaks):,.0f} MB  exit {code}{extra}\n         {first}"
            )
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
