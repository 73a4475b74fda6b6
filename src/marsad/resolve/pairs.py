"""Name pairs for measuring the variant scorer, derived at run time from the names file.

Positive pairs: two different Arabic spellings of one English source word (English
spellings with one folded key, `learn.english_key`: sergei/sergey). Near-miss negative
pairs: Arabic spellings of two different source words that look alike (same first letter,
close length, plain similarity >= 0.6), drawn with a fixed seed. Only held-out source words
(`learn.held_out`) are used unless `split="train"`, so the shipped model never saw them.
"""

from __future__ import annotations

import random
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from marsad.resolve.english import english_key, held_out
from marsad.resolve.learn import read_pairs

Pair = tuple[str, str, bool]


def derive_pairs(path: str | Path, split: str = "test", seed: int = 13,
                 negatives_per_positive: int = 2) -> list[Pair]:
    """(arabic a, arabic b, same source word?) pairs of one split."""
    groups: dict[str, set[str]] = defaultdict(set)
    for en, ar, _ in read_pairs(path):
        if held_out(en) == (split == "test") and len(ar) >= 3:
            groups[english_key(en)].add(ar)
    rng = random.Random(seed)
    pos: list[Pair] = []
    for key in sorted(groups):
        spellings = sorted(groups[key])
        pos.extend((a, b, True) for a, b in combinations(spellings, 2))
    by_start: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    for key in sorted(groups):
        for ar in sorted(groups[key]):
            by_start[(ar[0], len(ar))].append((key, ar))
    neg: list[Pair] = []
    buckets = sorted(by_start)
    want = negatives_per_positive * len(pos)
    tries = 0
    while len(neg) < want and tries < want * 200:
        tries += 1
        first, length = rng.choice(buckets)
        pool = by_start[(first, length)] + by_start.get((first, length + 1), [])
        if len(pool) < 2:
            continue
        (ka, a), (kb, b) = rng.sample(pool, 2)
        if ka != kb and a != b and Levenshtein.normalized_similarity(a, b) >= 0.6:
            neg.append((a, b, False))
    return pos + neg
