"""Learn the variant model from English->Arabic name pairs (Wikidata, ../shared/data/names).

A joint-segment transliteration model is trained by hard EM: each English word is aligned
to its Arabic spelling with English segments of one or two letters and Arabic segments of
zero to two letters. From the counts come

* `cond`: P(arabic segment | english segment), used to score Latin-script names;
* `sub`/`indel`/`multi`: Arabic-Arabic edit costs. Two Arabic letters are cheap to swap when
  they render the same English sounds (histogram intersection of P(english | arabic)); a
  letter is cheap to drop when English sounds render as it or as nothing.

Rebuild the shipped model (train split only, so the held-out pair test stays held out):

    python -m marsad.resolve.learn ../shared/data/names/wikidata_en_ar_tokens.tsv
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from pathlib import Path

from marsad.lang.normalize import normalize
from marsad.resolve.english import DIGRAPHS, held_out

MODEL_PATH = Path(__file__).with_name("variant_model.json")
EMPTY = ""
# (english segment length, arabic segment length) moves of the alignment.
MOVES = ((1, 1), (1, 0), (1, 2), (2, 1), (2, 0), (2, 2), (0, 1))
INSERT_PENALTY = 2.0


def read_pairs(path: str | Path) -> list[tuple[str, str, int]]:
    """(english, normalised arabic, count) for every usable line of the names file."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            en, ar, n = parts
            en = en.lower()
            ar = normalize(ar.replace(" ", ""))
            if en.isascii() and en.isalpha() and ar and len(en) <= 20 and len(ar) <= 20:
                rows.append((en, ar, int(n) if n.isdigit() else 1))
    return rows


Table = dict[str, dict[str, float]]


def _init_costs(pairs: list[tuple[str, str, int]]) -> Table:
    """Position-weighted co-occurrence of English letters and Arabic letters."""
    co: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for en, ar, _ in pairs:
        grams = [(i, en[i : i + k]) for k in (1, 2) for i in range(len(en) - k + 1)
                 if k == 1 or en[i : i + k] in DIGRAPHS]
        for i, e in grams:
            pe = (i + len(e) / 2) / len(en)
            for j, a in enumerate(ar):
                w = max(0.0, 1.0 - 3 * abs(pe - (j + 0.5) / len(ar)))
                co[e][a] += w
            co[e][EMPTY] += 0.3
    return _to_costs(co)


def _to_costs(counts: dict[str, dict[str, float]]) -> Table:
    costs: Table = {}
    for e, c in counts.items():
        tot = sum(c.values())
        costs[e] = {a: -math.log(n / tot) for a, n in c.items() if n / tot >= 0.002}
    return costs


def align(en: str, ar: str, costs: Table, floor: float = 9.0) -> tuple[float, list[tuple[str, str]]]:
    """The cheapest joint segmentation of (en, ar) and its cost."""
    n, m = len(en), len(ar)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            for di, dj in MOVES:
                ii, jj = i + di, j + dj
                if ii > n or jj > m:
                    continue
                e, a = en[i:ii], ar[j:jj]
                if di == 0:
                    c = INSERT_PENALTY + costs.get(EMPTY, {}).get(a, floor)
                else:
                    table = costs.get(e)
                    if di == 2 and e not in DIGRAPHS:
                        continue
                    if table is None:
                        if di == 2:
                            continue
                        c = floor
                    else:
                        c = table.get(a, floor + (di + dj))
                    c += 0.5 * (dj == 2)
                if here + c < best[ii][jj]:
                    best[ii][jj] = here + c
                    back[ii][jj] = (i, j)
    segs: list[tuple[str, str]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        prev = back[i][j]
        if prev is None:
            break
        pi, pj = prev
        segs.append((en[pi:i], ar[pj:j]))
        i, j = pi, pj
    return best[n][m], segs[::-1]


def train(pairs: list[tuple[str, str, int]], rounds: int = 3) -> dict[str, dict[str, float]]:
    costs = _init_costs(pairs)
    counts: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        counts = defaultdict(lambda: defaultdict(float))
        for en, ar, _n in pairs:
            _, segs = align(en, ar, costs)
            for e, a in segs:
                counts[e][a] += 1
        for c in counts.values():  # smoothing so unseen pairs stay possible
            for a in list(c):
                c[a] += 0.1
        costs = _to_costs(counts)
    return counts


def arabic_costs(counts: dict[str, dict[str, float]]) -> dict[str, object]:
    """Edit costs between Arabic segments from how they render English segments."""
    by_ar: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for e, c in counts.items():
        if e == EMPTY:
            continue
        for a, n in c.items():
            by_ar[a][e] += n
    prof = {a: {e: n / sum(c.values()) for e, n in c.items()} for a, c in by_ar.items()
            if sum(c.values()) >= 20}

    def conf(a: str, b: str) -> float:
        pa, pb = prof[a], prof[b]
        return sum(min(p, pb.get(e, 0.0)) for e, p in pa.items())

    singles = [a for a in prof if len(a) == 1]
    sub: dict[str, dict[str, float]] = {}
    for a in singles:
        row = {b: round(1.0 - conf(a, b), 3) for b in singles if b != a}
        sub[a] = {b: c for b, c in row.items() if c < 0.95}
    indel = {a: round(1.0 - conf(a, EMPTY), 3) for a in singles if EMPTY in prof}
    multi: dict[str, dict[str, float]] = {}
    for a in prof:
        if len(a) != 2:
            continue
        row = {b: round(1.0 - conf(a, b), 3) for b in singles}
        row = {b: c for b, c in row.items() if c < 0.8}
        if row:
            multi[a] = row
    return {"sub": sub, "indel": indel, "multi": multi}


def build(path: str | Path, rounds: int = 3) -> dict[str, object]:
    pairs = [p for p in read_pairs(path) if not held_out(p[0])]
    counts = train(pairs, rounds)
    cond = {e: {a: round(n / sum(c.values()), 4) for a, n in c.items() if n / sum(c.values()) >= 0.01}
            for e, c in counts.items() if sum(c.values()) >= 5}
    return {"about": "learned by marsad.resolve.learn from Wikidata en-ar name pairs (train split)",
            "pairs": len(pairs), "cond": cond, **arabic_costs(counts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", help="wikidata_en_ar_tokens.tsv")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    model = build(args.names, args.rounds)
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                              encoding="utf-8")
    print(f"wrote {args.out} from {model['pairs']} pairs")


if __name__ == "__main__":
    main()
