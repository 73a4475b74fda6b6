"""Quotations again on a kept real-text run: only the quotes step, in seconds.

    python3 -m benchmarks.realtext --no-stories --keep OUT      # once, with any version
    python3 -m benchmarks.realtext.quotes_rerun OUT [--errors FILE] [--from ner]

Reads each kept record/orig run's database (the main gold's `OUT/record-orig-out`, the quotes-dev
gold's `OUT/quotes-dev/record-orig-out`), runs the current quotes step on its stored articles (their
segments, mentions and dates as that run made them) and prints the quotation figures: the main
gold's test and dev halves, the quotes-dev strata one by one (held-out ones marked, figures only),
and each quotes TEST batch kept (`OUT/quotes-test-2/record-orig-out`) and every test batch pooled
with the main test split (figures only).
The quotes step reads nothing the earlier steps would make differently, so on an unchanged
pipeline before it the figures are those `python3 -m benchmarks.realtext` prints. `--errors`
writes the dev listing of `errors --layer quotes` (both golds, held-out strata and test left out;
the TEST batches never listed). `--from ner` makes the names again first (`kept_reruns.NAMES_ONWARD`:
the tagger, the resolver, quotes, then events, whose side mentions the speaker scoring reads, on
the same stored articles) for a tagger or resolver change, which the stored mentions would hide;
on an unchanged pipeline its figures are the same. The last line prints the cost in seconds.
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.realtext.errors import listable, quote_errors
from benchmarks.realtext.extra_golds import QUOTES_TEST_BATCHES
from benchmarks.realtext.gold import GOLD, GoldArticle, load
from benchmarks.realtext.kept_reruns import (
    arguments,
    print_cost,
    print_test_batches,
    remade,
    write_listing,
)
from benchmarks.realtext.measure import Pair, quotes
from benchmarks.realtext.quotes_dev import HELD_OUT_STRATA, QUOTES_DEV
from marsad.model import Article
from marsad.steps.quotes import quotes as quotes_step


def rerun(out: Path, gold: list[GoldArticle], start: str | None = None) -> list[Pair]:
    """The pairs of a kept record run, each article's quotes made again by the current quotes
    step (`marsad.steps.quotes`) on its stored article."""
    def remake(art: Article) -> list[dict[str, Any]]:
        quotes_step.run([art])
        return [{"start": q.start, "end": q.end, "text": art.text[q.start:q.end], "kind": q.label,
                 "speaker": q.attrs.speaker, "speaker_text": q.attrs.speaker_text,
                 **({"speaker_at": list(q.attrs.speaker_at)} if q.attrs.speaker_at else {})}
                for q in art.layer("quotes")]

    return remade(out, gold, "quotes", remake, start)


def line(what: str, r: dict[str, Any]) -> str:
    return (f"{what:28s} span P / R {r['p']:.3f} / {r['r']:.3f} ({r['pred']}, {r['gold']}); "
            f"speaker right {r['speaker_right']:.3f}")


def main(argv: list[str] | None = None) -> int:
    began = time.perf_counter()
    args = arguments(__doc__ or "", argv)
    again = partial(rerun, start=args.start)
    main_pairs = again(args.out / "record-orig-out", load(GOLD))
    extra = again(args.out / "quotes-dev" / "record-orig-out", load(QUOTES_DEV))
    print(line("main test (figures only)", quotes([p for p in main_pairs if p.gold.split == "test"])))
    print(line("main dev", quotes([p for p in main_pairs if p.gold.split != "test"])))
    for stratum in sorted({p.gold.stratum for p in extra}):
        held = " (held out)" if stratum in HELD_OUT_STRATA else ""
        print(line(stratum + held, quotes([p for p in extra if p.gold.stratum == stratum])))
    print_test_batches(args.out, QUOTES_TEST_BATCHES, again, load, quotes, line,
                       [p for p in main_pairs if p.gold.split == "test"])
    if args.errors:
        write_listing(args.errors, quote_errors, listable(extra), listable(main_pairs))
    print_cost(began, args.start, "quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
