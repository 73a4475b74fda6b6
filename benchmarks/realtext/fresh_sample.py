"""A seeded sample of marsad's output on fresh text, to read and append to the fresh readings.

    python3 -m benchmarks.realtext.fresh_sample RUN --layer LAYER --n N --seed S
        --records RECORDS.jsonl[.gz] --sheet SHEET.txt --rows ROWS.jsonl [--skip-lines FILE ...]
    python3 -m benchmarks.realtext.fresh_sample add ROWS.jsonl [--file READINGS] [--records R]
    python3 -m benchmarks.realtext.fresh_sample again RUN --reading NAME --layer LAYER
        --records RECORDS.jsonl[.gz] --sheet SHEET.txt --rows ROWS.jsonl [--file READINGS]
    python3 -m benchmarks.realtext.fresh_sample add ROWS.jsonl --after [--file READINGS]

RUN is a `marsad run` output folder (articles.jsonl, marsad.db) over RECORDS, each article's path
ending `#N` with N its record's 0-based line (SaudiNewsNet's line: RECORDS is SaudiNewsNet or its
first records). LAYER is one of events (the five scored types), speakers, quotes (quotation
precision: the rows carry `exact`), dates (timexes with a value), names (sentences with a
diplomatic word or a verb of saying, one row per PER/ORG mention), events-recall and
quotes-recall (articles with such a word: the whole text and what marsad found, one row per found
item; the reader adds a row with null start/end per item marsad missed). See `fresh_items`.

Only fresh lines are drawn (`fresh_pool`: in no real-text gold, by line or by text); a stratum
registered in `draw_order.ROUNDS` with no gold rows yet stops the run unless its draw's lines are
given with `--skip-lines`. The draw ranks every item by a hash of the seed and the item's id
(`event_sample._rank`) and takes the `n` first, so one seed draws the same items on two runs
wherever they hold them (a before/after reading reads the same items).

SHEET (article text: a work file, never committed) shows each item with its context and a blank
`verdict:` line; ROWS holds one skeleton row per judged thing in the committed format of
tests/data/realtext/fresh_readings.jsonl (reading "<layer>-seed<S>" unless `--reading`, no text),
verdict, class and after null, to fill. `add` checks the filled rows (`fresh_add`) and appends them.
After the round's changes, `again` shows the same items as a later run outputs them
(`fresh_again`) and `add --after` sets the `after` of the committed rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from benchmarks.realtext.event_sample import _rank
from benchmarks.realtext.fresh_items import LAYERS, Item, RunNames
from benchmarks.realtext.fresh_pool import (
    Golds,
    fresh_articles,
    fresh_lines,
    load_golds,
    pending,
    read_records,
    read_skip,
    uncovered,
)


@dataclass(frozen=True)
class Sample:
    """A drawn sample: its reading name, the items in draw order and what they were drawn from."""

    reading: str
    layer: str
    seed: int
    items: tuple[Item, ...]
    pool: int  # items of the layer on fresh lines
    articles: int  # the run's articles on fresh lines
    fresh: int  # fresh lines of the records


def draw(run: Path, records: Sequence[dict], layer: str, n: int, seed: int, golds: Golds,
         skip: frozenset[int] = frozenset(), reading: str | None = None) -> Sample:
    """`n` items of `layer` drawn by `seed` from the run's articles on fresh lines of `records`."""
    fresh = fresh_lines(records, golds, skip)
    names = RunNames(run / "marsad.db")
    articles = list(fresh_articles(run, records, fresh))
    pool = [item for article in articles for item in LAYERS[layer](article, names)]
    drawn = sorted(pool, key=lambda item: _rank(seed, item.id))[:n]
    return Sample(reading or f"{layer}-seed{seed}", layer, seed, tuple(drawn), len(pool),
                  len(articles), len(fresh))


def rows(sample: Sample) -> list[dict]:
    """The skeleton rows of the sample, in draw order, named by its reading."""
    return [{**row, "reading": sample.reading} for item in sample.items for row in item.rows]


