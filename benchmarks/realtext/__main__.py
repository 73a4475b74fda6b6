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
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.realtext import measure
from benchmarks.realtext.events_dev import EVENTS_DEV
from benchmarks.realtext.extra_golds import (
    EVENTS_TESTS,
    QUOTES_TESTS,
    events_dev_extra,
    events_test_batch,
    events_test_pooled,
    every_test_batch,
    junk_dev_extra,
    junk_test_batch,
    quotes_dev_extra,
    timex_dev_extra,
)
from benchmarks.realtext.gold import GoldError, load, load_story_pairs
from benchmarks.realtext.junk_dev import JUNK_DEV, JUNK_TEST
from benchmarks.realtext.ner_rerun import name_rows
from benchmarks.realtext.quotes_dev import QUOTES_DEV
from benchmarks.realtext.runs import (
    FORMS,
    LAYOUTS,
    NEIGHBOURS,
    RUN_OPTIONS,
    SPLITS,
    run_form,
    seeds,
    stories_3k,
)
from benchmarks.realtext.stories import labelled_pairs, pair_scores, purity
from benchmarks.realtext.timex_dev import TIMEX_DEV
from benchmarks.realtext.timex_neighbours import outlet_neighbours

__all__ = ["LAYOUTS", "events_test_batch", "events_test_pooled", "main", "run_form", "stories_3k"]


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
    rows += name_rows()
    rows += [
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
        result.update(every_test_batch(EVENTS_TESTS, work, main_test))
    if QUOTES_DEV.exists() and "record" in args.forms.split(",") and "orig" in args.layouts.split(","):
        result["quotes_dev_extra"] = quotes_dev_extra(work)
    if "record" in args.forms.split(",") and "orig" in args.layouts.split(","):
        result.update(every_test_batch(QUOTES_TESTS, work, main_test))
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
