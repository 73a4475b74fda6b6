"""Names again on a kept real-text run: the tagger and the steps that read names, in seconds.

    python3 -m benchmarks.realtext --no-stories --keep OUT      # once, with any version
    python3 -m benchmarks.realtext.ner_rerun OUT [--errors FILE]

Reads the main gold's kept record/orig run (`OUT/record-orig-out`), makes its names again on the
stored articles (their segments and dates as that run made them) with the current tagger, resolver,
quotes and events steps (`kept_reruns.NAMES_ONWARD`: the events step adds the mentions of a state
named by a side, which the benchmark scores too, and the resolver gives the entity ids the linking
figure reads) and prints the NER and linking rows of the benchmark's record/orig table, test then
dev, scored by `measure.ner` and `measure.linking`: on an unchanged pipeline they are the rows
`python3 -m benchmarks.realtext` printed for that run. The test column is figures only: `--errors`
writes the dev listing of `errors --layer ner` (test rows never listed; on an unchanged pipeline
the same text). The last line prints the
cost in seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.realtext.errors import listable, ner_errors
from benchmarks.realtext.gold import GOLD, GoldArticle, load
from benchmarks.realtext.kept_reruns import print_cost, remade
from benchmarks.realtext.measure import TYPES, Pair, linking, ner
from benchmarks.realtext.runs import SPLITS
from marsad.model import Article

Row = tuple[str, Callable[[dict[str, Any]], str]]


def rerun(out: Path, gold: list[GoldArticle]) -> list[Pair]:
    """The pairs of a kept record run (`out`: its output folder), each article's mentions, quotes
    and events made again from the tagger on (`kept_reruns.names_again`) on its stored article."""
    def unused(art: Article) -> list[dict[str, Any]]:  # `remade` makes the names with start "ner"
        raise AssertionError(art.id)

    return remade(out, gold, "mentions", unused, start="ner")


def name_rows() -> list[Row]:
    """The NER and linking rows of the benchmark's record/orig table, in its order and words (its
    `print_full` prints these, and this tool the same rows alone): a split's `ner` and `linking`
    results in, a cell out."""
    out: list[Row] = []
    cell = "{p:.3f} / {r:.3f} / {f1:.3f} ({gold})"
    for t in ("all", *TYPES):
        for mode in ("strict", "overlap") if t != "all" else ("strict", "overlap", "any_type"):
            out.append((f"NER {mode} {t} P / R / F1 (gold)",
                        lambda r, t=t, m=mode: cell.format(**r["ner"][t][m])))
    for scope, words in (("cross", "across articles"), ("all", "all pairs")):
        out.append((f"linking {words} P / R / F1",
                    lambda r, s=scope: "{p:.3f} / {r:.3f} / {f1:.3f}".format(**r["linking"][s])))
    return out


def figures(pairs: list[Pair]) -> dict[str, dict[str, Any]]:
    """Each split's `ner` and `linking` results, as the benchmark scores a split."""
    out = {}
    for split in SPLITS:
        part = [p for p in pairs if p.gold.split == split]
        out[split] = {"ner": ner(part), "linking": linking(part)}
    return out


def print_table(res: dict[str, dict[str, Any]]) -> None:
    cols = [f"{s} (figures only)" if s == "test" else s for s in SPLITS]
    print(f"| measure | {' | '.join(cols)} |\n| --- | {' | '.join('---:' for _ in SPLITS)} |")
    for name, cell in name_rows():
        print(f"| {name} | {' | '.join(cell(res[s]) for s in SPLITS)} |")


def main(argv: list[str] | None = None) -> int:
    began = time.perf_counter()
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path, help="the folder given to `python3 -m benchmarks.realtext --keep`")
    ap.add_argument("--errors", type=Path, help="write the dev error listing (errors --layer ner) here")
    args = ap.parse_args(argv)
    run = args.out / "record-orig-out"
    if not (run / "marsad.db").exists() or not (run / "articles.jsonl").exists():
        print(f"{args.out} holds no kept run: run `python3 -m benchmarks.realtext --keep {args.out}` first",
              file=sys.stderr)
        return 2
    pairs = rerun(run, load(GOLD))
    print_table(figures(pairs))
    if args.errors:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            ner_errors(listable(pairs))
        args.errors.write_text(buf.getvalue(), encoding="utf-8")
    print_cost(began, "ner", "ner")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
