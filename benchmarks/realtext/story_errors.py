"""Story-pair scores of an existing 3,000-record run, per split and gold batch, and its dev errors.

    python3 -m benchmarks.realtext.story_errors OUT3K            # scores: test, dev, each by batch, purity
    python3 -m benchmarks.realtext.story_errors OUT3K --errors   # the dev pairs it gets wrong

`OUT3K` is the output folder of `marsad run` on the first 3,000 SaudiNewsNet records (as
`python3 -m benchmarks.realtext` makes it, or any run of the same records: an article's path
ends in `#LINE`). Errors are listed for the dev split only: false merges (`FP`, the pair put in
one story though judged different) and misses (`FN`), with the size of the story the first
article is in and the judge's note. The test split's pairs are scored, never listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.realtext.gold import load_story_pairs
from benchmarks.realtext.stories import labelled_pairs, line_of, pair_scores, purity


def read_stories(out: Path) -> dict[int, str | None]:
    """Record line -> story id, in the run's article order (purity breaks size ties by it)."""
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        return {line_of(a["path"]): a.get("story") for a in map(json.loads, f)}


def batches(gold: list[dict[str, Any]]) -> list[int]:
    return sorted({g.get("batch", 1) for g in gold if g["kind"] == "pair"})


def scores(story_of: dict[int, str | None], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Pair P/R for test, dev, each batch of either split that has pairs of it (figures only:
    a test batch is scored, never listed); purity and labelled pairs of the clusters."""
    out: dict[str, Any] = {s: pair_scores(story_of, gold, s) for s in ("test", "dev")}
    for split in ("test", "dev"):
        for b in batches(gold):
            rows = [g for g in gold if g["kind"] == "pair" and g.get("batch", 1) == b and g["split"] == split]
            if rows:
                out[f"{split} batch {b}"] = pair_scores(story_of, rows, split)
    out["purity"] = purity(story_of, gold)
    out["labelled_pairs"] = labelled_pairs(story_of, gold)
    return out


def dev_errors(story_of: dict[int, str | None], gold: list[dict[str, Any]]) -> list[str]:
    size = Counter(s for s in story_of.values() if s is not None)
    lines = []
    for g in gold:
        if g["kind"] != "pair" or g["split"] != "dev":
            continue
        sa, sb = story_of.get(g["a"]), story_of.get(g["b"])
        together = sa is not None and sa == sb
        if together != g["same"]:
            kind = "FP" if together else "FN"
            where = f"{size[sa] if sa else 0:>3} {g['a']:>4} {g['b']:>4} {g['stratum']:<15}"
            lines.append(f"{kind} {where} {g['note']}")
    return sorted(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out3k", type=Path)
    ap.add_argument("--errors", action="store_true", help="list the dev pairs the run gets wrong")
    args = ap.parse_args(argv)
    gold = load_story_pairs()
    story_of = read_stories(args.out3k)
    if args.errors:
        print("\n".join(dev_errors(story_of, gold)))
        return 0
    res = scores(story_of, gold)
    for name, r in res.items():
        if name == "purity":
            print(f"purity of the 10 largest: {r['purity']:.3f} ({r['labelled']} labelled of {r['members']})")
        elif name == "labelled_pairs":
            print(f"labelled pairs: P {r['p']:.3f} R {r['r']:.3f} ({r['gold_same']} same)")
        else:
            print(f"{name:<12} pairs {r['pairs']:>3} same {r['gold_same']:>3}  P {r['p']:.3f} R {r['r']:.3f}"
                  f" F1 {r['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
