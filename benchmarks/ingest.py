"""Ingest + cleaning throughput and peak memory over SaudiNewsNet (31,030 articles).

    nice python3 -m benchmarks.ingest [--runs 3] [--sizes 3000,10000,31030]

Each size is a prefix of `../shared/data/saudinewsnet/saudinewsnet.jsonl.gz` written once
to a temporary `.jsonl.gz` (the full size reads the shared file itself), then read as ONE
input file and cleaned (`segment`, `language` stages and the `site_chrome` corpus step),
pinned to one core, in a fresh process per run. Prints the median seconds, articles per
second and peak resident memory per size, and the growth against the smallest size
(near-linear growth: time ratio close to the size ratio).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import measure, one_core, shared_path

CLEANING = ("segment", "language", "site_chrome")


def ingest_only(path: str) -> dict[str, Any]:
    one_core()
    from marsad.ingest import read_inputs
    from marsad.model import Article

    n = sum(isinstance(x, Article) for x in read_inputs([path]))
    return {"articles": n}


def ingest_and_clean(path: str) -> dict[str, Any]:
    one_core()
    from marsad.ingest import read_inputs
    from marsad.model import Article
    from marsad.pipeline import Pipeline

    arts = [x for x in read_inputs([path]) if isinstance(x, Article)]
    corpus, rejected = Pipeline.build(CLEANING).run(arts)
    return {"articles": len(arts), "kept": len(corpus.articles), "rejected": len(rejected)}


def prefix(src: str, n: int, folder: Path) -> str:
    out = folder / f"saudinewsnet_{n}.jsonl.gz"
    with gzip.open(src, "rb") as f, gzip.open(out, "wb", compresslevel=1) as g:
        g.writelines(itertools.islice(f, n))
    return str(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="3000,10000,31030")
    args = ap.parse_args()
    src = shared_path("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = src if n >= 31030 else prefix(src, n, Path(tmp))
            for name, func in (("ingest", ingest_only), ("ingest+cleaning", ingest_and_clean)):
                m = measure(f"{name} {n:,}", func, (path,), runs=args.runs)
                arts = m.extra["articles"]
                print(m.line(arts, "articles"), m.extra, flush=True)
                rows.append((name, n, arts, m.median, m.peak_mb))
    print(f"\n{'step':16s} {'input':>7s} {'articles':>9s} {'median s':>9s} {'art/s':>8s} "
          f"{'peak MB':>8s} {'size x':>7s} {'time x':>7s}")
    for name in ("ingest", "ingest+cleaning"):
        mine = [r for r in rows if r[0] == name]
        base = mine[0]
        for _, n, arts, secs, peak in mine:
            print(f"{name:16s} {n:7,d} {arts:9,d} {secs:9.2f} {arts / secs:8,.0f} {peak:8,.0f} "
                  f"{arts / base[2]:7.2f} {secs / base[3]:7.2f}")


if __name__ == "__main__":
    main()
