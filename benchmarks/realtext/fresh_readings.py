"""The readings of fresh text of every round, rescored from committed verdicts.

    python3 -m benchmarks.realtext.fresh_readings [--file PATH]

tests/data/realtext/fresh_readings.jsonl holds the readers' verdicts on seeded random samples of
marsad's output on records of the first 3,000 SaudiNewsNet records that are in no gold (its first
row says how they were drawn and read), one reading per sample; from round 36 on a sample is
drawn, and its filled rows checked and appended, by `python3 -m benchmarks.realtext.fresh_sample`
(and its `add`). Each row names its reading (the sample), the record's line and content hash, the
judged item's offsets (null for an item marsad missed, in a recall reading: events-recall… or
quotes-recall…), the verdict (right | wrong | not_a_quotation), a short English class and, where
the item was read again after the round's changes, the verdict after (gone: no longer output). No
article text is stored.

Per reading this prints n, right, the proportion with its 90% Wilson interval (items judged
not_a_quotation are left out of the proportion: a speaker reading counts only quotations), the
same after where read again (gone items leave the denominator), the extra scorings some readings
carry (`scored`: as the benchmark scores; `exact`: the span exact), and the classes with counts.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READINGS = ROOT / "tests" / "data" / "realtext" / "fresh_readings.jsonl"
VERDICTS = frozenset({"right", "wrong", "not_a_quotation"})
AFTERS = VERDICTS | {"gone"}
Z90 = 1.6448536269514722  # the standard normal quantile for a central 90% interval


@dataclass(frozen=True)
class Reading:
    """One judged item of a fresh-text reading (offsets into the record's `content`)."""

    reading: str
    line: int
    hash: str
    start: int | None  # None: an event a reader records that marsad did not output (recall)
    end: int | None
    verdict: str
    cls: str
    after: str | None  # None: not read again after the round's changes
    scored: str | None  # right | wrong as the benchmark scores (events seed 35 only)
    exact: bool | None  # the span is exact (quotation precision only)


def wilson(right: int, n: int, z: float = Z90) -> tuple[float, float]:
    """The Wilson score interval of right / n (z = 1.645: 90%)."""
    if n == 0:
        return (0.0, 1.0)
    p = right / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def load(path: Path = READINGS) -> tuple[str, list[Reading]]:
    """The about text and the rows of the readings file, each checked for its fields."""
    about = ""
    rows: list[Reading] = []
    with path.open(encoding="utf-8") as f:
        for n, ln in enumerate(f):
            r = json.loads(ln)
            if n == 0:
                if r.get("kind") != "about":
                    raise ValueError(f"{path}: the first row must be the about row")
                about = str(r["text"])
                continue
            if r.get("kind") != "reading" or r["verdict"] not in VERDICTS:
                raise ValueError(f"{path}:{n + 1}: not a reading row: {r}")
            after = r.get("after")
            if after is not None and after not in AFTERS:
                raise ValueError(f"{path}:{n + 1}: unknown after {after!r}")
            rows.append(Reading(reading=r["reading"], line=int(r["line"]), hash=r["hash"],
                                start=r["start"], end=r["end"], verdict=r["verdict"],
                                cls=r["class"], after=after, scored=r.get("scored"),
                                exact=r.get("exact")))
    return about, rows


def share(right: int, n: int) -> str:
    """'right / n = p [low, high]' with the 90% Wilson interval, three decimals."""
    if n == 0:
        return "0 / 0"
    low, high = wilson(right, n)
    return f"{right} / {n} = {right / n:.3f} [{low:.3f}, {high:.3f}]"


def report(name: str, rows: Sequence[Reading]) -> list[str]:
    """The printed lines of one reading."""
    judged = [r for r in rows if r.verdict != "not_a_quotation"]
    right = sum(r.verdict == "right" for r in judged)
    out = [f"{name}: n {len(rows)}, judged {len(judged)}, right {right}: {share(right, len(judged))}"]
    if any(r.after is not None for r in rows):
        again = [r for r in rows if r.after is not None]
        kept = [r for r in again if r.after not in ("gone", "not_a_quotation")]
        after = sum(r.after == "right" for r in kept)
        gone = sum(r.after == "gone" for r in again)
        out.append(f"  after: {share(after, len(kept))} (gone {gone})")
    if any(r.scored is not None for r in rows):
        scored = sum(r.scored == "right" for r in judged)
        out.append(f"  as scored: {share(scored, len(judged))}")
    if any(r.exact is not None for r in rows):
        exact = sum(bool(r.exact) and r.verdict == "right" for r in judged)
        out.append(f"  exact: {share(exact, len(judged))}")
    classes = Counter(r.cls for r in rows if r.verdict != "right")
    for cls, count in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"  {count:3d}  {cls}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--file", type=Path, default=READINGS)
    args = ap.parse_args(argv)
    _, rows = load(args.file)
    names = list(dict.fromkeys(r.reading for r in rows))
    for name in names:
        for line in report(name, [r for r in rows if r.reading == name]):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
