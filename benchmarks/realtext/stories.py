"""Story gold: article pairs judged same story / different story, and the largest clusters.

    python3 -m benchmarks.realtext.stories sample OUT3K DIR [--n 100] [--seed 11]
    python3 -m benchmarks.realtext.stories compile DIR --out tests/data/realtext/story_pairs.jsonl

`OUT3K` is the output of `marsad run` on the first 3,000 SaudiNewsNet records (one `.jsonl`
input, so an article's path ends in `#LINE`). Pairs are drawn three ways, `n` each, seeded:
pairs marsad put in one story (uniform over such pairs), pairs it kept apart that share at
least two entities, and random pairs. They are shuffled into one worksheet that does not say
how a pair was drawn; the judge writes `same`/`different` per pair. The ten largest clusters
get a worksheet of their members; the judge gives each member a story label. Pairs go to test
or dev by a hash of the pair.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from benchmarks.realtext.draw import read_lines, text_hash

FIRST = 3000


def line_of(path: str) -> int:
    return int(path.rsplit("#", 1)[1])


def read_run(out: Path) -> list[dict[str, Any]]:
    rows = []
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        for ln in f:
            a = json.loads(ln)
            rows.append(
                {
                    "line": line_of(a["path"]),
                    "story": a.get("story"),
                    "entities": {m["entity"] for m in a.get("mentions", []) if m.get("entity")},
                    "empty": "no_article_text" in (a.get("flags") or []),
                    "day": ((a.get("published") or {}).get("date") or "")[:10] or None,
                    "main": main_entity([m["entity"] for m in a.get("mentions", []) if m.get("entity")]),
                }
            )
    return rows


def main_entity(entities: list[str]) -> str | None:
    """The entity an article mentions most, when no other is mentioned as often."""
    top = Counter(entities).most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def split_of(a: int, b: int) -> str:
    return "test" if int(hashlib.sha1(f"{a}-{b}".encode()).hexdigest(), 16) % 2 == 0 else "dev"


def sample(run: list[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    arts = [a for a in run if not a["empty"]]
    by_story: dict[str, list[int]] = defaultdict(list)
    for a in arts:
        by_story[a["story"]].append(a["line"])
    together = [p for lines in by_story.values() for p in combinations(sorted(lines), 2)]
    rng = random.Random(f"{seed}:together")
    picked: dict[tuple[int, int], str] = {p: "together" for p in rng.sample(together, min(n, len(together)))}
    story = {a["line"]: a["story"] for a in arts}
    ents = {a["line"]: a["entities"] for a in arts}
    holders: dict[str, list[int]] = defaultdict(list)
    for a in arts:
        for e in a["entities"]:
            holders[e].append(a["line"])
    rng = random.Random(f"{seed}:apart")
    lines = sorted(story)
    got = tries = 0
    while got < n and tries < 200_000:
        tries += 1
        a = rng.choice(lines)
        if not ents[a]:
            continue
        e = rng.choice(sorted(ents[a]))
        b = rng.choice(holders[e])
        key = (min(a, b), max(a, b))
        if a == b or story[a] == story[b] or key in picked or len(ents[a] & ents[b]) < 2:
            continue
        picked[key] = "apart_shared"
        got += 1
    rng = random.Random(f"{seed}:random")
    got = 0
    while got < n:
        a, b = sorted(rng.sample(lines, 2))
        if (a, b) not in picked:
            picked[(a, b)] = "random"
            got += 1
    pairs = [{"a": a, "b": b, "stratum": s, "split": split_of(a, b)} for (a, b), s in picked.items()]
    random.Random(f"{seed}:order").shuffle(pairs)
    return pairs


def sample_more(
    runs: list[list[dict[str, Any]]], gold: list[dict[str, Any]], counts: dict[str, int], seed: int,
    split: str,
) -> list[dict[str, Any]]:
    """More pairs of one split, none already judged, drawn from one or more runs of the same
    records (the first run gives the entities and dates): `together` uniform over the pairs any
    run put in one story; `apart_shared` as in `sample`, kept apart by every run; `random`;
    and `same_day_entity`: two articles of one publication day whose most mentioned entity is
    the same (whatever the runs did; it probes recall without depending on a clusterer)."""
    arts = [a for a in runs[0] if not a["empty"]]
    info = {a["line"]: a for a in arts}
    stories = [{a["line"]: a["story"] for a in run if a["line"] in info} for run in runs]
    judged = {(g["a"], g["b"]) for g in gold if g["kind"] == "pair"}
    picked: dict[tuple[int, int], str] = {}

    def fresh(a: int, b: int) -> tuple[int, int] | None:
        key = (min(a, b), max(a, b))
        ok = a != b and key not in judged and key not in picked and split_of(*key) == split
        return key if ok else None

    together: set[tuple[int, int]] = set()
    for st in stories:
        by_story: dict[str, list[int]] = defaultdict(list)
        for ln, s in st.items():
            by_story[s].append(ln)
        together |= {p for lines in by_story.values() for p in combinations(sorted(lines), 2)}
    pool = [p for p in sorted(together) if fresh(*p)]
    for p in random.Random(f"{seed}:together").sample(pool, min(counts["together"], len(pool))):
        picked[p] = "together"
    lines = sorted(info)
    holders: dict[str, list[int]] = defaultdict(list)
    by_day_main: dict[tuple[str, str], list[int]] = defaultdict(list)
    for a in arts:
        for e in sorted(a["entities"]):
            holders[e].append(a["line"])
        if a["day"] and a["main"]:
            by_day_main[(a["day"], a["main"])].append(a["line"])

    def draw(stratum: str, other: Any) -> None:
        rng, got, tries = random.Random(f"{seed}:{stratum}"), 0, 0
        while got < counts[stratum] and tries < 200_000:
            tries += 1
            a = rng.choice(lines)
            b = other(rng, a)
            key = fresh(a, b) if b is not None else None
            if key is not None:
                picked[key] = stratum
                got += 1

    def apart(rng: random.Random, a: int) -> int | None:
        if not info[a]["entities"]:
            return None
        b = rng.choice(holders[rng.choice(sorted(info[a]["entities"]))])
        kept_apart = all(st[a] != st[b] for st in stories)
        return b if kept_apart and len(info[a]["entities"] & info[b]["entities"]) >= 2 else None

    def same_day(rng: random.Random, a: int) -> int | None:
        peers = by_day_main.get((info[a]["day"], info[a]["main"]), [])
        return rng.choice(peers) if info[a]["day"] and info[a]["main"] and len(peers) > 1 else None

    draw("apart_shared", apart)
    draw("random", lambda rng, a: rng.choice(lines))
    draw("same_day_entity", same_day)
    pairs = [{"a": a, "b": b, "stratum": s, "split": split} for (a, b), s in picked.items()]
    random.Random(f"{seed}:order").shuffle(pairs)
    return pairs


def largest(run: list[dict[str, Any]], k: int = 10) -> list[list[int]]:
    size = Counter(a["story"] for a in run if not a["empty"])
    return [
        sorted(a["line"] for a in run if a["story"] == s and not a["empty"]) for s, _ in size.most_common(k)
    ]


def _brief(rec: dict[str, Any], chars: int) -> str:
    body = " ".join(rec["content"].split())[:chars]
    return f"[{rec['source']} {rec.get('date_extracted', '')[:10]}] {rec.get('title')}\n    {body}"


def cmd_sample(out3k: Path, work: Path, n: int, seed: int) -> int:
    run = read_run(out3k)
    pairs = sample(run, n, seed)
    clusters = largest(run)
    recs = read_lines({p["a"] for p in pairs} | {p["b"] for p in pairs} | {x for c in clusters for x in c})
    _pair_sheet(work, pairs, recs)
    csheet = []
    for i, members in enumerate(clusters, 1):
        csheet.append(f"# cluster {i}: {len(members)} articles")
        csheet += [f"- {ln} {_brief(recs[ln], 250)}" for ln in members]
        csheet.append("")
    (work / "clusters_sheet.txt").write_text("\n".join(csheet), encoding="utf-8")
    (work / "clusters.json").write_text(json.dumps(clusters))
    print(f"{len(pairs)} pairs, {len(clusters)} clusters ({sum(map(len, clusters))} articles) in {work}")
    return 0


def _pair_sheet(work: Path, pairs: list[dict[str, Any]], recs: dict[int, dict[str, Any]]) -> None:
    """pairs.jsonl and the judge's worksheet (titles and openings; not how a pair was drawn)."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pairs))
    sheet = []
    for i, p in enumerate(pairs, 1):
        a, b = _brief(recs[p["a"]], 500), _brief(recs[p["b"]], 500)
        sheet.append(f"## pair {i}  ({p['a']} / {p['b']})\nA {a}\nB {b}\n")
    (work / "pairs_sheet.txt").write_text("\n".join(sheet), encoding="utf-8")


