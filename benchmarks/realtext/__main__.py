"""Real text: every stage of marsad on the real-text gold, on any layout, and the seeds beside it.

    python3 -m benchmarks.realtext [--no-stories] [--no-seeds] [--json FILE] [--ner-model DIR]

Runs `marsad run` (a fresh process each time, as a user would) on the gold's SaudiNewsNet
articles in two input forms and three layouts, and prints the figures for the **test** and
**dev** splits separately:

- form `record`: the records as one `.jsonl` file (content, title, url, source, author,
  date_extracted), the way SaudiNewsNet arrives;
- form `page`: one `.txt` per article, the headline on the first line, a blank line, then the
  content, as a text dump of a page would be (no metadata: the date must come from the text);
- layouts: `orig`, and `flat` / `wrap` written by ../shared/eval/perturb.py (every newline of
  the content a space; hard-wrapped at 70 columns), offsets kept.

The full table is for record/orig; the layout table repeats the main measures for every form
and layout. With stories (the default), it also runs marsad on the first 3,000 records and
scores the story-pair gold (pair precision and recall, test and dev) and the purity of that
run's ten largest clusters. With seeds (the default), the five seeds and their flat and wrap
variants are scored with ../shared/eval/score.py.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.realtext import measure
from benchmarks.realtext.draw import SNN
from benchmarks.realtext.events_dev import EVENTS_DEV, EVENTS_TEST, EVENTS_TEST_3
from benchmarks.realtext.events_dev import HELD_OUT_STRATA as EVENTS_HELD_OUT
from benchmarks.realtext.gold import GoldArticle, GoldError, by_gold_line, load, load_story_pairs
from benchmarks.realtext.junk_dev import FRESH as JUNK_FRESH
from benchmarks.realtext.junk_dev import FRESH2 as JUNK_FRESH2
from benchmarks.realtext.junk_dev import FRESH3 as JUNK_FRESH3
from benchmarks.realtext.junk_dev import FRESH4 as JUNK_FRESH4
from benchmarks.realtext.junk_dev import JUNK_DEV, JUNK_TEST
from benchmarks.realtext.junk_dev import TEST_FOLDER as JUNK_TEST_FOLDER
from benchmarks.realtext.quotes_dev import HELD_OUT_STRATA, QUOTES_DEV
from benchmarks.realtext.stories import FIRST, labelled_pairs, line_of, pair_scores, purity
from benchmarks.realtext.timex_dev import BATCHES, TIMEX_DEV
from benchmarks.realtext.timex_neighbours import outlet_neighbours

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
PERTURB = SHARED / "eval" / "perturb.py"
SEED_SCORER = SHARED / "eval" / "score.py"
LAYOUTS = ("orig", "flat", "wrap")
FORMS = ("record", "page")
SPLITS = ("test", "dev")
# Options passed to every `marsad run` of the benchmark (`--ner-model DIR`).
RUN_OPTIONS: list[str] = []
# Where `--timex-neighbours` keeps its runs (`errors KEEP/neighbours --gold timex-dev` lists them).
NEIGHBOURS = "neighbours"


def _perturb() -> Any:
    spec = importlib.util.spec_from_file_location("perturb", PERTURB)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def layout_text(text: str, layout: str) -> str:
    if layout == "orig":
        return text
    p = _perturb()
    return str(p.flat(text) if layout == "flat" else p.wrap(text, 70))


def run_marsad(inputs: list[Path], out: Path) -> None:
    cmd = [sys.executable, "-m", "marsad.cli.main", "run", *map(str, inputs), "--out", str(out), *RUN_OPTIONS]
    res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if res.returncode not in (0, 1) or not (out / "articles.jsonl").exists():
        raise SystemExit(f"marsad run failed ({res.returncode}):\n{res.stderr[-2000:]}")


def read_articles(out: Path) -> list[dict[str, Any]]:
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(ln) for ln in f if ln.strip()]


def run_form(gold: list[GoldArticle], form: str, layout: str, work: Path,
             beside: list[dict[str, Any]] | None = None) -> list[measure.Pair]:
    """marsad's output for each gold article in one input form and layout; `beside` (record
    form only): SaudiNewsNet records run after the gold's, never scored (`timex_neighbours`)."""
    src = work / f"{form}-{layout}"
    out = work / f"{form}-{layout}-out"
    src.mkdir(parents=True)
    shift: dict[int, int] = {}
    if form == "record":
        path = src / "records.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for g in gold:
                rec = dict(g.record, content=layout_text(g.content, layout))
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for rec in beside or ():
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        run_marsad([path], out)
        by_line = by_gold_line(read_articles(out), gold)
    else:
        for g in gold:
            head = (g.record.get("title") or "").strip()
            text = f"{head}\n\n{g.content}"
            shift[g.line] = len(head) + 2
            (src / f"{g.line}.txt").write_text(layout_text(text, layout), encoding="utf-8")
        run_marsad([src], out)
        by_line = {int(Path(a["path"]).stem): a for a in read_articles(out)}
    return [measure.Pair(g, by_line.get(g.line, {}), shift.get(g.line, 0)) for g in gold]


