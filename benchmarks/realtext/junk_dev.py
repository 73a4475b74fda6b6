"""A second dev ruler for cleaning: SaudiNewsNet articles drawn evenly across the 14 outlets,
annotated for line roles (junk) and the title only (dev only; never a test figure).

    python3 -m benchmarks.realtext.junk_dev draw [--seed 11] [--per-source 6] [--shaped 40] > draw.jsonl
    python3 -m benchmarks.realtext.annotate sheets draw.jsonl sheets/
    python3 -m benchmarks.realtext.annotate check work/LINE.json --draw draw.jsonl
    python3 -m benchmarks.realtext.junk_dev compile work/ --draw draw.jsonl
    python3 -m benchmarks.realtext.junk_dev wide [--seed 11] [--per-source 33] [--per-shape 3] > wide.jsonl
    python3 -m benchmarks.realtext.junk_dev compile work/ --draw wide.jsonl --append
    python3 -m benchmarks.realtext.junk_dev more [--seed 11] [--per-source 30] [--per-shape 1] > more.jsonl
    python3 -m benchmarks.realtext.junk_dev compile work/ --draw more.jsonl --append
    python3 -m benchmarks.realtext.junk_dev fresh [--seed 11] [--n 80] > fresh.jsonl
    python3 -m benchmarks.realtext.junk_dev compile work/ --draw fresh.jsonl --append
    python3 -m benchmarks.realtext.junk_dev fresh --seed 29 --n 100 --stratum junk-dev-fresh2 \
        --chars 1500 > fresh2.jsonl
    python3 -m benchmarks.realtext.junk_dev score KEPT   # by stratum, from `benchmarks.realtext --keep KEPT`

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

A third stratum (`wide`, appended) widens the dev material toward what the first two lack. The
pool is the records left after both strata above. `per-source` articles are spread over all the
outlets, one each first, the rest by largest remainder in proportion to WEIGHT = the outlet's
records divided by (1 + its dev articles already annotated: the main gold's dev split and the
first two strata), so the big outlets thinly covered so far get most; each outlet's pick is
seeded by `seed:junk-dev-wide:SOURCE`. Then for each article shape of SHAPES (in that order: long
texts, lists, hashtags, photo credits, wire sign-offs, English runs, clock times, runs of short
unpunctuated lines, short share or follow lines) `per-shape` more are drawn among the records left
that have it, the outlet chosen by WEIGHT (counting the articles this stratum took already), seeded
by `seed:junk-dev-wide:SHAPE`.

A fourth stratum (`more`, appended) draws the same way (seeds `seed:junk-dev-more:…`, 30 spread
over the outlets, one per shape) from the records left after every article of every real-text
gold (main, events-dev, quotes-dev, junk-dev less this stratum), weighting the outlets by the dev
articles of the main gold and of junk-dev; it was drawn and annotated before marsad ran on it.

A fifth stratum (`fresh`, appended) was drawn when the four above were saturated (dev 1.000) to
estimate what the test split sees: `n` records spread over every outlet in proportion to its size
(one each first, the rest by largest remainder), each outlet's pick seeded by
`seed:junk-dev-fresh:SOURCE`, from the records left after every article of every real-text gold
(main, events-dev, quotes-dev, junk-dev, timex-dev). It was annotated blind (by reading the raw
text, before marsad ran on it) and is reported apart (`FRESH`).

A sixth stratum (`fresh2`, appended) was drawn once the fifth had been tuned on, the same way with
seed 29 (`seed:junk-dev-fresh2:SOURCE`), 100 records, after every gold; its regions are about
FRESH2_CHARS characters, so the annotation weighs the first lines of every article and the last
lines of the short ones, where a page's chrome stands (datelines, bylines, share strips, footers).
Annotated blind; it was the held-out estimate for one round, reported apart.

A seventh stratum (`fresh3`, appended) was drawn once the sixth had been tuned on, the same way
with seed 67 (`seed:junk-dev-fresh3:SOURCE`), 100 records, after every gold, regions of about
FRESH2_CHARS characters; annotated blind (by reading the raw text, committed before marsad ran on
it). It is the held-out estimate now, reported apart. One of its 100 (line 14406) was withdrawn:
events-dev-fresh3, drawn at the same time, keeps it (`draw_order.WITHDRAWN`).

    python3 -m benchmarks.realtext.junk_dev fresh --seed 67 --n 100 --stratum junk-dev-fresh3 \
        --chars 1500 > fresh3.jsonl

An eighth stratum (`fresh4`, appended) was drawn once the seventh had been tuned on (dev 1.000
while the test batches still missed junk), the same way with seed 89 (`seed:junk-dev-fresh4:SOURCE`),
100 records, after every gold, regions of about FRESH2_CHARS characters; annotated blind and
committed before marsad ran on it. It is the held-out estimate now, reported apart.

    python3 -m benchmarks.realtext.junk_dev fresh --seed 89 --n 100 --stratum junk-dev-fresh4 \
        --chars 1500 > fresh4.jsonl

A TEST batch (`TEST2`, stratum junk-test-2, in its own file JUNK_TEST, rows split "test") was drawn
the same way after every gold (seed 47, 100 records, regions of FRESH2_CHARS), because the main
gold's test split holds too few junk pieces to read issue 16's bar: annotated blind and committed
before marsad ran on it; the benchmark prints its figures, nothing lists its rows.

    python3 -m benchmarks.realtext.junk_dev fresh --seed 47 --n 100 --stratum junk-test-2 \
        --chars 1500 > test2.jsonl
    python3 -m benchmarks.realtext.junk_dev compile work/ --draw test2.jsonl \
        --out tests/data/realtext/junk_test.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks.realtext.annotate import compile_rows, partial_row
from benchmarks.realtext.draw import REGION_CHARS, SNN, by_source, drawn, read_records
from benchmarks.realtext.draw_order import annotated_before, draw_skip, rows_before
from benchmarks.realtext.gold import GOLD

ROOT = Path(__file__).resolve().parents[2]
JUNK_DEV = ROOT / "tests" / "data" / "realtext" / "junk_dev.jsonl"
STRATUM = "junk-dev"
WIDE = f"{STRATUM}-wide"
MORE = f"{STRATUM}-more"
# Drawn after every other gold and annotated blind: a held-out estimate of the test figure,
# reported apart from the strata cleaning was tuned on.
FRESH = f"{STRATUM}-fresh"
# The next held-out round, drawn once FRESH was tuned on: more articles, shorter regions.
FRESH2 = f"{STRATUM}-fresh2"
FRESH2_CHARS = 1500
# The third held-out round, drawn once FRESH2 was tuned on (seed 67), the way FRESH2 was.
FRESH3 = f"{STRATUM}-fresh3"
# The fourth held-out round, drawn once FRESH3 was tuned on (seed 89), the way FRESH2 was.
FRESH4 = f"{STRATUM}-fresh4"
# A TEST batch for cleaning (issue 16's bar), drawn the way FRESH2 was, after every gold: its rows
# are split "test" and live in JUNK_TEST; they are scored, never listed (errors, `score`).
TEST2 = "junk-test-2"
JUNK_TEST = ROOT / "tests" / "data" / "realtext" / "junk_test.jsonl"
TEST_STRATA = frozenset({TEST2})
# The folder of a kept benchmark run (`--keep KEPT`) that holds marsad's output on JUNK_TEST.
TEST_FOLDER = "junk-test"
SHAPED_WORDS = 8
_SHORT_UNPUNCTUATED = re.compile(r"(?m)(?:^[^\n.!?؟:]{8,90}[^\n.!?؟:\s]\s*\n){3}")
_SIGNOFF = re.compile(r"(?m)انتهى|//|\((?:أ ف ب|رويترز|واس)\)|^.{0,30}(?:وكالات|رويترز)\s*$")
_SHARE_LINE = re.compile(r"(?m)^.{0,40}(?:شارك|تابعونا|تابع[وا]*\s+(?:على|عبر)|واتس ?اب).{0,40}$")
SHAPES: dict[str, Callable[[str], bool]] = {
    "long": lambda t: len(t) > 4000,
    "list": lambda t: len(re.findall(r"(?m)^\s*(?:[-•*▪●]|\d{1,2}\s*[-.)])\s*\S", t)) >= 3,
    "hashtag": lambda t: bool(re.search(r"#\w", t)),
    "credit": lambda t: bool(re.search(r"تصوير|عدسة|الصورة:|\(الصورة|مصدر الصورة", t)),
    "signoff": lambda t: bool(_SIGNOFF.search(t)),
    "english": lambda t: bool(re.search(r"[A-Za-z]{3,}(?:\s+[A-Za-z]{2,}){2,}", t)),
    "time": lambda t: bool(re.search(r"\b\d{1,2}:\d{2}\b", t)),
    "headline-run": lambda t: bool(_SHORT_UNPUNCTUATED.search(t)),
    "share-line": lambda t: bool(_SHARE_LINE.search(t)),
}
ABOUT = (
    "Cleaning-only dev gold: SaudiNewsNet articles (../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, "
    "0-based line) drawn by `python3 -m benchmarks.realtext.junk_dev draw` (the same number from every "
    "outlet, then pages with a short first or last line) and `... junk_dev wide` (stratum junk-dev-wide: "
    "all outlets weighted toward those least annotated, then article shapes: long, lists, hashtags, "
    "credits, sign-offs, English, clock times, headline runs, share lines) and `... junk_dev more` "
    "(stratum junk-dev-more: the same weighting and shapes after every article of every real-text "
    "gold) and `... junk_dev fresh` (stratum junk-dev-fresh, reported apart: 80 spread over the outlets "
    "by size after every gold, annotated blind) and `... junk_dev fresh --seed 29 --n 100 --stratum "
    "junk-dev-fresh2 --chars 1500` (stratum junk-dev-fresh2: 100 by outlet size after every gold, regions of "
    "about 1,500 characters, annotated blind) and `... junk_dev fresh --seed 67 --n 100 --stratum "
    "junk-dev-fresh3 --chars 1500` (stratum junk-dev-fresh3, drawn and annotated blind the same way) and "
    "`... junk_dev fresh --seed 89 --n 100 --stratum junk-dev-fresh4 --chars 1500` (stratum junk-dev-fresh4, "
    "the held-out one now, drawn and annotated blind the same way), less every article of gold.jsonl, "
    "events_dev.jsonl and "
    "the older events and timex golds; "
    "line roles (junk) and titles annotated by reading under docs/realtext-annotation.md before marsad "
    "ran on them. Dev only. Mentions, dates, timexes, events and quotes are not annotated. Offsets are "
    "code points into the record's `content`; no text is stored."
)


TEST_ABOUT = (
    "Cleaning TEST gold, batch 2 (stratum junk-test-2; the main gold's test split is batch 1): 100 "
    "SaudiNewsNet articles (../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by "
    "`python3 -m benchmarks.realtext.junk_dev fresh --seed 47 --n 100 --stratum junk-test-2 --chars 1500` "
    "(spread over the 14 outlets by size, after every article of every real-text gold, regions of about "
    "1,500 characters); line roles (junk) and titles annotated blind, by reading under "
    "docs/realtext-annotation.md, and committed before marsad ran on them. Split test: scored (figures "
    "only), never listed, never tuned on. Mentions, dates, timexes, events and quotes are not annotated. "
    "Offsets are code points into the record's `content`; no text is stored."
)


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


def source_weights(records: list[dict], pool: dict[str, list[int]], annotated: list[int]) -> dict[str, float]:
    """An outlet's records divided by (1 + its dev articles already annotated)."""
    done = Counter(records[ln]["source"] for ln in annotated)
    return {src: len(lines) / (1 + done[src]) for src, lines in pool.items()}


