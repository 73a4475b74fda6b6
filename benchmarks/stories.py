"""Near-duplicates + story clustering over SaudiNewsNet: quality, time, memory, growth.

    nice python3 -m benchmarks.stories [--runs 3] [--sizes 3000,10000,31030] [--no-quality]

Quality: the wire-copy groups (articles from DIFFERENT outlets whose content opens with
the same 25 words, computed here at run time, never stored) give the positive pairs;
20 random pairs per positive, with different openings, give the negatives. Reports
duplicate-detection precision and recall over those pairs, and how many positive pairs
also share a story. Speed: dedup + clustering of the first N articles (raw `content`
with the title: the segment stage is not run, so only these two steps are timed), one
core, a fresh process per run; median seconds, peak resident MB (includes reading the
JSON; speed runs come first so the quality pass cannot inflate it), CPU seconds (the
figure to read when the machine is shared), and the growth against the smallest size
(linear growth: time ratio = size ratio).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import time
from typing import Any

from benchmarks.harness import measure, one_core, shared_path

SEED = 7
NEGATIVES_PER_POSITIVE = 20


def _rows(n: int | None = None) -> list[dict[str, Any]]:
    path = shared_path("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in itertools.islice(f, n)]


def _corpus(rows: list[dict[str, Any]]) -> Any:
    from marsad.model import Article, Corpus, Published

    arts = []
    for i, r in enumerate(rows):
        a = Article(path=f"saudinewsnet.jsonl.gz#{i + 1}", text=r.get("content") or "",
                    title=r.get("title"), url=r.get("url"), source=r.get("source"))
        a.published = Published(date=(r.get("date_extracted") or "")[:10] or None, source="meta")
        arts.append(a)
    return Corpus(articles=arts)


def dedup_and_cluster(n: int) -> dict[str, Any]:
    """Dedup + stories over the first `n` articles (timed part: the two steps)."""
    one_core()
    from marsad.steps.dedup import dedup
    from marsad.steps.stories import stories

    corpus = _corpus(_rows(n))
    t0, c0 = time.perf_counter(), time.process_time()
    dedup.func(corpus)
    t1 = time.perf_counter()
    stories.func(corpus)
    t2, c2 = time.perf_counter(), time.process_time()
    groups = {a.duplicate_group for a in corpus.articles}
    return {"articles": len(corpus.articles), "dedup_s": round(t1 - t0, 2), "stories_s": round(t2 - t1, 2),
            "cpu_s": round(c2 - c0, 2), "dup_groups": len(groups), "stories": len(corpus.stories)}


def wire_pairs(rows: list[dict[str, Any]]) -> tuple[set[tuple[int, int]], set[tuple[int, int]], int]:
    """(positive pairs, negative pairs, number of wire groups)."""
    opening: dict[str, list[int]] = {}
    heads = []
    for i, r in enumerate(rows):
        words = (r.get("content") or "").split()
        heads.append(" ".join(words[:25]) if len(words) >= 25 else None)
        if heads[-1]:
            opening.setdefault(heads[-1], []).append(i)
    pos: set[tuple[int, int]] = set()
    n_groups = 0
    for members in opening.values():
        if len({rows[i]["source"] for i in members}) < 2:
            continue
        n_groups += 1
        pos |= {(a, b) for a, b in itertools.combinations(members, 2)
                if rows[a]["source"] != rows[b]["source"]}
    rnd = random.Random(SEED)
    neg: set[tuple[int, int]] = set()
    while len(neg) < NEGATIVES_PER_POSITIVE * len(pos):
        a, b = sorted(rnd.sample(range(len(rows)), 2))
        if heads[a] is None or heads[a] != heads[b]:
            neg.add((a, b))
    return pos, neg, n_groups


def quality() -> dict[str, Any]:
    from marsad.steps.dedup import dedup
    from marsad.steps.stories import stories

    rows = _rows()
    corpus = _corpus(rows)
    dedup.func(corpus)
    stories.func(corpus)
    arts = corpus.articles
    pos, neg, n_groups = wire_pairs(rows)
    tp = sum(arts[a].duplicate_group == arts[b].duplicate_group for a, b in pos)
    fp = sum(arts[a].duplicate_group == arts[b].duplicate_group for a, b in neg)
    same_story = sum(arts[a].story == arts[b].story for a, b in pos)
    return {"wire_groups": n_groups, "positive_pairs": len(pos), "negative_pairs": len(neg),
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / len(pos),
            "false_positives": fp, "wire_pairs_same_story": same_story / len(pos)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="3000,10000,31030")
    ap.add_argument("--no-quality", action="store_true")
    args = ap.parse_args()
    base: tuple[int, float] | None = None
    for n in (int(s) for s in args.sizes.split(",")):
        m = measure(f"dedup+stories {n}", dedup_and_cluster, (n,), runs=args.runs)
        growth = ""
        if base:
            growth = f"  growth x{m.median / base[1]:.2f} for size x{n / base[0]:.2f}"
        else:
            base = (n, m.median)
        print(m.line(n, "articles") + growth + f"  {m.extra}", flush=True)
    if not args.no_quality:
        q = quality()
        print(f"duplicates (SaudiNewsNet wire copy, {q['wire_groups']} groups, {q['positive_pairs']} "
              f"positive / {q['negative_pairs']} negative pairs): precision {q['precision']:.4f} "
              f"recall {q['recall']:.4f} ({q['false_positives']} false positives); "
              f"wire pairs in one story {q['wire_pairs_same_story']:.4f}")

if __name__ == "__main__":
    main()
