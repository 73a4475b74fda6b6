"""What the one-step rerun tools (`quotes_rerun`, `events_rerun`) share: their command line, a
kept run's pairs with one layer made again on its stored articles (or, `--from ner`, the names
and every layer that reads them: `NAMES_ONWARD`), the kept TEST batches rerun and printed as
figures only (apart and pooled with the main test split), the dev error listing written to a
file, and the cost (seconds) printed last."""

from __future__ import annotations

import argparse
import contextlib
import io
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks.realtext.errors import pairs_of
from benchmarks.realtext.gold import GoldArticle
from benchmarks.realtext.measure import Pair
from marsad.model import Article, Corpus
from marsad.pipeline import get_step
from marsad.report.layout import article_record
from marsad.steps.base import CorpusStep
from marsad.store.exports import stored_articles_full

Rerun = Callable[[Path, list[GoldArticle]], list[Pair]]
Score = Callable[[list[Pair]], dict[str, Any]]
Line = Callable[[str, dict[str, Any]], str]

NAMES_ONWARD = ("ner", "resolve_entities", "quotes", "events")
"""The steps `--from ner` runs again, in the pipeline's order: the tagger, the resolver and the
steps after them that read names (`writing_days`, between the tagger and the resolver, reads
none). The events step runs for the quotes tool too: the mentions it adds (a state named by a
side) are in the run's mentions, and the speaker scoring reads them."""
NAMED_LAYERS = ("mentions", "quotes", "events")
"""The layers `--from ner` makes again, replaced in the kept run's predictions."""


def arguments(doc: str, argv: list[str] | None) -> argparse.Namespace:
    """A rerun tool's command line: the kept folder, `--errors FILE` and `--from ner`."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("out", type=Path, help="the folder given to `python3 -m benchmarks.realtext --keep`")
    ap.add_argument("--errors", type=Path, help="write the dev error listing here")
    ap.add_argument("--from", dest="start", choices=("ner",),
                    help="run again from this step on: ner, resolve_entities, quotes, events on the stored "
                         "articles, so that a tagger or resolver change shows (about 3-4 times the cost)")
    return ap.parse_args(argv)


def run_again(arts: list[Article], steps: Sequence[str]) -> None:
    """Runs the pipeline steps named `steps` again on `arts`, in that order (a corpus step, the
    resolver, over all of them, as one run's corpus)."""
    for name in steps:
        step = get_step(name)
        if isinstance(step, CorpusStep):
            step.func(Corpus(arts))
        else:
            step.run(arts)


def names_again(arts: list[Article]) -> dict[str, dict[str, Any]]:
    """Each article's `NAMED_LAYERS` as a run writes them (`articles.jsonl`), by article id, once
    the steps of `NAMES_ONWARD` have run again on `arts` (`run_again`)."""
    run_again(arts, NAMES_ONWARD)
    return {art.id: {k: rec[k] for k in NAMED_LAYERS} for art in arts for rec in (article_record(art),)}


def stored_articles(run: Path) -> list[Article]:
    """Every article of a run's database (`run/marsad.db`, opened read-only) with its layers."""
    con = sqlite3.connect(f"file:{run / 'marsad.db'}?mode=ro&immutable=1", uri=True)
    arts = list(stored_articles_full(con))
    con.close()
    return arts


def remade(out: Path, gold: list[GoldArticle], layer: str,
           remake: Callable[[Article], list[dict[str, Any]]], start: str | None = None) -> list[Pair]:
    """The pairs of a kept record run (`out`: its output folder), the prediction's `layer` made
    again on each stored article by `remake` (the layer's records, as the run writes them); with
    `start` "ner", its `NAMED_LAYERS` made again by `names_again` instead (`remake` unused)."""
    arts = stored_articles(out)
    made = names_again(arts) if start == "ner" else {art.id: {layer: remake(art)} for art in arts}
    pairs = pairs_of(out.parent, gold, out.name)
    for p in pairs:
        if p.pred:
            p.pred.update(made.get(p.pred["id"], {}))
    return pairs


def print_cost(began: float, start: str | None, step: str) -> None:
    """The last line: the seconds since `began` and the steps run again."""
    steps = ", ".join(NAMES_ONWARD) if start == "ner" else step
    print(f"cost {time.perf_counter() - began:.0f} s (steps run again: {steps})")


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

