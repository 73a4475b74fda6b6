"""The variant scorer: are two Arabic spellings one foreign name?

A weighted edit distance over normalised names. Its costs come from
`variant_model.json` (learned by `marsad.resolve.learn` from Wikidata English->Arabic
name pairs: letters that render the same English sound are cheap to swap, letters English
vowels often turn into are cheap to drop) and `lang/ar/resolve_equivalences.tsv` (spellings
the learned costs miss, such as تش/ش). A space costs little, so joined and split words
(شي جينبينغ / شي جين بينغ) stay close. `similarity` is 1 - cost / length, in [0, 1].

`skeleton` maps a name to a blocking key: letters of one sound class folded to one letter,
cheap-to-drop letters and spaces removed. Names that may be variants share a skeleton, or
differ by one deleted letter of it (`block_keys`), so candidates are found without comparing
every pair. A name has at most MAX_DELETION_KEY_LETTERS + 1 keys: longer skeletons get no
one-letter-deleted keys (their number and length would grow with the square of the name).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from marsad.lang import load_table
from marsad.lang.normalize import normalize

SPACE_COST = 0.25
DROPPED = "-"  # in resolve_equivalences.tsv: the letter may be left out
# Swaps and drops cheaper than these put letters in one blocking class / out of the skeleton.
CLASS_COST = 0.6
DROP_COST = 0.8
# The operating threshold: names at least this similar are taken as one (see benchmarks/resolve.py).
THRESHOLD = 0.8
# Skeletons longer than this get only themselves as a blocking key (no one-letter deletions):
# the keys of a name then take at most about this many squared characters.
MAX_DELETION_KEY_LETTERS = 60


@dataclass(frozen=True)
class Costs:
    sub: dict[str, dict[str, float]]
    indel: dict[str, float]
    multi: dict[str, dict[str, float]]  # two letters <-> one letter

    def drop(self, a: str) -> float:
        if a == " ":
            return SPACE_COST
        return self.indel.get(a, 1.0)


def _sym_min(table: dict[str, dict[str, float]], a: str, b: str, cost: float) -> None:
    for x, y in ((a, b), (b, a)):
        row = table.setdefault(x, {})
        row[y] = min(row.get(y, 1.0), cost)


@cache
def costs() -> Costs:
    text = resources.files("marsad.resolve").joinpath("variant_model.json").read_text(encoding="utf-8")
    model = json.loads(text)
    sub: dict[str, dict[str, float]] = {}
    for a, row in model.get("sub", {}).items():
        for b, c in row.items():
            _sym_min(sub, a, b, float(c))
    multi: dict[str, dict[str, float]] = {a: dict(row) for a, row in model.get("multi", {}).items()}
    indel = {a: float(c) for a, c in model.get("indel", {}).items()}
    for row in load_table("resolve_equivalences"):
        a, b, c = normalize(row["a"]), normalize(row["b"]), float(row["cost"])
        if b == DROPPED:
            indel[a] = min(indel.get(a, 1.0), c)
        elif len(a) == 1 and len(b) == 1:
            _sym_min(sub, a, b, c)
        elif len(a) == 2 and len(b) == 1:
            multi.setdefault(a, {})[b] = min(multi.get(a, {}).get(b, 1.0), c)
        elif len(b) == 2 and len(a) == 1:
            multi.setdefault(b, {})[a] = min(multi.get(b, {}).get(a, 1.0), c)
    return Costs(sub, indel, multi)


@lru_cache(maxsize=200_000)
def distance(a: str, b: str, limit: float = float("inf")) -> float:
    """Weighted edit distance between two normalised names; once every path costs more
    than `limit`, infinity is returned at once."""
    if a == b:
        return 0.0
    c = costs()
    sub, multi = c.sub, c.multi
    drop_b = [c.drop(ch) for ch in b]
    n, m = len(a), len(b)
    # the two letters of b ending at each j that one letter may stand for (looked up once, not per row)
    two_b = [None, None, *(multi.get(b[j - 2 : j]) for j in range(2, m + 1))]
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + drop_b[j - 1]
    for i in range(1, n + 1):
        ai = a[i - 1]
        drop_a = c.drop(ai)
        swap = sub.get(ai, {})
        two_a = multi.get(a[i - 2 : i]) if i >= 2 else None
        cur = [prev[0] + drop_a] + [0.0] * m
        for j in range(1, m + 1):
            bj = b[j - 1]
            best = prev[j - 1] + (0.0 if ai == bj else swap.get(bj, 1.0))
            x = prev[j] + drop_a
            if x < best:
                best = x
            x = cur[j - 1] + drop_b[j - 1]
            if x < best:
                best = x
            if two_a is not None and bj in two_a:
                x = prev2[j - 1] + two_a[bj]
                if x < best:
                    best = x
            row = two_b[j]
            if row is not None and ai in row:
                x = prev[j - 2] + row[ai]
                if x < best:
                    best = x
            cur[j] = best
        if min(cur) > limit and min(prev) > limit:  # a two-letter step may skip one row
            return float("inf")
        prev2, prev = prev, cur
    return prev[m]


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """1 - distance / length of the longer name (spaces not counted), in [0, 1]. With a
    `floor`, a name pair below it stops early and gets some value below the floor."""
    if a == b:
        return 1.0
    length = max(len(a.replace(" ", "")), len(b.replace(" ", "")), 1)
    limit = (1.0 - floor) * length if floor > 0 else float("inf")
    return max(0.0, 1.0 - distance(a, b, limit) / length)


@cache
def _classes() -> tuple[dict[str, str], frozenset[str]]:
    c = costs()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, row in c.sub.items():
        for b, cost in row.items():
            if cost <= CLASS_COST:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    letters = set(c.sub) | {b for row in c.sub.values() for b in row}
    fold = {x: find(x) for x in letters if find(x) != x}
    droppable = frozenset(a for a, cost in c.indel.items() if cost <= DROP_COST) | {" "}
    return fold, droppable


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """The blocking key of a normalised name."""
    fold, droppable = _classes()
    multi = costs().multi
    out: list[str] = []
    i = 0
    while i < len(name):
        pair = name[i : i + 2]
        if len(pair) == 2 and pair in multi:
            cheap = sorted((c, b) for b, c in multi[pair].items() if c <= CLASS_COST)
            if cheap:
                one = cheap[0][1]
                out.append("" if one in droppable else fold.get(one, one))
                i += 2
                continue
        ch = name[i]
        if ch not in droppable:
            out.append(fold.get(ch, ch))
        i += 1
    return "".join(out) or name.replace(" ", "")


def block_keys(name: str) -> set[str]:
    """The skeleton and, for names of 4 to MAX_DELETION_KEY_LETTERS skeleton letters, the
    skeleton with each one letter deleted."""
    sk = skeleton(name)
    keys = {sk}
    if 4 <= len(sk) <= MAX_DELETION_KEY_LETTERS:
        keys.update(sk[:i] + sk[i + 1 :] for i in range(len(sk)))
    return keys
