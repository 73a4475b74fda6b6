"""Re-run only the story step on a finished 3,000-record run, and score it as `story_errors` does.

    python3 -m benchmarks.realtext.story_rerun OUT3K                      # the clusterer as shipped
    python3 -m benchmarks.realtext.story_rerun OUT3K --set threshold=0.35 --set window=2
    python3 -m benchmarks.realtext.story_rerun OUT3K --save ITEMS.pkl     # keep the inputs ...
    python3 -m benchmarks.realtext.story_rerun --items ITEMS.pkl --errors # ... and re-cluster from them
    python3 -m benchmarks.realtext.story_rerun OUT3K --set central_places=false --write DIR
    python3 -m benchmarks.realtext.story_rerun --items ITEMS.pkl --orders 8  # the spread over 8 orders
    python3 -m benchmarks.realtext.story_rerun OUT3K --events     # the working tree's events step first

Every article is read back from `OUT3K/marsad.db` with its layers (`store.exports`), turned into
what the story step reads (`stories.items.item_of`) and clustered afresh by a `StoryClusterer`
whose fields `--set` overrides (values are JSON: numbers, strings in quotes). The clusterer's
code is the working tree's: a change to the story rule is measured in seconds, without running
the pipeline again. With the shipped settings it gives the stories `OUT3K` holds (the same code
and the same inputs), so a figure it prints is the figure a full run would give. `--errors`
lists the dev errors only, as `story_errors --errors` does; test pairs are scored, never listed.
`--write DIR` writes `DIR/articles.jsonl`: OUT3K's articles with the re-run's stories, a run
that `stories.py more --run DIR` can draw pairs from (and `story_errors DIR` can score).
`--events` makes each stored article's events again with the working tree's events step before
its story item is made (as `events_rerun` does: the mentions that step adds are taken off
first): what a change to the events step does to the stories, in about a minute instead of a
run of the pipeline (with the shipped events step it gives the stored events, so the same items).
The clusterer takes one day's articles in the order of their ids, and its stories depend on that
order; `--orders N` scores N orders of them (other ids' order: `salted`) and their spread, to tell
a change from the luck of one order.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.realtext.gold import load_story_pairs
from benchmarks.realtext.stories import line_of
from benchmarks.realtext.story_errors import dev_errors, scores
from marsad.model import Article
from marsad.steps.events import events as events_step
from marsad.store.exports import stored_articles_full
from marsad.stories.cluster import Item, StoryClusterer
from marsad.stories.items import item_of, tagged_mentions

Inputs = tuple[list[Item], dict[str, int]]  # items in the run's article order, article id -> record line


def events_again(art: Article) -> Article:
    """`art` with its events made again by the working tree's events step, the mentions that
    step adds (a state named by a side: `attrs.side`) taken off first (`tagged_mentions`)."""
    art.set_layer("mentions", tagged_mentions(art))
    events_step.run([art])
    return art


def read_inputs(out: Path, events: bool = False) -> Inputs:
    """What the story step reads of every article of `out`, in articles.jsonl's order (with
    `events`, each article's events made again first: `events_again`)."""
    con = sqlite3.connect(out / "marsad.db")
    try:
        items, line = [], {}
        for art in stored_articles_full(con):
            items.append(item_of(events_again(art) if events else art))
            line[art.id] = line_of(art.path)
        return items, line
    finally:
        con.close()


def settings(pairs: list[str], clusterer: type = StoryClusterer) -> dict[str, Any]:
    """`--set FIELD=JSON` values, for any field of `clusterer` (a dataclass)."""
    out = {}
    for p in pairs:
        key, _, value = p.partition("=")
        if key not in clusterer.__dataclass_fields__:
            raise SystemExit(f"--set {p}: {clusterer.__name__} has no field {key!r}")
        out[key] = json.loads(value)
    return out


def salted(key: str, salt: str) -> str:
    """`key` under another name that sorts by a hash of `salt` and the key: the clusterer takes
    the articles of one day in the order of their keys, so a salt gives another such order."""
    return hashlib.sha1(f"{salt}\0{key}".encode()).hexdigest()[:12] + key


def recluster(inputs: Inputs, salt: str = "", **kw: Any) -> dict[int, str | None]:
    """Record line -> story id, in the run's article order (as `story_errors.read_stories`);
    with a `salt`, the articles of each day are taken in another order (`salted`)."""
    items, line = inputs
    keys = [it.key for it in items]
    fresh = pickle.loads(pickle.dumps(items))  # assign_all empties the items it assigns
    if salt:
        for it in fresh:
            it.key = salted(it.key, salt)
    assigned = StoryClusterer(**kw).assign_all(fresh)
    return {line[k]: assigned[salted(k, salt) if salt else k] for k in keys}


FIGURES = ("test P", "test R", "dev P", "dev R", "purity", "labelled P", "labelled R", "test1 P", "test1 R")
"""Every story floor figure: test (story_pair_*_all_test), dev, purity, labelled pairs and the
first test batch (story_pair_precision and story_pair_recall)."""


