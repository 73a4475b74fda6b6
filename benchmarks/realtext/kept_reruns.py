"""What the one-step rerun tools (`quotes_rerun`, `events_rerun`) share: their command line, a
kept run's pairs with one layer made again on its stored articles, the kept TEST batches rerun
and printed as figures only (apart and pooled with the main test split), and the dev error
listing written to a file."""

from __future__ import annotations

import argparse
import contextlib
import io
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from benchmarks.realtext.errors import pairs_of
from benchmarks.realtext.gold import GoldArticle
from benchmarks.realtext.measure import Pair
from marsad.model import Article
from marsad.store.exports import stored_articles_full

Rerun = Callable[[Path, list[GoldArticle]], list[Pair]]
Score = Callable[[list[Pair]], dict[str, Any]]
Line = Callable[[str, dict[str, Any]], str]


def arguments(doc: str, argv: list[str] | None) -> argparse.Namespace:
    """A rerun tool's command line: the kept folder and `--errors FILE`."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("out", type=Path, help="the folder given to `python3 -m benchmarks.realtext --keep`")
    ap.add_argument("--errors", type=Path, help="write the dev error listing here")
    return ap.parse_args(argv)


def remade(out: Path, gold: list[GoldArticle], layer: str,
           remake: Callable[[Article], list[dict[str, Any]]]) -> list[Pair]:
    """The pairs of a kept record run (`out`: its output folder), the prediction's `layer` made
    again on each stored article by `remake` (the layer's records, as the run writes them)."""
    con = sqlite3.connect(f"file:{out / 'marsad.db'}?mode=ro&immutable=1", uri=True)
    made = {art.id: remake(art) for art in stored_articles_full(con)}
    con.close()
    pairs = pairs_of(out.parent, gold, out.name)
    for p in pairs:
        if p.pred:
            p.pred[layer] = made.get(p.pred["id"], p.pred.get(layer, []))
    return pairs


def print_test_batches(out: Path, batches: Mapping[int, tuple[Path, str]], rerun: Rerun,
                       load: Callable[[Path], list[GoldArticle]], score: Score, line: Line,
                       main_test: list[Pair]) -> None:
    """Each TEST batch (number -> (gold, work folder)) kept under `out`, rerun and printed
    (figures only), then every kept batch pooled with `main_test` (measured once)."""
    pooled = list(main_test)
    kept = 0
    for n, (path, folder) in batches.items():
        run = out / folder / "record-orig-out"
        if path.exists() and (run / "marsad.db").exists():
            batch = rerun(run, load(path))
            pooled += batch
            kept += 1
            print(line(f"test batch {n} (figures only)", score(batch)))
    if kept:
        print(line("all test pooled (figures only)", score(pooled)))


def write_listing(path: Path, listing: Callable[[list[Pair]], None], extra_dev: list[Pair],
                  main_dev: list[Pair]) -> None:
    """The dev error listing (`listing`, e.g. `errors.event_errors`) of the extra gold's pairs,
    then of the main gold's, written to `path`; the callers pass dev rows only (`listable`)."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        listing(extra_dev)
        print("== main gold, dev")
        listing(main_dev)
    path.write_text(buf.getvalue(), encoding="utf-8")