def _spread(weights: dict[str, float], n: int) -> dict[str, int]:
    """`n` over the outlets: one each, the rest by largest remainder of `weights`."""
    out = dict.fromkeys(sorted(weights), 1)
    left = n - len(out)
    total = sum(weights.values())
    shares = {s: left * w / total for s, w in weights.items()}
    for s in out:
        out[s] += int(shares[s])
    for s in sorted(out, key=lambda s: int(shares[s]) - shares[s])[: n - sum(out.values())]:
        out[s] += 1
    return out


def draw_wide(records: list[dict], seed: int, per_source: int, per_shape: int, skip: set[int],
              annotated_dev: list[int], stratum: str = WIDE) -> list[dict]:
    """The third stratum (and the fourth, `stratum` MORE): `skip` holds every article annotated
    so far (`annotated_dev` its dev ones)."""
    pool = by_source(records, skip)
    weights = source_weights(records, pool, annotated_dev)
    picked: list[int] = []
    for source, k in _spread(weights, per_source).items():
        lines = list(pool[source])
        random.Random(f"{seed}:{stratum}:{source}").shuffle(lines)
        picked += lines[:k]
    for shape, has in SHAPES.items():
        rng = random.Random(f"{seed}:{stratum}:{shape}")
        have = {src: [ln for ln in lines if ln not in picked and has(records[ln]["content"])]
                for src, lines in pool.items()}
        for _ in range(per_shape):
            srcs = sorted(s for s in have if have[s])
            now = source_weights(records, pool, annotated_dev + picked)
            src = rng.choices(srcs, [now[s] for s in srcs])[0]
            ln = rng.choice(have[src])
            have[src].remove(ln)
            picked.append(ln)
    return [drawn(records, ln, "dev", stratum) for ln in picked]