def cmd_more(gold: Path, runs: list[Path], work: Path, counts: dict[str, int], seed: int, split: str) -> int:
    rows = [json.loads(ln) for ln in gold.read_text(encoding="utf-8").splitlines() if ln.strip()]
    pairs = sample_more([read_run(r) for r in runs], rows, counts, seed, split)
    _pair_sheet(work, pairs, read_lines({p["a"] for p in pairs} | {p["b"] for p in pairs}))
    print(f"{len(pairs)} pairs in {work}: {dict(Counter(p['stratum'] for p in pairs))}")
    return 0


def cmd_compile(work: Path, out: Path, append: bool = False) -> int:
    """pairs.jsonl + judgments.tsv (pair number, same|different) + cluster_labels.tsv
    (line, cluster number, story label) -> the gold file. With `append`, the judged pairs
    are added to the gold file `out` as its next batch; its rows stay as they are."""
    pairs = [json.loads(ln) for ln in (work / "pairs.jsonl").read_text().splitlines()]
    verdicts: dict[int, str] = {}
    notes: dict[int, str] = {}
    for ln in (work / "judgments.tsv").read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#"):
            num, verdict, *why = ln.split("\t")
            verdicts[int(num)] = verdict.strip()
            notes[int(num)] = why[0].strip() if why else ""
    labels: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    lab_path = work / "cluster_labels.tsv"
    if lab_path.exists():
        for ln in lab_path.read_text(encoding="utf-8").splitlines():
            if ln.strip() and not ln.startswith("#"):
                line, cluster, label, *why = ln.split("\t")
                labels[int(cluster)].append((int(line), label.strip(), why[0].strip() if why else ""))
    lines = {p["a"] for p in pairs} | {p["b"] for p in pairs} | {x for c in labels.values() for x, _, _ in c}
    recs = read_lines(lines)
    rows: list[dict[str, Any]] = [{"kind": "about", "text": ABOUT}]
    missing = [i for i in range(1, len(pairs) + 1) if verdicts.get(i) not in ("same", "different")]
    if missing:
        print(f"pairs without a same/different verdict: {missing}", file=sys.stderr)
        return 1
    for i, p in enumerate(pairs, 1):
        rows.append(
            {
                "kind": "pair",
                **p,
                "same": verdicts[i] == "same",
                "note": notes[i],
                "hash_a": text_hash(recs[p["a"]]["content"]),
                "hash_b": text_hash(recs[p["b"]]["content"]),
            }
        )
    if append:
        old = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines() if ln.strip()]
        batch = 1 + max((r.get("batch", 1) for r in old if r["kind"] == "pair"), default=0)
        new = [{**r, "batch": batch} for r in rows[1:]]
        last = max(i for i, r in enumerate(old) if r["kind"] == "pair")
        rows = [rows[0], *old[1 : last + 1], *new, *old[last + 1 :]]
    for c, members in sorted(labels.items()):
        rows.append(
            {
                "kind": "cluster",
                "cluster": c,
                "members": [[ln, lab, text_hash(recs[ln]["content"]), why] for ln, lab, why in members],
            }
        )
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(pairs)} pairs and {len(labels)} clusters written to {out}")
    return 0


