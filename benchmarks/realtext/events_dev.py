"""A bigger dev ruler for events: SaudiNewsNet articles drawn among those holding a diplomatic
word, annotated for events only (dev only; never a test figure).

    python3 -m benchmarks.realtext.events_dev draw [--seed 11] [--n 90] > draw.jsonl
    python3 -m benchmarks.realtext.annotate sheets draw.jsonl sheets/
    python3 -m benchmarks.realtext.annotate check work/LINE.json --draw draw.jsonl
    python3 -m benchmarks.realtext.events_dev compile work/ --draw draw.jsonl

The draw reuses the `events` stratum of `draw.py`: the pool is every SaudiNewsNet record with
text whose annotated region (`region_end`) holds a word of `EVENT_WORDS`, less the articles of
the real-text gold (both splits) and of the older events and timex golds; `n` of them are drawn
with a generator seeded by `seed:events-dev` (a larger `n` keeps the first ones: the sample
of 90 begins with the sample of 30 and of 60). Work files are those of the real-text gold
(`docs/realtext-annotation.md`) holding only `lines` (junk lines, so predictions there are not
counted), the `mentions` of the entities that events name (participants and places), and
`events`; the compiled rows carry no text, and empty titles, dates, timexes and quotes, so
`gold.load(EVENTS_DEV)` reads them back hash-checked like the main gold.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from benchmarks.realtext.annotate import compile_rows, partial_row
from benchmarks.realtext.draw import (
    EVENT_WORDS,
    SNN,
    drawn,
    older_gold_lines,
    read_records,
    region_end,
)
from benchmarks.realtext.gold import GOLD

ROOT = Path(__file__).resolve().parents[2]
EVENTS_DEV = ROOT / "tests" / "data" / "realtext" / "events_dev.jsonl"
STRATUM = "events-dev"
ABOUT = (
    "Events-only dev gold: SaudiNewsNet articles (../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, "
    "0-based line) drawn by `python3 -m benchmarks.realtext.events_dev draw` among records whose region "
    "holds a diplomatic word, less every article of gold.jsonl and of the older events and timex golds; "
    "annotated by reading under docs/realtext-annotation.md (Events) before marsad ran on them. Dev only. "
    "mentions hold only the entities events name; titles, dates, timexes and quotes are not annotated. "
    "Offsets are code points into the record's `content`; no text is stored."
)


def excluded_lines(*golds: Path) -> set[int]:
    """Lines of every article already annotated: the older golds and `golds` (default: the
    real-text gold)."""
    lines = older_gold_lines()
    for gold in golds or (GOLD,):
        if gold.exists():
            for ln in gold.read_text(encoding="utf-8").splitlines():
                row = json.loads(ln)
                if "line" in row:
                    lines.add(int(row["line"]))
    return lines


def draw(records: list[dict], seed: int, n: int, skip: set[int]) -> list[dict]:
    pool = [
        i
        for i, r in enumerate(records)
        if i not in skip
        and (r.get("content") or "").strip()
        and EVENT_WORDS.search(r["content"][: region_end(r["content"])])
    ]
    picked = random.Random(f"{seed}:{STRATUM}").sample(pool, n)
    return [drawn(records, ln, "dev", STRATUM) for ln in picked]


def _events_row(d: dict, row: dict) -> dict:
    return partial_row(d, row["segments"], mentions=row["mentions"], events=row["events"])


def compile_dir(work_dir: Path, draw_path: Path, out: Path) -> int:
    return compile_rows(work_dir, draw_path, out, ABOUT, _events_row)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", type=int, default=11)
    d.add_argument("--n", type=int, default=90)
    c = sub.add_parser("compile")
    c.add_argument("work", type=Path)
    c.add_argument("--draw", type=Path, required=True)
    c.add_argument("--out", type=Path, default=EVENTS_DEV)
    args = ap.parse_args(argv)
    if not SNN.exists():
        print(f"needs {SNN} (../shared beside the checkout)", file=sys.stderr)
        return 2
    if args.cmd == "draw":
        for row in draw(read_records(), args.seed, args.n, excluded_lines()):
            print(json.dumps(row))
        return 0
    return compile_dir(args.work, args.draw, args.out)


if __name__ == "__main__":
    sys.exit(main())
