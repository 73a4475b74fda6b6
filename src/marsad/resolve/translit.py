"""Latin-script names against Arabic ones, through the learned transliteration model.

`transliterate` turns a Latin name into its most likely Arabic spelling, word by word: the
cheapest split of each word into English letters and letter pairs, each written as its most
probable Arabic rendering (`variant_model.json`, `cond`). The Arabic variant scorer then
compares that spelling with Arabic names, so `Sergey Shoigu` meets `سيرغي شويغو` as any
two Arabic spellings do. `latin_key` folds English spellings of one name (sergei/sergey).
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from importlib import resources

from marsad.resolve.english import DIGRAPHS, english_key


@cache
def _best() -> dict[str, tuple[str, float]]:
    text = resources.files("marsad.resolve").joinpath("variant_model.json").read_text(encoding="utf-8")
    cond: dict[str, dict[str, float]] = json.loads(text).get("cond", {})
    best: dict[str, tuple[str, float]] = {}
    for e, row in cond.items():
        if not e or not row:
            continue
        a, p = max(row.items(), key=lambda kv: (kv[1], kv[0]))
        best[e] = (a, -math.log(p))
    return best


@lru_cache(maxsize=50_000)
def transliterate_word(word: str) -> str:
    """The most likely Arabic spelling of one Latin word (letters it cannot read are kept)."""
    w = word.lower()
    best = _best()
    n = len(w)
    cost = [0.0] + [math.inf] * n
    back: list[tuple[int, str]] = [(0, "")] * (n + 1)
    for i in range(n):
        if cost[i] == math.inf:
            continue
        for k in (1, 2):
            seg = w[i : i + k]
            if len(seg) < k or (k == 2 and seg not in DIGRAPHS):
                continue
            a, c = best.get(seg, ("", 8.0) if seg.isalpha() else (seg, 8.0))
            if cost[i] + c < cost[i + k]:
                cost[i + k] = cost[i] + c
                back[i + k] = (i, a)
    out: list[str] = []
    j = n
    while j > 0:
        i, a = back[j]
        out.append(a)
        j = i
    arabic = "".join(reversed(out))
    # a word-initial vowel is written with alef in Arabic
    if w[:1] in "aeiou" and not arabic.startswith("ا"):
        arabic = "ا" + arabic
    return arabic


def transliterate(name: str) -> str:
    """The most likely Arabic spelling of a Latin name, word by word."""
    return " ".join(transliterate_word(t) for t in name.split() if t)


def latin_key(name: str) -> str:
    """English spellings of one name share this key (Sergey Shoigu / Sergei Shoigu)."""
    return " ".join(english_key(t) for t in name.lower().split() if t)
