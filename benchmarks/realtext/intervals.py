"""How far a real-text figure can move by chance: bootstrap intervals, and the change between two runs.

    python3 -m benchmarks.realtext.intervals KEEP [--before KEEP0] [--draws 2000] [--level 0.9] [--seed 0]

KEEP (and KEEP0) are `python3 -m benchmarks.realtext --keep` folders. The golds' articles are
drawn again with replacement `--draws` times (the article is the unit: one article's errors come
together, so drawing events or quotations one by one would make intervals too narrow), each figure
is computed on every draw as the benchmark computes it (sums over the drawn articles), and the
central `--level` share of those figures is printed as its interval.

With `--before`, both runs are scored on the same draws and the interval is that of the change
(after - before): a change whose interval holds 0 is within what redrawing the same kind of
articles moves, i.e. noise at this gold's size, and a gain on dev that the held-out and test
intervals do not confirm is what the README calls noise or overfitting.

Only figures are printed, per gold and split, never an article or an item: the test split's and
the held-out strata's figures may be read, their errors may not.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.realtext import measure
from benchmarks.realtext.errors import pairs_of
from benchmarks.realtext.events_dev import EVENTS_DEV
from benchmarks.realtext.events_dev import HELD_OUT_STRATA as EVENTS_HELD_OUT
from benchmarks.realtext.extra_golds import EVENTS_TEST_BATCHES, QUOTES_TEST_BATCHES
from benchmarks.realtext.gold import GOLD, load
from benchmarks.realtext.quotes_dev import HELD_OUT_STRATA as QUOTES_HELD_OUT
from benchmarks.realtext.quotes_dev import QUOTES_DEV
from benchmarks.realtext.timex_dev import BATCHES
from benchmarks.realtext.timex_dev import HELD_OUT_STRATA as TIMEX_HELD_OUT

RUN = "record-orig-out"

# One article's counts: name -> number; a figure is a ratio of two summed counts.
Counts = dict[str, int]


@dataclass(frozen=True)
class Figure:
    """A figure as a ratio of two counts summed over articles (F1: of precision and recall)."""

    name: str
    top: str
    bottom: str
    f1_of: tuple[str, str, str, str] | None = None

    def of(self, total: Counts) -> float:
        if self.f1_of:
            tp_p, n_p, tp_g, n_g = (total.get(k, 0) for k in self.f1_of)
            return measure.f1(measure.ratio(tp_p, n_p), measure.ratio(tp_g, n_g))
        return measure.ratio(total.get(self.top, 0), total.get(self.bottom, 0))


def _n(share: float, of: int) -> int:
    """A count back from a figure the measure gave as a ratio over `of` items."""
    return round(share * of)


def event_counts(pr: measure.Pair) -> Counts:
    r = measure.events([pr])
    tp = _n(r["p"], r["pred"]) if r["pred"] else _n(r["r"], r["gold"])
    return {"tp": tp, "pred": r["pred"], "gold": r["gold"],
            "place_ok": _n(r["place_right"], r["place_n"]), "place_n": r["place_n"],
            "date_ok": _n(r["date_right"], r["date_n"]), "date_n": r["date_n"]}


def quote_counts(pr: measure.Pair) -> Counts:
    r = measure.quotes([pr])
    tp_g = _n(r["r"], r["gold"])
    return {"tp_p": _n(r["p"], r["pred"]), "pred": r["pred"], "tp_g": tp_g, "gold": r["gold"],
            "speaker": _n(r["speaker_right"], tp_g)}


def timex_counts(pr: measure.Pair) -> Counts:
    r = measure.timexes([pr])
    return {"tp_p": _n(r["p"], r["pred"]), "pred": r["pred"], "tp_g": _n(r["r"], r["gold"]),
            "gold": r["gold"], "value": _n(r["value_accuracy"], r["gold"])}


def ner_counts(pr: measure.Pair) -> Counts:
    r = measure.ner([pr])["all"]["strict"]
    return {"tp_p": _n(r["p"], r["pred"]), "pred": r["pred"],
            "tp_g": _n(r["r"], r["gold"]), "gold": r["gold"]}


EVENT_FIGURES = (Figure("P", "tp", "pred"), Figure("R", "tp", "gold"),
                 Figure("place", "place_ok", "place_n"), Figure("date", "date_ok", "date_n"))
QUOTE_FIGURES = (Figure("span P", "tp_p", "pred"), Figure("span R", "tp_g", "gold"),
                 Figure("speaker", "speaker", "tp_g"))
TIMEX_FIGURES = (Figure("span P", "tp_p", "pred"), Figure("span R", "tp_g", "gold"),
                 Figure("value", "value", "gold"))
NER_FIGURES = (Figure("exact F1", "", "", ("tp_p", "pred", "tp_g", "gold")),)


@dataclass(frozen=True)
class Gold:
    """One set of articles scored together: its name, how to read its pairs from a kept run, how
    to count one article, and the figures printed."""

    name: str
    pairs: Callable[[Path], list[measure.Pair]]
    counts: Callable[[measure.Pair], Counts]
    figures: tuple[Figure, ...]


def _main_split(split: str) -> Callable[[Path], list[measure.Pair]]:
    return lambda keep: [p for p in pairs_of(keep, load(GOLD), RUN) if p.gold.split == split]


Pairs = Callable[[Path], list[measure.Pair]]


def _strata(path: Path, folder: str, strata: frozenset[str], inside: bool) -> Pairs:
    """The pairs of the gold at `path` (kept under `folder`) whose stratum is in `strata`
    (`inside`) or not."""
    return lambda keep: [p for p in pairs_of(keep / folder, load(path), RUN)
                         if (p.gold.stratum in strata) == inside]


def _events_test(keep: Path) -> list[measure.Pair]:
    pairs = _main_split("test")(keep)
    for path, folder in EVENTS_TEST_BATCHES.values():
        pairs += pairs_of(keep / folder, load(path), RUN)
    return pairs


def _quotes_test(keep: Path) -> list[measure.Pair]:
    pairs = _main_split("test")(keep)
    for path, folder in QUOTES_TEST_BATCHES.values():
        pairs += pairs_of(keep / folder, load(path), RUN)
    return pairs


def _timex_dev(keep: Path) -> list[measure.Pair]:
    pairs = _main_split("dev")(keep)
    for path, stratum, _ in BATCHES.values():
        if stratum not in TIMEX_HELD_OUT and (keep / stratum / RUN).exists():
            pairs += pairs_of(keep / stratum, load(path), RUN)
    return pairs


def _dev_golds(layer: str, path: Path, folder: str, held_out: frozenset[str],
               counts: Callable[[measure.Pair], Counts], figures: tuple[Figure, ...]) -> list[Gold]:
    """A dev gold's tuned strata together, then each held-out stratum apart."""
    out = [Gold(f"{layer}, dev (tuned strata)", _strata(path, folder, held_out, False), counts, figures)]
    out += [Gold(f"{layer}, held out {s}", _strata(path, folder, frozenset({s}), True), counts, figures)
            for s in sorted(held_out)]
    return out