def dev_before(stratum: str) -> list[int]:
    """The dev articles of the main gold and of junk-dev annotated before `stratum` was drawn:
    the wide draws weight the outlets by them."""
    rows = rows_before(stratum, (GOLD, JUNK_DEV))
    return [int(r["line"]) for r in rows if r.get("split", "dev") == "dev"]


def draw_fresh(records: list[dict], seed: int, n: int, skip: set[int], stratum: str = FRESH,
               chars: int = REGION_CHARS) -> list[dict]:
    """`n` records spread over the outlets in proportion to their size, none in `skip`, each
    annotated over a region of about `chars` characters."""
    pool = by_source(records, skip)
    picked: list[int] = []
    for source, k in _spread({s: float(len(v)) for s, v in pool.items()}, n).items():
        lines = list(pool[source])
        random.Random(f"{seed}:{stratum}:{source}").shuffle(lines)
        picked += lines[:k]
    split = "test" if stratum in TEST_STRATA else "dev"
    return [drawn(records, ln, split, stratum, chars) for ln in picked]


def _junk_row(d: dict, row: dict) -> dict:
    return partial_row(d, row["segments"], title=row["title"])


def compile_dir(work_dir: Path, draw_path: Path, out: Path, append: bool = False) -> int:
    """Compile a draw's work files into `out`; with `append`, after the articles `out` holds
    (its about row replaced by ABOUT), and nothing written when a line is there already."""
    about = TEST_ABOUT if out.resolve() == JUNK_TEST.resolve() else ABOUT
    if not append or not out.exists():
        return compile_rows(work_dir, draw_path, out, about, _junk_row)
    kept = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines() if ln.strip()]
    kept = [r for r in kept if r.get("kind") == "article"]
    new = out.with_suffix(".new.jsonl")
    rc = compile_rows(work_dir, draw_path, new, about, _junk_row)
    if rc:
        return rc
    added = [json.loads(ln) for ln in new.read_text(encoding="utf-8").splitlines()]
    new.unlink()
    if {r["line"] for r in kept} & {r.get("line") for r in added}:
        print("an article drawn is in the gold already: nothing written", file=sys.stderr)
        return 1
    rows = added[:1] + kept + added[1:]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