ABOUT = (
    "Story gold over the first 3,000 SaudiNewsNet records (0-based lines of "
    "../shared/data/saudinewsnet/saudinewsnet.jsonl.gz): pairs judged same story or different story by "
    "reading (docs/realtext-annotation.md), drawn by benchmarks/realtext/stories.py from one marsad run "
    "(stratum: together = marsad put them in one story, apart_shared = kept apart though sharing two "
    "entities, random); a second batch (`batch`: 2, dev only, `stories.py more`) drawn the same way "
    "from two runs (main a35af0a and the order-independent clusterer of wt-stories 03f9fec: together in "
    "either, apart in both) plus same_day_entity = one publication day and the same most-mentioned "
    "entity, whatever the runs did; a third batch (`batch`: 3, test only) drawn blind the same way "
    "(`more --split test`) from two runs (6e53f4e and its story step re-run with central_places off), "
    "judged from the worksheet without seeing how a pair was drawn; later batches of either split may "
    "be added by the same procedure, never changing a judged row; and the members of the first run's "
    "ten largest clusters with a "
    "story label each (same label = same story) and the judge's note. Hashes: sha1 of content, 12 hex."
)


def pair_scores(
    story_of: dict[int, str | None], gold: list[dict[str, Any]], split: str | None
) -> dict[str, Any]:
    """Pair precision and recall of a run's stories against the judged pairs (of one split)."""
    rows = [g for g in gold if g["kind"] == "pair" and (split is None or g["split"] == split)]
    tp = fp = fn = 0
    for g in rows:
        a, b = story_of.get(g["a"]), story_of.get(g["b"])
        same = a is not None and a == b
        tp += same and g["same"]
        fp += same and not g["same"]
        fn += g["same"] and not same
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pairs": len(rows),
        "gold_same": tp + fn,
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
    }