def sheet(sample: Sample) -> str:
    """The sheet to read: a header, then one numbered block per item, each with its rows' offsets
    and a blank verdict line."""
    out = [
        f"# reading {sample.reading}: layer {sample.layer}, seed {sample.seed}, {len(sample.items)} of "
        f"{sample.pool} items on {sample.articles} articles of {sample.fresh} fresh lines",
        "# fill each row of the rows file (verdict right|wrong|not_a_quotation, class: short English,"
        " no article text); add a row per item marsad missed where the layer is a recall or names one",
    ]
    k = 0
    for number, item in enumerate(sample.items, 1):
        offsets = ", ".join(f"{r['start']}:{r['end']}" for r in item.rows) or "-"
        first = f"rows {k + 1}-{k + len(item.rows)}" if item.rows else "no rows"
        k += len(item.rows)
        out.append(f"\n#{number} {item.block}\n  {first}: {offsets}\n  verdict:")
    return "\n".join(out) + "\n"


class _Parser(argparse.ArgumentParser):
    """A parser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        print(f"fresh_sample: {message}", file=sys.stderr)
        raise SystemExit(2)


def _fail(message: str) -> int:
    print(f"fresh_sample: {message}", file=sys.stderr)
    return 2


def run_parser(prog: str, description: str | None) -> _Parser:
    """The options every command that reads a run and writes a sheet and rows takes (draw, again)."""
    ap = _Parser(prog=prog, description=description.split("\n\n")[0] if description else None)
    ap.add_argument("run", type=Path)
    ap.add_argument("--layer", required=True)
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--sheet", type=Path, required=True)
    ap.add_argument("--rows", type=Path, required=True)
    return ap


def bad_inputs(args: argparse.Namespace, files: Sequence[Path]) -> str | None:
    """What is wrong with a run_parser command's layer, run folder and input `files`, if anything."""
    if args.layer not in LAYERS:
        return f"unknown layer {args.layer!r} (one of {', '.join(LAYERS)})"
    if not (args.run / "articles.jsonl").is_file():
        return f"no articles.jsonl in {args.run}: RUN must be a marsad run output folder"
    return next((f"no file at {path}" for path in files if not path.is_file()), None)


def write_outputs(args: argparse.Namespace, text: str, out_rows: Sequence[dict]) -> None:
    """The sheet and the rows of a run_parser command, their folders made."""
    args.sheet.parent.mkdir(parents=True, exist_ok=True)
    args.rows.parent.mkdir(parents=True, exist_ok=True)
    args.sheet.write_text(text, encoding="utf-8")
    args.rows.write_text("".join(json.dumps(r) + "\n" for r in out_rows), encoding="utf-8")


def main_draw(argv: Sequence[str]) -> int:
    ap = run_parser("fresh_sample", __doc__)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--skip-lines", type=Path, action="append", default=[])
    ap.add_argument("--reading", help='the reading name (default "<layer>-seed<S>")')
    args = ap.parse_args(argv)
    problem = bad_inputs(args, [args.records, *args.skip_lines])
    if problem:
        return _fail(problem)
    golds = load_golds()
    skip = read_skip(args.skip_lines)
    waiting = pending(golds)
    missing = uncovered(waiting, skip) if args.skip_lines else waiting
    if missing:
        return _fail(f"strata drawn but not in a gold yet: {', '.join(missing)}; "
                     "give their draws' lines with --skip-lines FILE")
    sample = draw(args.run, read_records(args.records), args.layer, args.n, args.seed, golds,
                  skip.lines, args.reading)
    skeleton = rows(sample)
    write_outputs(args, sheet(sample), skeleton)
    print(f"{sample.reading}: {len(sample.items)} of {sample.pool} items ({len(skeleton)} rows) on "
          f"{sample.articles} articles of {sample.fresh} fresh lines -> {args.sheet}, {args.rows}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["add"]:
        from benchmarks.realtext.fresh_add import main_add

        return main_add(argv[1:])
    if argv[:1] == ["again"]:
        from benchmarks.realtext.fresh_again import main_again

        return main_again(argv[1:])
    return main_draw(argv)


if __name__ == "__main__":
    raise SystemExit(main())