def figures(res: dict[str, Any]) -> list[float]:
    """The figures of `FIGURES`, from `story_errors.scores` (0 for a first test batch it lacks)."""
    lab = res["labelled_pairs"]
    first = res.get("test batch 1", {"p": 0.0, "r": 0.0})
    return [res["test"]["p"], res["test"]["r"], res["dev"]["p"], res["dev"]["r"],
            res["purity"]["purity"], lab["p"], lab["r"], first["p"], first["r"]]


def order_spread(inputs: Inputs, gold: list[dict[str, Any]], n: int, **kw: Any) -> list[str]:
    """The figures in the shipped order and in `n - 1` other orders of each day's articles,
    then their mean, standard deviation, lowest and highest: a change smaller than the spread
    is the order's luck (on the 3,000 records at 6f80dcd, over 11 orders, the shipped order
    gave the highest test recall: 0.872 against 0.705-0.769 in the others)."""
    rows = []
    lines = ["order  " + " ".join(f"{f:>10}" for f in FIGURES)]
    for i in range(n):
        salt = "" if i == 0 else str(i)
        rows.append(figures(scores(recluster(inputs, salt, **kw), gold)))
        lines.append(f"{salt or 'keys':<6} " + " ".join(f"{x:>10.3f}" for x in rows[-1]))
    aggs: list[tuple[str, Callable[[Sequence[float]], float]]] = [
        ("mean", statistics.fmean), ("low", min), ("high", max)]
    if n > 1:
        aggs.insert(1, ("sd", statistics.stdev))
    for name, agg in aggs:
        lines.append(f"{name:<6} " + " ".join(f"{agg(col):>10.3f}" for col in zip(*rows, strict=True)))
    return lines


def write_run(out3k: Path, story_of: dict[int, str | None], into: Path) -> None:
    """`into/articles.jsonl`: the articles of `out3k`, each with the story `story_of` gives it."""
    into.mkdir(parents=True, exist_ok=True)
    with (out3k / "articles.jsonl").open(encoding="utf-8") as src, \
            (into / "articles.jsonl").open("w", encoding="utf-8") as dst:
        for ln in src:
            art = json.loads(ln)
            art["story"] = story_of.get(line_of(art["path"]))
            dst.write(json.dumps(art, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out3k", type=Path, nargs="?")
    ap.add_argument("--items", type=Path, help="read the inputs saved by --save instead of OUT3K")
    ap.add_argument("--save", type=Path, help="save the inputs read from OUT3K (a pickle) for later runs")
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=JSON",
                    help="a StoryClusterer setting (repeatable)")
    ap.add_argument("--errors", action="store_true", help="list the dev pairs the clusters get wrong")
    ap.add_argument("--write", type=Path, metavar="DIR",
                    help="write DIR/articles.jsonl: OUT3K's articles with the re-run's stories")
    ap.add_argument("--events", action="store_true",
                    help="make each article's events again with the working tree's events step first")
    ap.add_argument("--orders", type=int, default=0, metavar="N",
                    help="score N orders of each day's articles (the shipped one first) and their spread")
    args = ap.parse_args(argv)
    if args.write and not args.out3k:
        ap.error("--write needs OUT3K (its articles.jsonl)")
    if args.events and not args.out3k:
        ap.error("--events needs OUT3K (its stored articles)")
    if args.items:
        with args.items.open("rb") as f:
            inputs: Inputs = pickle.load(f)  # noqa: S301 (a file this tool wrote)
    elif args.out3k:
        inputs = read_inputs(args.out3k, args.events)
    else:
        ap.error("give OUT3K or --items")
    if args.save:
        with args.save.open("wb") as f:
            pickle.dump(inputs, f)
    if args.orders:
        print("\n".join(order_spread(inputs, load_story_pairs(), args.orders, **settings(args.set))))
        return 0
    t0 = time.perf_counter()
    story_of = recluster(inputs, **settings(args.set))
    took = time.perf_counter() - t0
    if args.write:
        write_run(args.out3k, story_of, args.write)
    gold = load_story_pairs()
    if args.errors:
        print("\n".join(dev_errors(story_of, gold)))
        return 0
    res = scores(story_of, gold)
    for split in ("test", "test batch 1", "dev"):  # batch 1: the pairs story_pair_precision/recall are on
        r = res[split]
        print(f"{split:<12} pairs {r['pairs']:>3} same {r['gold_same']:>3}  P {r['p']:.3f} R {r['r']:.3f}"
              f" F1 {r['f1']:.3f}")
    print(f"purity of the 10 largest: {res['purity']['purity']:.3f}")
    print(f"labelled pairs: P {res['labelled_pairs']['p']:.3f} R {res['labelled_pairs']['r']:.3f}")
    sizes = Counter(s for s in story_of.values() if s is not None)
    print(f"{len(sizes)} stories, largest {max(sizes.values(), default=0)}; clustered in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