def score_parts(kept: Path) -> int:
    """Cleaning on the first strata, the wide one and the fresh ones apart, and on the test batch
    (JUNK_TEST), for each layout a kept run of `python3 -m benchmarks.realtext --keep KEPT` holds:
    figures only, no article is listed."""
    from benchmarks.realtext import measure
    from benchmarks.realtext.errors import pairs_of
    from benchmarks.realtext.gold import load

    line = (
        "{run} {part}: junk drop {junk_drop:.3f} ({junk_units}), "
        "body keep {body_keep:.3f} ({body_units}), title {title:.3f}"
    )
    gold = load(JUNK_DEV)
    parts: dict[str, Callable[[str], bool]] = {
        "first": lambda s: s not in (WIDE, FRESH, FRESH2, FRESH3, FRESH4, *TEST_STRATA),
        "wide": lambda s: s == WIDE,
        "fresh": lambda s: s == FRESH,
        "fresh2": lambda s: s == FRESH2,
        "fresh3": lambda s: s == FRESH3,
        "fresh4": lambda s: s == FRESH4,
    }
    for run in sorted(p.name for p in (kept / "junk-dev").glob("record-*-out")):
        pairs = pairs_of(kept / "junk-dev", gold, run)
        for part, has in parts.items():
            r = measure.cleaning([pr for pr in pairs if has(pr.gold.stratum)])
            print(line.format(run=run[7:-4], part=part, **r))
    if JUNK_TEST.exists():
        test = load(JUNK_TEST)
        for run in sorted(p.name for p in (kept / TEST_FOLDER).glob("record-*-out")):
            r = measure.cleaning(pairs_of(kept / TEST_FOLDER, test, run))
            print(line.format(run=run[7:-4], part="test batch 2 (figures only)", **r))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", type=int, default=11)
    d.add_argument("--per-source", type=int, default=6)
    d.add_argument("--shaped", type=int, default=40)
    w = sub.add_parser("wide")
    w.add_argument("--seed", type=int, default=11)
    w.add_argument("--per-source", type=int, default=33)
    w.add_argument("--per-shape", type=int, default=3)
    m = sub.add_parser("more", help="the fourth stratum: the wide draw again, after every gold")
    m.add_argument("--seed", type=int, default=11)
    m.add_argument("--per-source", type=int, default=30)
    m.add_argument("--per-shape", type=int, default=1)
    f = sub.add_parser("fresh", help="the fifth stratum: held out, spread by outlet size")
    f.add_argument("--seed", type=int, default=11)
    f.add_argument("--n", type=int, default=80)
    f.add_argument("--stratum", choices=(FRESH, FRESH2, FRESH3, FRESH4, TEST2), default=FRESH,
                   help=f"{TEST2}: the test batch (rows split test, compiled into {JUNK_TEST.name})")
    f.add_argument("--chars", type=int, default=REGION_CHARS,
                   help="annotated region: about this many characters from the start (all of a shorter text)")
    sc = sub.add_parser("score")
    sc.add_argument("kept", type=Path)
    c = sub.add_parser("compile")
    c.add_argument("work", type=Path)
    c.add_argument("--draw", type=Path, required=True)
    c.add_argument("--out", type=Path, default=JUNK_DEV, help=f"{JUNK_TEST.name} for the {TEST2} stratum")
    c.add_argument("--append", action="store_true", help="add to the articles OUT holds")
    args = ap.parse_args(argv)
    if not SNN.exists():
        print(f"needs {SNN} (../shared beside the checkout)", file=sys.stderr)
        return 2
    if args.cmd == "draw":
        for row in draw(read_records(), args.seed, args.per_source, annotated_before(STRATUM), args.shaped):
            print(json.dumps(row))
        return 0
    if args.cmd == "score":
        return score_parts(args.kept)
    if args.cmd == "wide":
        records = read_records()
        skip, annotated_dev = annotated_before(WIDE), dev_before(WIDE)
        for row in draw_wide(records, args.seed, args.per_source, args.per_shape, skip, annotated_dev):
            print(json.dumps(row))
        return 0
    if args.cmd == "fresh":
        records = read_records()
        skip = draw_skip(args.stratum, records)
        rows = draw_fresh(records, args.seed, args.n, skip, args.stratum, args.chars)
        for row in rows:
            print(json.dumps(row))
        return 0
    if args.cmd == "more":
        skip, done = annotated_before(MORE), dev_before(MORE)
        rows = draw_wide(read_records(), args.seed, args.per_source, args.per_shape, skip, done, MORE)
        for row in rows:
            print(json.dumps(row))
        return 0
    return compile_dir(args.work, args.draw, args.out, args.append)


if __name__ == "__main__":
    sys.exit(main())