def golds() -> list[Gold]:
    out = [Gold("events, test pooled", _events_test, event_counts, EVENT_FIGURES)]
    out += _dev_golds("events", EVENTS_DEV, "events-dev", EVENTS_HELD_OUT, event_counts, EVENT_FIGURES)
    out += [Gold("quotes, test pooled", _quotes_test, quote_counts, QUOTE_FIGURES)]
    out += _dev_golds("quotes", QUOTES_DEV, "quotes-dev", QUOTES_HELD_OUT, quote_counts, QUOTE_FIGURES)
    out += [
        Gold("timex, test", _main_split("test"), timex_counts, TIMEX_FIGURES),
        Gold("timex, dev (main dev split + tuned batches)", _timex_dev, timex_counts, TIMEX_FIGURES),
    ]
    out += [Gold(f"timex, held out {stratum}", _strata(path, stratum, frozenset({stratum}), True),
                 timex_counts, TIMEX_FIGURES)
            for path, stratum, _ in BATCHES.values() if stratum in TIMEX_HELD_OUT]
    out += [Gold("NER, test", _main_split("test"), ner_counts, NER_FIGURES),
            Gold("NER, dev", _main_split("dev"), ner_counts, NER_FIGURES)]
    return out


def total(rows: Sequence[Counts], picks: Sequence[int]) -> Counts:
    out: Counts = {}
    for i in picks:
        for k, v in rows[i].items():
            out[k] = out.get(k, 0) + v
    return out


def interval(values: list[float], level: float) -> tuple[float, float]:
    values = sorted(values)
    lo = int((1 - level) / 2 * len(values))
    hi = min(len(values) - 1, int((1 + level) / 2 * len(values)))
    return values[lo], values[hi]


def draws(n: int, times: int, seed: int) -> list[list[int]]:
    rng = random.Random(seed)
    return [[rng.randrange(n) for _ in range(n)] for _ in range(times)]


def verdict(low: float, high: float) -> str:
    """What a change's interval says: a gain or a loss only when the interval leaves 0 out."""
    if low == high == 0:
        return "unchanged"
    return "within chance" if low <= 0 <= high else ("a gain" if low > 0 else "a loss")


def report(gold: Gold, after: list[Counts], before: list[Counts] | None, picks: list[list[int]],
           level: float) -> list[str]:
    every = list(range(len(after)))
    lines = [f"## {gold.name} ({len(after)} articles)"]
    for fig in gold.figures:
        now = fig.of(total(after, every))
        lo, hi = interval([fig.of(total(after, p)) for p in picks], level)
        line = f"- {fig.name}: {now:.3f} [{lo:.3f}, {hi:.3f}]"
        if before is not None:
            was = fig.of(total(before, every))
            dlo, dhi = interval([fig.of(total(after, p)) - fig.of(total(before, p)) for p in picks], level)
            change = f"change {now - was:+.3f} [{dlo:+.3f}, {dhi:+.3f}]"
            line += f"; before {was:.3f}, {change}: {verdict(dlo, dhi)}"
        lines.append(line)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("keep", type=Path, help="a kept benchmark run (`--keep`)")
    ap.add_argument("--before", type=Path, help="an earlier kept run: intervals of the change")
    ap.add_argument("--draws", type=int, default=2000)
    ap.add_argument("--level", type=float, default=0.9)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    for keep in (args.keep, args.before):
        if keep is not None and not (keep / RUN).is_dir():
            print(f"intervals: {keep} is not a kept run (no {RUN}/ in it); give a `--keep` folder",
                  file=sys.stderr)
            return 2
    print(f"{args.level:.0%} bootstrap intervals over articles, {args.draws} draws, seed {args.seed}\n")
    for gold in golds():
        try:
            pairs = gold.pairs(args.keep)
            before: list[Counts] | None = (
                [gold.counts(p) for p in gold.pairs(args.before)] if args.before else None)
        except FileNotFoundError:
            continue
        if not pairs:
            continue
        if before is not None and len(before) != len(pairs):
            before = None
        absent = before is not None and not any(b.get("pred") for b in before)
        after = [gold.counts(p) for p in pairs]
        picks = draws(len(after), args.draws, args.seed)
        lines = report(gold, after, None if absent else before, picks, args.level)
        if absent:
            lines.append("- (not in the run before: no change given)")
        print("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
