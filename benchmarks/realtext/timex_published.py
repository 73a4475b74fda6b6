"""Timex value accuracy with the errors a wrong publication date causes counted apart.

    python3 -m benchmarks.realtext.timex_published KEEP [--split dev]

KEEP is a `python3 -m benchmarks.realtext --keep KEEP` folder. For the real-text gold's split and
each timex dev batch (`timex_dev.BATCHES`), a wrong value is counted as the publication date's
when marsad's publication day is none of the gold's and resolving the article's content again
against a gold publication day (`marsad.dates.extract`) gives an accepted value. Only totals are
printed, never an article (the test split's figures may be read, not its errors).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from functools import cache
from pathlib import Path

from benchmarks.realtext.errors import pairs_of
from benchmarks.realtext.gold import GOLD, load
from benchmarks.realtext.measure import Pair, overlaps, value_right
from benchmarks.realtext.timex_dev import BATCHES
from marsad.dates import extract
from marsad.dates.extract import Timex

RUN = "record-orig-out"


@cache
def _resolved(content: str, day: str) -> tuple[Timex, ...]:
    """An article's dates resolved against a gold publication day: once a day, not once a date."""
    return tuple(extract(content, date.fromisoformat(day)))


def counts(pairs: list[Pair]) -> tuple[int, int, int]:
    """(gold expressions, right values, wrong values the publication date causes)."""
    n = right = published = 0
    for pr in pairs:
        preds = pr.spans("timexes")
        day = ((pr.pred.get("published") or {}).get("date") or "")[:10]
        days = [p for p in pr.gold.published if p]
        for g in pr.gold.timexes:
            n += 1
            hit = [t for t in preds if overlaps(t["start"], t["end"], g.start, g.end)]
            if value_right(g.values, hit):
                right += 1
            elif hit and days and day not in days and any(
                value_right(g.values, [{"start": t.start, "end": t.end, "value": t.value}
                                       for t in _resolved(pr.gold.content, d)
                                       if overlaps(t.start, t.end, g.start, g.end)])
                for d in days
            ):
                published += 1
    return n, right, published


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("keep", type=Path)
    ap.add_argument("--split", default="dev", choices=("dev", "test"))
    args = ap.parse_args(argv)
    strata = [(f"real-text {args.split}", GOLD, args.keep)]
    strata += [(stratum, path, args.keep / stratum) for path, stratum, _ in BATCHES.values()]
    for name, path, out in strata:
        if not (out / RUN).exists():
            continue
        pairs = pairs_of(out, load(path), RUN)
        if path == GOLD:
            pairs = [p for p in pairs if p.gold.split == args.split]
        n, right, published = counts(pairs)
        print(f"{name:16s} value {right / n:.3f} ({right}/{n}); wrong because of the publication date "
              f"{published}; value with those counted right {(right + published) / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