def stories_3k(work: Path) -> dict[int, str | None]:
    path = work / "first3000.jsonl"
    with gzip.open(SNN, "rt", encoding="utf-8") as f, path.open("w", encoding="utf-8") as o:
        for i, ln in enumerate(f):
            if i >= FIRST:
                break
            o.write(ln)
    out = work / "first3000-out"
    run_marsad([path], out)
    return {line_of(a["path"]): a.get("story") for a in read_articles(out)}


def seeds(work: Path) -> dict[str, dict[str, float]]:
    res = {}
    for layout in LAYOUTS:
        src = SHARED / "seeds"
        if layout != "orig":
            src = work / f"seeds-{layout}"
            subprocess.run(
                [sys.executable, str(PERTURB), layout, str(SHARED / "seeds"), str(src)],
                check=True,
                capture_output=True,
            )
        out = work / f"seeds-{layout}-out"
        run_marsad([src], out)
        got = subprocess.run(
            [sys.executable, str(SEED_SCORER), str(out), str(SHARED / "gold" / "seeds.gold.json"), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
        res[layout] = json.loads(got.stdout)
    return res


def _f(x: float) -> str:
    return f"{x:.3f}"


def print_full(res: dict[str, Any]) -> None:
    print("\n## record form, original layout\n")
    print(f"| measure | {' | '.join(SPLITS)} |\n| --- | {' | '.join('---:' for _ in SPLITS)} |")
    rows = [
        ("articles", lambda r: str(r["articles"])),
        ("junk drop", lambda r: f"{_f(r['cleaning']['junk_drop'])} ({r['cleaning']['junk_units']})"),
        ("body keep", lambda r: f"{_f(r['cleaning']['body_keep'])} ({r['cleaning']['body_units']})"),
        ("title", lambda r: _f(r["cleaning"]["title"])),
        ("published", lambda r: _f(r["cleaning"]["published"])),
    ]
    for t in ("all", *measure.TYPES):
        for mode in ("strict", "overlap") if t != "all" else ("strict", "overlap", "any_type"):
            rows.append(
                (
                    f"NER {mode} {t} P / R / F1 (gold)",
                    lambda r, t=t, m=mode: "{p:.3f} / {r:.3f} / {f1:.3f} ({gold})".format(**r["ner"][t][m]),
                )
            )
    rows += [
        (
            "linking across articles P / R / F1",
            lambda r: "{p:.3f} / {r:.3f} / {f1:.3f}".format(**r["linking"]["cross"]),
        ),
        (
            "linking all pairs P / R / F1",
            lambda r: "{p:.3f} / {r:.3f} / {f1:.3f}".format(**r["linking"]["all"]),
        ),
        ("timex span P / R (gold)", lambda r: "{p:.3f} / {r:.3f} ({gold})".format(**r["timex"])),
        ("timex value accuracy", lambda r: _f(r["timex"]["value_accuracy"])),
        *(
            [
                ("timex span P / R (gold), with outlet neighbours",
                 lambda r: "{p:.3f} / {r:.3f} ({gold})".format(**r["timex_neighbours"])),
                ("timex value accuracy, with outlet neighbours",
                 lambda r: _f(r["timex_neighbours"]["value_accuracy"])),
            ]
            if all("timex_neighbours" in res[s] for s in SPLITS)
            else []
        ),
        ("events P / R (pred, gold)", lambda r: "{p:.3f} / {r:.3f} ({pred}, {gold})".format(**r["events"])),
        ("events P, exact participants", lambda r: _f(r["events"]["exact_participants_p"])),
        ("events place right (n)", lambda r: f"{_f(r['events']['place_right'])} ({r['events']['place_n']})"),
        ("events date right (n)", lambda r: f"{_f(r['events']['date_right'])} ({r['events']['date_n']})"),
        ("events status right", lambda r: _f(r["events"]["status_right"])),
        (
            "quote span P / R (pred, gold)",
            lambda r: "{p:.3f} / {r:.3f} ({pred}, {gold})".format(**r["quotes"]),
        ),
        ("quote speaker right", lambda r: _f(r["quotes"]["speaker_right"])),
    ]
    for name, fn in rows:
        print(f"| {name} | {' | '.join(fn(res[s]) for s in SPLITS)} |")


LAYOUT_COLS = (
    ("junk", lambda r: r["cleaning"]["junk_drop"]),
    ("body", lambda r: r["cleaning"]["body_keep"]),
    ("title", lambda r: r["cleaning"]["title"]),
    ("pub", lambda r: r["cleaning"]["published"]),
    ("NER F1", lambda r: r["ner"]["all"]["strict"]["f1"]),
    ("NER ovl F1", lambda r: r["ner"]["all"]["overlap"]["f1"]),
    ("timex val", lambda r: r["timex"]["value_accuracy"]),
    ("ev P", lambda r: r["events"]["p"]),
    ("ev R", lambda r: r["events"]["r"]),
    ("quote R", lambda r: r["quotes"]["r"]),
    ("speaker", lambda r: r["quotes"]["speaker_right"]),
)


def print_layouts(table: dict[tuple[str, str, str], dict[str, Any]]) -> None:
    print("\n## every form and layout (NER F1 = exact boundaries)\n")
    print(f"| split | form | layout | {' | '.join(c for c, _ in LAYOUT_COLS)} |")
    print(f"| --- | --- | --- | {' | '.join('---:' for _ in LAYOUT_COLS)} |")
    for (split, form, layout), r in sorted(
        table.items(), key=lambda kv: (SPLITS.index(kv[0][0]), kv[0][1] != "record", LAYOUTS.index(kv[0][2]))
    ):
        print(f"| {split} | {form} | {layout} | {' | '.join(_f(fn(r)) for _, fn in LAYOUT_COLS)} |")


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


EVENTS_TEST_FOLDER = "events-test"
# The events TEST batches beside the main gold's test split (batch 1): number -> (gold, work folder).
EVENTS_TEST_BATCHES = {2: (EVENTS_TEST, EVENTS_TEST_FOLDER), 3: (EVENTS_TEST_3, "events-test-3")}


def events_test_batch(work: Path, number: int = 2,
                      pooled: list[measure.Pair] | None = None) -> dict[str, Any]:
    """Events on events TEST batch `number` (`EVENTS_TEST_BATCHES`: events_test.jsonl, stratum
    events-test-2; events_test_3.jsonl, events-test-3; annotated blind), record form, original layout:
    test figures, beside the main gold's test split (batch 1), and nothing about which events are
    right or wrong. Its pairs are added to `pooled` when given."""
    path, folder = EVENTS_TEST_BATCHES[number]
    batch = load(path)
    pairs = run_form(batch, "record", "orig", work / folder)
    if pooled is not None:
        pooled.extend(pairs)
    r = measure.events(pairs)
    print(f"\n## events, test batch {number} ({len(batch)} articles, annotated blind; test: figures only)\n")
    print("- " + EVENTS_FIGURES.format(**r))
    return r


def events_test_pooled(pairs: list[measure.Pair], numbers: list[int]) -> dict[str, Any]:
    """Events on every test batch at once (the main gold's test split and `numbers`), measured once
    over the pooled pairs: the steadier test figure."""
    r = measure.events(pairs)
    what = " + ".join(["main test split", *(f"batch {n}" for n in numbers)])
    print(f"\n## events, all test batches pooled ({what}; {len(pairs)} articles; test: figures only)\n")
    print("- " + EVENTS_FIGURES.format(**r))
    return r


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


def quotes_dev_extra(work: Path) -> dict[str, Any]:
    """The quotes of the dev-only quotes gold (`quotes_dev.py`), record form, original layout,
    in all (less the held-out strata) and by stratum (each draw apart)."""
    extra = load(QUOTES_DEV)
    pairs = run_form(extra, "record", "orig", work / "quotes-dev")
    line = (
        "- {what}: span P / R (pred, gold): {p:.3f} / {r:.3f} ({pred}, {gold}); "
        "speaker right {speaker_right:.3f}"
    )
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-stories", action="store_true", help="skip the 3,000-article story run")
    ap.add_argument("--no-seeds", action="store_true", help="skip the seeds and their layout variants")
    ap.add_argument("--forms", default=",".join(FORMS))
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--json", type=Path, help="also write every figure to this file")
    ap.add_argument("--keep", type=Path, help="keep marsad's outputs in this folder")
    ap.add_argument(
        "--timex-neighbours",
        action="store_true",
        help="also run the gold (record form, original layout) and each dates gold batch with their "
        "outlet neighbours beside them (benchmarks/realtext/timex_neighbours.py): a second timex line",
    )
    ap.add_argument(
        "--ner-model", type=Path, help="NER model folder for every `marsad run` (`marsad run --ner-model`)"
    )
    args = ap.parse_args(argv)
    RUN_OPTIONS[:] = ["--ner-model", str(args.ner_model.resolve())] if args.ner_model else []
    try:
        gold = load()
    except GoldError as e:
        print(e, file=sys.stderr)
        return 2
    work_ctx = tempfile.TemporaryDirectory() if args.keep is None else None
    work = Path(work_ctx.name) if work_ctx else args.keep
    work.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"layouts": {}}
    main_test: list[measure.Pair] = []  # record/orig pairs of the test split: pooled with the test batches
    for form in args.forms.split(","):
        for layout in args.layouts.split(","):
            pairs = run_form(gold, form, layout, work)
            if (form, layout) == ("record", "orig"):
                main_test = [p for p in pairs if p.gold.split == "test"]
            for split in SPLITS:
                r = measure.score([p for p in pairs if p.gold.split == split])
                result["layouts"][f"{split}/{form}/{layout}"] = r
    if args.timex_neighbours and "record" in args.forms.split(",") and "orig" in args.layouts.split(","):
        pairs = run_form(gold, "record", "orig", work / NEIGHBOURS, outlet_neighbours(gold))
        for split in SPLITS:
            result["layouts"][f"{split}/record/orig"]["timex_neighbours"] = measure.timexes(
                [p for p in pairs if p.gold.split == split])
    table = {tuple(k.split("/")): v for k, v in result["layouts"].items()}
    print(
        f"# Real text: {len(gold)} SaudiNewsNet articles "
        f"({sum(g.split == 'test' for g in gold)} test, {sum(g.split == 'dev' for g in gold)} dev)"
    )
    if all((s, "record", "orig") in table for s in SPLITS):
        print_full({s: table[(s, "record", "orig")] for s in SPLITS})
    print_layouts(table)  # type: ignore[arg-type]
    if EVENTS_DEV.exists() and "record" in args.forms.split(",") and "orig" in args.layouts.split(","):
        result["events_dev_extra"] = events_dev_extra(work)
    if "record" in args.forms.split(",") and "orig" in args.layouts.split(","):
        numbers = [n for n, (path, _) in EVENTS_TEST_BATCHES.items() if path.exists()]
        pooled = list(main_test)
        for n in numbers:
            result[f"events_test_batch{n}"] = events_test_batch(work, n, pooled)
        if numbers:
            result["events_test_pooled"] = events_test_pooled(pooled, numbers)
    if QUOTES_DEV.exists() and "record" in args.forms.split(",") and "orig" in args.layouts.split(","):
        result["quotes_dev_extra"] = quotes_dev_extra(work)
    if TIMEX_DEV.exists() and "record" in args.forms.split(",") and "orig" in args.layouts.split(","):
        result["timex_dev_extra"] = timex_dev_extra(work, args.timex_neighbours)
    if JUNK_DEV.exists() and "record" in args.forms.split(","):
        result["junk_dev_extra"] = junk_dev_extra(work, args.layouts.split(","))
    if JUNK_TEST.exists() and "record" in args.forms.split(","):
        result["junk_test_batch2"] = junk_test_batch(work, args.layouts.split(","))
    if not args.no_stories:
        gold_pairs = load_story_pairs()
        story_of = stories_3k(work)
        result["stories"] = {s: pair_scores(story_of, gold_pairs, s) for s in SPLITS}
        result["stories"]["purity"] = purity(story_of, gold_pairs)
        result["stories"]["labelled_pairs"] = labelled_pairs(story_of, gold_pairs)
        print("\n## stories (first 3,000 records)\n")
        for s in SPLITS:
            line = "- {split}: pair P {p:.3f}, R {r:.3f}, F1 {f1:.3f} over {pairs} pairs ({gold_same} same)"
            print(line.format(split=s, **result["stories"][s]))
        pu = result["stories"]["purity"]
        print(
            f"- ten largest clusters: purity {pu['purity']:.3f} over {pu['labelled']} labelled of "
            f"{pu['members']} members"
        )
        lp = result["stories"]["labelled_pairs"]
        print(f"- labelled members of the ten cluster worksheets, pairs within one: P {lp['p']:.3f}, "
              f"R {lp['r']:.3f} ({lp['pairs_together']} put together, {lp['gold_same']} same)")
    if not args.no_seeds:
        result["seeds"] = seeds(work)
        print("\n## seeds (../shared/eval/score.py)\n")
        keys = [k for k, v in result["seeds"]["orig"].items() if isinstance(v, float)]
        print(f"| measure | {' | '.join(LAYOUTS)} |\n| --- | {' | '.join('---:' for _ in LAYOUTS)} |")
        for k in keys:
            print(f"| {k} | {' | '.join(_f(result['seeds'][lay][k]) for lay in LAYOUTS)} |")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False))
    if work_ctx:
        work_ctx.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
