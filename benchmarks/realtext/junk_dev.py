"""A second dev ruler for cleaning: SaudiNewsNet articles drawn evenly across the 14 outlets,
annotated for line roles (junk) and the title only (dev only; never a test figure).

    python3 -m benchmarks.realtext.junk_dev draw [--seed 11] [--per-source 6] [--shaped 40] > draw.jsonl
    python3 -m benchmarks.realtext.annotate sheets draw.jsonl sheets/
    python3 -m benchmarks.realtext.annotate check work/LINE.json --draw draw.jsonl
    python3 -m benchmarks.realtext.junk_dev compile work/ --draw draw.jsonl

The main gold's dev split drops every junk unit it holds, so it no longer tells one cleaning
change from another. This draw widens it: for each source (in name order) the records with text,
less every article of the real-text gold (both splits), of the events-dev gold and of the older
events and timex golds, are shuffled with a generator seeded by `seed:junk-dev:SOURCE` and the
first `per-source` taken. Drawing the same number from every outlet weights the small outlets
whose pages carry the most chrome (share strips, «رابط الخبر بصحيفة …», wire datelines and
«// انتهى //», glued bylines) far above their share of the corpus. A second stratum (`shaped`,
default 40) is drawn with a generator seeded by `seed:junk-dev:shaped` from the records left
whose first or last non-empty line is short (at most SHAPED_WORDS words: where bylines,
datelines, credits, captions and footers stand), whatever their source. Work files are those of the
real-text gold (`docs/realtext-annotation.md`) holding `title`, `lines` and `inline` only; the
compiled rows carry no text and empty mentions, dates, timexes, events and quotes, so
`gold.load(JUNK_DEV)` reads them back hash-checked like the main gold.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from benchmarks.realtext.annotate import compile_rows, partial_row
from benchmarks.realtext.draw import SNN, by_source, drawn, read_records
from benchmarks.realtext.events_dev import EVENTS_DEV, excluded_lines
from benchmarks.realtext.gold import GOLD

ROOT = Path(__file__).resolve().parents[2]
JUNK_DEV = ROOT / "tests" / "data" / "realtext" / "junk_dev.jsonl"
STRATUM = "junk-dev"
SHAPED_WORDS = 8
ABOUT = (
    "Cleaning-only dev gold: SaudiNewsNet articles (../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, "
    "0-based line) drawn by `python3 -m benchmarks.realtext.junk_dev draw`, the same number from every "
    "outlet, less every article of gold.jsonl, events_dev.jsonl and the older events and timex golds; "
    "line roles (junk) and titles annotated by reading under docs/realtext-annotation.md before marsad "
    "ran on them. Dev only. Mentions, dates, timexes, events and quotes are not annotated. Offsets are "
    "code points into the record's `content`; no text is stored."
)


def junk_excluded_lines() -> set[int]:
    """Lines of every article already annotated: the main gold, events-dev and the older golds."""
    return excluded_lines(GOLD, EVENTS_DEV)


def chrome_shaped(content: str) -> bool:
    """The first or last non-empty line is short: where a page's chrome stands."""
    lines = [ln for ln in content.split("\n") if ln.strip()]
    return bool(lines) and min(len(lines[0].split()), len(lines[-1].split())) <= SHAPED_WORDS


def draw(records: list[dict], seed: int, per_source: int, skip: set[int], shaped: int = 0) -> list[dict]:
    pool = by_source(records, skip)
    picked: list[tuple[int, str]] = []
    for source in sorted(pool):
        lines = list(pool[source])
        random.Random(f"{seed}:{STRATUM}:{source}").shuffle(lines)
        picked += [(ln, STRATUM) for ln in lines[:per_source]]
    taken = {ln for ln, _ in picked}
    rest = sorted(
        ln for lines in pool.values() for ln in lines
        if ln not in taken and chrome_shaped(records[ln]["content"])
    )
    if shaped:
        rng = random.Random(f"{seed}:{STRATUM}:shaped")
        picked += [(ln, f"{STRATUM}-shaped") for ln in rng.sample(rest, shaped)]
    return [drawn(records, ln, "dev", stratum) for ln, stratum in picked]


def _junk_row(d: dict, row: dict) -> dict:
    return partial_row(d, row["segments"], title=row["title"])


def compile_dir(work_dir: Path, draw_path: Path, out: Path) -> int:
    return compile_rows(work_dir, draw_path, out, ABOUT, _junk_row)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", type=int, default=11)
    d.add_argument("--per-source", type=int, default=6)
    d.add_argument("--shaped", type=int, default=40)
    c = sub.add_parser("compile")
    c.add_argument("work", type=Path)
    c.add_argument("--draw", type=Path, required=True)
    c.add_argument("--out", type=Path, default=JUNK_DEV)
    args = ap.parse_args(argv)
    if not SNN.exists():
        print(f"needs {SNN} (../shared beside the checkout)", file=sys.stderr)
        return 2
    if args.cmd == "draw":
        for row in draw(read_records(), args.seed, args.per_source, junk_excluded_lines(), args.shaped):
            print(json.dumps(row))
        return 0
    return compile_dir(args.work, args.draw, args.out)


if __name__ == "__main__":
    sys.exit(main())
