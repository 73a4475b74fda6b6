"""The faster paths of entity resolution give what the plain ones gave: the edit distance's
row without a two-letter step, an article's word forms counted once a word, the blocks of
names counted per type."""

from __future__ import annotations

import random
from collections import Counter

from marsad.resolve.catalogue import load
from marsad.resolve.cluster import JOIN_MATCH, SHORT_MATCH, _tokens_close, cluster, compatible
from marsad.resolve.context import ArticleWords
from marsad.resolve.names import proclitics
from marsad.resolve.variants import THRESHOLD, costs, distance, similarity


def _plain_distance(a: str, b: str, limit: float = float("inf")) -> float:
    """The weighted edit distance as `distance` computed it before its fast row."""
    if a == b:
        return 0.0
    c = costs()
    sub, multi = c.sub, c.multi
    drop_b = [c.drop(ch) for ch in b]
    n, m = len(a), len(b)
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
            best = min(prev[j - 1] + (0.0 if ai == bj else swap.get(bj, 1.0)), prev[j] + drop_a,
                       cur[j - 1] + drop_b[j - 1])
            if two_a is not None and bj in two_a:
                best = min(best, prev2[j - 1] + two_a[bj])
            row = two_b[j]
            if row is not None and ai in row:
                best = min(best, prev[j - 2] + row[ai])
            cur[j] = best
        if min(cur) > limit and min(prev) > limit:
            return float("inf")
        prev2, prev = prev, cur
    return prev[m]


def _names(rng: random.Random, count: int) -> list[str]:
    c = costs()
    letters = sorted(set(c.sub) | set(c.indel) - {" "})
    pairs = sorted(c.multi)  # two letters one letter may stand for: the general loop's rows
    out = []
    for _ in range(count):
        parts = [rng.choice(pairs) if rng.random() < 0.2 else rng.choice(letters)
                 for _ in range(rng.randint(1, 9))]
        if rng.random() < 0.3:
            parts.insert(rng.randint(0, len(parts)), " ")
        out.append("".join(parts))
    return out


def test_the_distance_is_the_plain_one_bit_for_bit() -> None:
    rng = random.Random(20)
    names = _names(rng, 300)
    for a, b in zip(names, names[1:], strict=False):
        for limit in (float("inf"), 0.5, 1.5, 3.0):
            assert distance.__wrapped__(a, b, limit) == _plain_distance(a, b, limit), (a, b, limit)


def test_real_spellings_keep_their_distance() -> None:
    pairs = [("شي جينبينغ", "شي جين بينغ"), ("تشرشل", "شرشل"), ("بوتين", "بوتن"),
             ("ماكرون", "مكرون"), ("اردوغان", "أردوجان"), ("ترامب", "ترمب")]
    for a, b in pairs:
        assert distance.__wrapped__(a, b) == _plain_distance(a, b)
        assert distance.__wrapped__(b, a) == _plain_distance(b, a)


def _plain_words(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for w in ArticleWords(text).cleaned.split():
        forms = {w}
        for p, definite in proclitics():
            if w.startswith(p) and len(w) - len(p) >= 3:
                forms.add(("ال" if definite else "") + w[len(p):])
        out.update(forms)
    return out


def test_article_word_forms_are_counted_as_before() -> None:
    text = ("وقال الرئيس إن بالسعودية والسعودية وللسعودية مشاريع. وزار الرئيس الرياض "
            "وبالرياض قال: الرياض والرياض. ولل وبال كالمملكة فالمملكة المملكة.")
    words = ArticleWords(text).words
    assert words == _plain_words(text)
    assert words["السعوديه"] == 3 and words["الرياض"] == 4


def test_blocks_are_per_type() -> None:
    # one spelling pair as persons and as places: each type's pair merges, never across types
    keys = {("PER", "جينبينغ"): 3, ("PER", "جين بينغ"): 1, ("LOC", "جينبينغ"): 2,
            ("LOC", "جين بينغ"): 1}
    found = cluster(keys, load(None))
    assert found[("PER", "جينبينغ")][0] == found[("PER", "جين بينغ")][0]
    assert found[("LOC", "جينبينغ")][0] == found[("LOC", "جين بينغ")][0]
    assert found[("PER", "جينبينغ")][0] != found[("LOC", "جينبينغ")][0]


def _plain_compatible(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    """`compatible` as it was: the whole names first, then word by word."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    short = min(len(a.replace(" ", "")), len(b.replace(" ", ""))) <= 4
    need = max(threshold, SHORT_MATCH if short else 0.0)
    if similarity(a, b, need) < need:
        return False
    if len(ta) == len(tb):
        return all(_tokens_close(x, y) for x, y in zip(ta, tb, strict=True))
    return similarity(a.replace(" ", ""), b.replace(" ", ""), JOIN_MATCH) >= JOIN_MATCH


def test_names_compared_word_by_word_first_match_as_before() -> None:
    rng = random.Random(28)
    forms = sorted({f for e in load(None) for f in e.forms() if not f.isascii() and " " in f})
    letters = sorted(set(costs().sub))
    names = rng.sample(forms, 150)
    # near spellings of each: one letter swapped, dropped or doubled
    for f in list(names):
        i = rng.randrange(len(f))
        if f[i] != " ":
            names += [f[:i] + rng.choice(letters) + f[i + 1:], f[:i] + f[i + 1:], f[:i] + f[i] + f[i:]]
    same_words = 0
    for a in names[::15]:
        for b in names:
            for thr in (THRESHOLD, 0.7):
                assert compatible(a, b, thr) == _plain_compatible(a, b, thr), (a, b, thr)
            same_words += len(a.split()) == len(b.split()) and compatible(a, b)
    assert same_words > 20  # the word-by-word path matched pairs too