def purity(story_of: dict[int, str | None], gold: list[dict[str, Any]], k: int = 10) -> dict[str, Any]:
    """Purity of the run's k largest clusters over their members that carry a gold story label.
    Clusters of one size are ranked by their story ids (made from content), not by the order
    the run lists its articles in: the same stories read in another order score the same."""
    label = {
        ln: f"{g['cluster']}:{lab}" for g in gold if g["kind"] == "cluster" for ln, lab, *_ in g["members"]
    }
    size = Counter(s for s in story_of.values() if s is not None)
    top = sorted(size, key=lambda s: (-size[s], s))[:k]
    main = labelled = members = 0
    for s in top:
        ls = [label[ln] for ln, st in story_of.items() if st == s and ln in label]
        members += size[s]
        labelled += len(ls)
        main += Counter(ls).most_common(1)[0][1] if ls else 0
    return {"purity": main / labelled if labelled else 0.0, "labelled": labelled, "members": members}


def labelled_pairs(story_of: dict[int, str | None], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Pair precision and recall over the labelled members of the cluster worksheets, pairs
    within one worksheet (same label = same story). Unlike `purity` it does not depend on
    which clusters a run makes largest: every labelled member counts in every run."""
    tp = fp = fn = 0
    for g in (g for g in gold if g["kind"] == "cluster"):
        for (a, la, *_), (b, lb, *_) in combinations(g["members"], 2):
            same = story_of.get(a) is not None and story_of.get(a) == story_of.get(b)
            tp += same and la == lb
            fp += same and la != lb
            fn += la == lb and not same
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "pairs_together": tp + fp, "gold_same": tp + fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("out3k", type=Path)
    s.add_argument("work", type=Path)
    s.add_argument("--n", type=int, default=100)
    s.add_argument("--seed", type=int, default=11)
    c = sub.add_parser("compile")
    c.add_argument("work", type=Path)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--append", action="store_true", help="add the pairs to OUT as its next batch")
    m = sub.add_parser("more", help="more pairs of one split for an existing gold file")
    m.add_argument("gold", type=Path)
    m.add_argument("work", type=Path)
    m.add_argument("--run", type=Path, action="append", required=True, help="a 3,000-record run (repeatable)")
    for stratum, n in MORE.items():
        m.add_argument(f"--{stratum.replace('_', '-')}", type=int, default=n)
    m.add_argument("--seed", type=int, default=12)
    m.add_argument("--split", choices=("dev", "test"), default="dev")
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        return cmd_sample(args.out3k, args.work, args.n, args.seed)
    if args.cmd == "more":
        counts = {s: getattr(args, s) for s in MORE}
        return cmd_more(args.gold, args.run, args.work, counts, args.seed, args.split)
    return cmd_compile(args.work, args.out, args.append)


MORE = {"together": 50, "apart_shared": 35, "random": 15, "same_day_entity": 50}


if __name__ == "__main__":
    sys.exit(main())
