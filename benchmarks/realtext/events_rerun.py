"""Events again on a kept real-text run: only the events step, in seconds.

    python3 -m benchmarks.realtext --no-stories --keep OUT      # once, with any version
    python3 -m benchmarks.realtext.events_rerun OUT [--errors FILE] [--from ner]

Reads each kept record/orig run's database (the main gold's `OUT/record-orig-out`, the events-dev
gold's `OUT/events-dev/record-orig-out`), runs the current events step on its stored articles
(their segments, mentions, dates and quotations as that run made them) and prints the event
figures: the main gold's test and dev halves, events-dev (pooled, then each dev stratum alone
on an indented line: the newest strata score like test; its held-out strata apart, figures
only), each events TEST batch kept and every test batch pooled with the main test split
(figures only). The mentions the events step adds itself (`attrs.side`: a state named by a side
of it, a title's holder) are taken off the stored articles first and the step's own stand in the
predictions' mentions (they key the parties it names), so that on an unchanged pipeline the
figures are those `python3 -m benchmarks.realtext` prints. `--errors` writes the dev listing of
`errors --layer events` (both golds; held-out strata and test left out, the TEST batches never
listed). `--from ner` makes the names again first (`kept_reruns.NAMES_ONWARD`: the tagger, the
resolver, quotes, then events, on the same stored articles) for a tagger or resolver change,
which the stored mentions would hide; on an unchanged pipeline its figures are the same. The
last line prints the cost in seconds (about 4x the events step alone).
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.realtext.errors import event_errors, listable
from benchmarks.realtext.events_dev import EVENTS_DEV, HELD_OUT_STRATA
from benchmarks.realtext.extra_golds import EVENTS_TEST_BATCHES
from benchmarks.realtext.gold import GOLD, GoldArticle, load
from benchmarks.realtext.kept_reruns import (
    arguments,
    print_cost,
    print_test_batches,
    remade,
    write_listing,
)
from benchmarks.realtext.measure import Pair, events
from marsad.model import Article
from marsad.report.layout import article_record
from marsad.steps.events import events as events_step


def rerun(out: Path, gold: list[GoldArticle], start: str | None = None) -> list[Pair]:
    """The pairs of a kept record run, each article's events made again by the current events
    step (`marsad.steps.events`) on its stored article."""
    mentions: dict[str, list[dict[str, Any]]] = {}  # the mentions as the events step left them

    def remake(art: Article) -> list[dict[str, Any]]:
        art.set_layer("mentions", [m for m in art.layer("mentions") if m.attrs.side is None])
        events_step.run([art])
        mentions[art.id] = article_record(art)["mentions"]
        return [{"start": e.start, "end": e.end, "type": e.label,
                 "participants": list(e.attrs.participants), "place": e.attrs.place,
                 "date": e.attrs.date, "status": e.attrs.status, "roles": e.attrs.roles}
                for e in art.layer("events")]

    pairs = remade(out, gold, "events", remake, start)
    for p in pairs:  # a name the events step adds (a side, a title's holder) keys its party
        if p.pred and p.pred["id"] in mentions:
            p.pred["mentions"] = mentions[p.pred["id"]]
    return pairs


def line(what: str, r: dict[str, Any]) -> str:
    return (f"{what:32s} P / R {r['p']:.3f} / {r['r']:.3f} ({r['pred']}, {r['gold']}); "
            f"place {r['place_right']:.3f} ({r['place_n']}), date {r['date_right']:.3f} ({r['date_n']})")


def main(argv: list[str] | None = None) -> int:
    began = time.perf_counter()
    args = arguments(__doc__ or "", argv)
    again = partial(rerun, start=args.start)
    main_pairs = again(args.out / "record-orig-out", load(GOLD))
    extra = again(args.out / "events-dev" / "record-orig-out", load(EVENTS_DEV))
    dev = [p for p in extra if p.gold.stratum not in HELD_OUT_STRATA]
    print(line("main test (figures only)", events([p for p in main_pairs if p.gold.split == "test"])))
    print(line("main dev", events([p for p in main_pairs if p.gold.split != "test"])))
    print(line("events-dev", events(dev)))
    for stratum in sorted({p.gold.stratum for p in dev}):  # each dev stratum alone, under the pooled line
        print(line(f"  {stratum}", events([p for p in dev if p.gold.stratum == stratum])))
    for stratum in sorted(HELD_OUT_STRATA):
        print(line(f"{stratum} (held out)", events([p for p in extra if p.gold.stratum == stratum])))
    print_test_batches(args.out, EVENTS_TEST_BATCHES, again, load, events, line,
                       [p for p in main_pairs if p.gold.split == "test"])
    if args.errors:
        write_listing(args.errors, event_errors, listable(dev), listable(main_pairs))
    print_cost(began, args.start, "events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
