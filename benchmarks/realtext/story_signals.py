"""The pairwise signals of the dev story pairs: how far words, entities and leads alone tell them apart.

    python3 -m benchmarks.realtext.story_signals OUT3K                # read the inputs from a 3k run
    python3 -m benchmarks.realtext.story_signals --items ITEMS.pkl    # ... or from `story_rerun --save`

For every DEV pair of the story gold (the test split is never listed) it prints the gold judgement,
the article-to-article cosines the clusterer would compute (words, entities, lead), whether the two
share an event signature, their day gap, whether the clusters put them together (`story_rerun`'s
settings, `--set` as there) and the judge's note, sorted by word cosine. A rule meant to split
topic clusters can be checked against it first: a pair judged one story below the line it draws
is recall a rule on that signal would cost.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.realtext.gold import load_story_pairs
from benchmarks.realtext.story_rerun import Inputs, read_inputs, recluster, settings
from marsad.stories.cluster import StoryClusterer, cosine


@dataclass(frozen=True)
class PairSignals:
    a: int
    b: int
    same: bool  # the gold judgement
    together: bool  # the clusters put them in one story
    text: float
    entities: float
    lead: float
    event: bool  # they share an event signature (type and two participants)
    gap: int | None  # days between their publication dates
    note: str


def pair_signals(inputs: Inputs, gold: list[dict[str, Any]], **kw: Any) -> list[PairSignals]:
    """The dev pairs of `gold` with their signals, highest word cosine first."""
    items, line = inputs
    by_line = {line[it.key]: it for it in items}
    story_of = recluster(inputs, **kw)
    sc = StoryClusterer(**kw)
    sc.count(items)
    out = []
    for g in gold:
        if g["kind"] != "pair" or g["split"] != "dev" or g["a"] not in by_line or g["b"] not in by_line:
            continue
        x, y = by_line[g["a"]], by_line[g["b"]]
        vx, vy = sc.vectors(x), sc.vectors(y)
        sa, sb = story_of.get(g["a"]), story_of.get(g["b"])
        out.append(PairSignals(
            g["a"], g["b"], bool(g["same"]), sa is not None and sa == sb,
            cosine(vx.text, vy.text), cosine(vx.entities, vy.entities), cosine(vx.lead, vy.lead),
            bool(set(x.events) & set(y.events)),
            abs((x.day - y.day).days) if x.day and y.day else None, g.get("note", "")))
    return sorted(out, key=lambda p: (-p.text, p.a, p.b))


def line_of_pair(p: PairSignals) -> str:
    judged = "SAME" if p.same else "diff"
    made = "together" if p.together else "apart   "
    gap = "-" if p.gap is None else str(p.gap)
    return (f"{judged} {made} text {p.text:.2f} ent {p.entities:.2f} lead {p.lead:.2f}"
            f" {'ev' if p.event else '  '} gap {gap:>2} {p.a:>4} {p.b:>4} {p.note}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out3k", type=Path, nargs="?")
    ap.add_argument("--items", type=Path, help="inputs saved by `story_rerun --save`")
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=JSON",
                    help="a StoryClusterer setting (repeatable)")
    args = ap.parse_args(argv)
    if args.items:
        with args.items.open("rb") as f:
            inputs: Inputs = pickle.load(f)  # noqa: S301 (a file story_rerun wrote)
    elif args.out3k:
        inputs = read_inputs(args.out3k)
    else:
        ap.error("give OUT3K or --items")
    for p in pair_signals(inputs, load_story_pairs(), **settings(args.set)):
        print(line_of_pair(p))
    return 0


if __name__ == "__main__":
    sys.exit(main())
