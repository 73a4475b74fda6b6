"""The extra golds of the real-text benchmark, each printed in its own section: the dev-only
events, quotes, dates and junk golds (held-out strata apart) and the TEST batches beside the main
gold's test split (events batches 2 and 3, every events test batch pooled, quotes batch 2 and every
quotes test batch pooled, junk batch 2): test figures only, nothing about which items are right or
wrong."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.realtext import measure
from benchmarks.realtext.events_dev import EVENTS_DEV, TEST_BATCHES
from benchmarks.realtext.events_dev import HELD_OUT_STRATA as EVENTS_HELD_OUT
from benchmarks.realtext.gold import load
from benchmarks.realtext.junk_dev import FRESH as JUNK_FRESH
from benchmarks.realtext.junk_dev import FRESH2 as JUNK_FRESH2
from benchmarks.realtext.junk_dev import FRESH3 as JUNK_FRESH3
from benchmarks.realtext.junk_dev import FRESH4 as JUNK_FRESH4
from benchmarks.realtext.junk_dev import JUNK_DEV, JUNK_TEST
from benchmarks.realtext.junk_dev import TEST_FOLDER as JUNK_TEST_FOLDER
from benchmarks.realtext.quotes_dev import HELD_OUT_STRATA, QUOTES_DEV
from benchmarks.realtext.quotes_dev import TEST_BATCHES as QUOTES_TEST
from benchmarks.realtext.runs import NEIGHBOURS, run_form
from benchmarks.realtext.timex_dev import BATCHES
from benchmarks.realtext.timex_neighbours import outlet_neighbours

# The event figures of `measure.events`, as the benchmark prints them.
EVENTS_FIGURES = (
    "P / R (pred, gold): {p:.3f} / {r:.3f} ({pred}, {gold}); place right {place_right:.3f} "
    "({place_n}), date right {date_right:.3f} ({date_n}), status right {status_right:.3f}"
)


def events_dev_extra(work: Path) -> dict[str, Any]:
    """The events of the dev-only events gold (`events_dev.py`), record form, original layout:
    the strata worked on, and the held-out strata (annotated blind) apart."""
    extra = load(EVENTS_DEV)
    pairs = run_form(extra, "record", "orig", work / "events-dev")
    line = "- {what}: " + EVENTS_FIGURES
    tuned = [p for p in pairs if p.gold.stratum not in EVENTS_HELD_OUT]
    r = measure.events(tuned)
    print(f"\n## events, dev extra ({len(extra)} articles)\n")
    print(line.format(what=f"all but held-out ({len(tuned)} articles)", **r))
    held_out = {}
    for stratum in sorted(EVENTS_HELD_OUT):
        part = [p for p in pairs if p.gold.stratum == stratum]
        if part:
            held_out[stratum] = measure.events(part)
            what = f"held-out {stratum} ({len(part)} articles, annotated blind)"
            print(line.format(what=what, **held_out[stratum]))
    return {**r, "held_out": held_out}


EVENTS_TEST_FOLDER = "events-test"  # batch 2's work folder, as kept runs have it; later ones: their stratum
# The events TEST batches (`events_dev.TEST_BATCHES`): number -> (gold, work folder).
EVENTS_TEST_BATCHES = {n: (path, EVENTS_TEST_FOLDER if n == 2 else stratum)
                       for n, (path, stratum, _) in TEST_BATCHES.items()}


def events_test_batch(work: Path, number: int = 2,
                      pooled: list[measure.Pair] | None = None) -> dict[str, Any]:
    """Events on events TEST batch `number` (`EVENTS_TEST_BATCHES`: events_test.jsonl, stratum
    events-test-2; events_test_3.jsonl, events-test-3; annotated blind): `test_batch`."""
    return test_batch(EVENTS_TESTS, work, number, pooled)


def events_test_pooled(pairs: list[measure.Pair], numbers: list[int]) -> dict[str, Any]:
    """Events on every test batch at once (the main gold's test split and `numbers`): `test_pooled`."""
    return test_pooled(EVENTS_TESTS, pairs, numbers)


# One layout's cleaning figures (`measure.cleaning`), as the benchmark prints them.
JUNK_LINE = (
    "- {lay}: junk drop {junk_drop:.3f} ({junk_units}), body keep {body_keep:.3f} ({body_units}), "
    "title {title:.3f}"
)


def junk_dev_extra(work: Path, layouts: list[str]) -> dict[str, Any]:
    """Cleaning on the dev-only junk gold (`junk_dev.py`), record form, every layout asked for; the
    blind strata apart (FRESH, FRESH2 and FRESH3 were tuned on once scored; FRESH4 is the held-out
    one)."""
    extra = load(JUNK_DEV)
    pairs = {lay: run_form(extra, "record", lay, work / "junk-dev") for lay in layouts}
    apart = (JUNK_FRESH, JUNK_FRESH2, JUNK_FRESH3, JUNK_FRESH4)
    res: dict[str, Any] = {
        lay: measure.cleaning([p for p in ps if p.gold.stratum not in apart]) for lay, ps in pairs.items()
    }
    blind = {
        name: {lay: measure.cleaning([p for p in ps if p.gold.stratum == name]) for lay, ps in pairs.items()}
        for name in apart
    }
    tuned = sum(g.stratum not in apart for g in extra)
    line = JUNK_LINE
    print(f"\n## junk, dev extra ({tuned} articles; the fresh strata apart below)\n")
    for lay, r in res.items():
        print(line.format(lay=lay, **r))
    for name, by_layout in blind.items():
        n = sum(g.stratum == name for g in extra)
        print(f"\n## junk, {name} stratum ({n} articles, annotated blind)\n")
        for lay, r in by_layout.items():
            print(line.format(lay=lay, **r))
    return {**res, "fresh": blind[JUNK_FRESH], "fresh2": blind[JUNK_FRESH2], "fresh3": blind[JUNK_FRESH3],
            "fresh4": blind[JUNK_FRESH4]}


def junk_test_batch(work: Path, layouts: list[str]) -> dict[str, Any]:
    """Cleaning on the junk test batch (`junk_dev.JUNK_TEST`, stratum junk-test-2, annotated blind),
    record form, every layout asked for: test figures, reported beside the main gold's test split
    (batch 1) and floored apart."""
    batch = load(JUNK_TEST)
    res = {
        lay: measure.cleaning(run_form(batch, "record", lay, work / JUNK_TEST_FOLDER)) for lay in layouts
    }
    print(f"\n## junk, test batch 2 ({len(batch)} articles, annotated blind; test: figures only)\n")
    for lay, r in res.items():
        print(JUNK_LINE.format(lay=lay, **r))
    return res


TIMEX_LINE = "span P / R (pred, gold): {p:.3f} / {r:.3f} ({pred}, {gold}); value {value_accuracy:.3f}"


def timex_dev_extra(work: Path, neighbours: bool = False) -> dict[str, Any]:
    """The dates of the dev-only timex golds (`timex_dev.py`), record form, original layout,
    each batch apart (a later batch was drawn and annotated before work on the earlier one's
    errors went on: a held-out estimate). With `neighbours`, a second line: the batch run
    again with its outlet neighbours beside it (`timex_neighbours`), as in a whole-corpus run."""
    out: dict[str, Any] = {}
    for path, stratum, _ in BATCHES.values():
        if not path.exists():
            continue
        extra = load(path)
        r = measure.timexes(run_form(extra, "record", "orig", work / stratum))
        print(f"\n## timex, dev extra {stratum} ({len(extra)} articles)\n\n- " + TIMEX_LINE.format(**r))
        out[stratum] = r
        if neighbours:
            beside = outlet_neighbours(extra)
            rn = measure.timexes(run_form(extra, "record", "orig", work / NEIGHBOURS / stratum, beside))
            what = f"with outlet neighbours ({len(beside)} records run, not scored)"
            print(f"- {what}: " + TIMEX_LINE.format(**rn))
            out[f"{stratum} with neighbours"] = rn
    return out


# One set of quotation figures (`measure.quotes`), as the benchmark prints them.
QUOTES_FIGURES = (
    "span P / R (pred, gold): {p:.3f} / {r:.3f} ({pred}, {gold}); speaker right {speaker_right:.3f}"
)


def quotes_dev_extra(work: Path) -> dict[str, Any]:
    """The quotes of the dev-only quotes gold (`quotes_dev.py`), record form, original layout,
    in all (less the held-out strata) and by stratum (each draw apart)."""
    extra = load(QUOTES_DEV)
    pairs = run_form(extra, "record", "orig", work / "quotes-dev")
    line = "- {what}: " + QUOTES_FIGURES
    tuned = [p for p in pairs if p.gold.stratum not in HELD_OUT_STRATA]
    r = measure.quotes(tuned)
    what = f"all but held-out ({len(tuned)} articles)"
    print(f"\n## quotes-dev extra ({len(extra)} articles)\n\n" + line.format(what=what, **r))
    by_stratum = {}
    for stratum in sorted({p.gold.stratum for p in pairs}):
        part = [p for p in pairs if p.gold.stratum == stratum]
        by_stratum[stratum] = measure.quotes(part)
        print(line.format(what=f"{stratum} ({len(part)} articles)", **by_stratum[stratum]))
    return {**r, "by_stratum": by_stratum}


# The quotations TEST batches (`quotes_dev.TEST_BATCHES`): number -> (gold, work folder: its stratum).
QUOTES_TEST_BATCHES = {n: (path, stratum) for n, (path, stratum, _) in QUOTES_TEST.items()}


def quotes_test_batch(work: Path, number: int = 2,
                      pooled: list[measure.Pair] | None = None) -> dict[str, Any]:
    """Quotations on quotes TEST batch `number` (`QUOTES_TEST_BATCHES`: quotes_test_2.jsonl, stratum
    quotes-test-2, annotated blind): `test_batch`."""
    return test_batch(QUOTES_TESTS, work, number, pooled)


def quotes_test_pooled(pairs: list[measure.Pair], numbers: list[int]) -> dict[str, Any]:
    """Quotations on every test batch at once (the main gold's test split and `numbers`): `test_pooled`."""
    return test_pooled(QUOTES_TESTS, pairs, numbers)


@dataclass(frozen=True)
class TestBatches:
    """One layer's TEST batches: the layer's name (in the headings and the JSON keys), its batches
    (number -> gold file, work folder), and how its pairs are measured and printed."""

    layer: str
    batches: dict[int, tuple[Path, str]]
    score: Callable[[list[measure.Pair]], dict[str, Any]]
    figures: str


EVENTS_TESTS = TestBatches("events", EVENTS_TEST_BATCHES, measure.events, EVENTS_FIGURES)
QUOTES_TESTS = TestBatches("quotes", QUOTES_TEST_BATCHES, measure.quotes, QUOTES_FIGURES)


def test_batch(tests: TestBatches, work: Path, number: int,
               pooled: list[measure.Pair] | None = None) -> dict[str, Any]:
    """One TEST batch, record form, original layout: test figures, beside the main gold's test split
    (batch 1), and nothing about which items are right or wrong. Its pairs are added to `pooled`
    when given."""
    path, folder = tests.batches[number]
    batch = load(path)
    pairs = run_form(batch, "record", "orig", work / folder)
    if pooled is not None:
        pooled.extend(pairs)
    r = tests.score(pairs)
    about = f"{len(batch)} articles, annotated blind; test: figures only"
    print(f"\n## {tests.layer}, test batch {number} ({about})\n")
    print("- " + tests.figures.format(**r))
    return r


def test_pooled(tests: TestBatches, pairs: list[measure.Pair], numbers: list[int]) -> dict[str, Any]:
    """Every test batch at once (the main gold's test split and `numbers`), measured once over the
    pooled pairs (not an average of the figures): the steadier test figure."""
    r = tests.score(pairs)
    what = " + ".join(["main test split", *(f"batch {n}" for n in numbers)])
    about = f"{what}; {len(pairs)} articles; test: figures only"
    print(f"\n## {tests.layer}, all test batches pooled ({about})\n")
    print("- " + tests.figures.format(**r))
    return r


def every_test_batch(tests: TestBatches, work: Path, main_test: list[measure.Pair]) -> dict[str, Any]:
    """Each of the layer's TEST batches whose gold exists, then all of them pooled with the main
    gold's test split: `{layer}_test_batch{n}` and `{layer}_test_pooled`."""
    numbers = [n for n, (path, _) in tests.batches.items() if path.exists()]
    pooled = list(main_test)
    result = {f"{tests.layer}_test_batch{n}": test_batch(tests, work, n, pooled) for n in numbers}
    if numbers:
        result[f"{tests.layer}_test_pooled"] = test_pooled(tests, pooled, numbers)
    return result
