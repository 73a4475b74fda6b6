"""Entity resolution benchmarks.

    python -m benchmarks.resolve pairs               # held-out name pairs: P/R of the scorers
    python -m benchmarks.resolve speed [--runs 3] [--sizes 3000,10000,31030] [--mentions auto|ner|proxy]

`pairs` derives, at run time and with a fixed seed, pairs of Arabic spellings from
../shared/data/names (positives: two spellings of one English source word; near misses:
look-alike spellings of different words), from the source words held out of the shipped
model's training (`marsad.resolve.learn.held_out`), and prints precision and recall of the
learned variant scorer at its operating threshold, beside plain normalised Levenshtein at
the same threshold; then the Latin->Arabic transliteration scorer on held-out words.

`speed` resolves the entities of the first N SaudiNewsNet articles, each size in fresh
processes (median of --runs, peak memory), with mentions from the NER stage when it works
(`--mentions ner`; the NER stage itself is timed as the peer) or from a cheap proxy
(`--mentions proxy`: the words after a title, names of the catalogue, and one- to three-word
n-grams drawn at a fixed rate, about as many mentions as a tagger finds, and more distinct
names, so the proxy is the harder case).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from typing import Any

from benchmarks.harness import measure, one_core, shared_path

SNN = ("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
NAMES = ("names", "wikidata_en_ar_tokens.tsv")


def _pr(scores: list[tuple[float, bool]], thr: float) -> tuple[float, float]:
    tp = sum(1 for s, y in scores if y and s >= thr)
    fp = sum(1 for s, y in scores if not y and s >= thr)
    fn = sum(1 for s, y in scores if y and s < thr)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def pairs_report() -> None:
    from rapidfuzz.distance import Levenshtein

    from marsad.resolve.cluster import LATIN_MATCH, compatible
    from marsad.resolve.english import held_out
    from marsad.resolve.learn import read_pairs
    from marsad.resolve.pairs import derive_pairs
    from marsad.resolve.translit import transliterate_word
    from marsad.resolve.variants import THRESHOLD, similarity

    path = shared_path("data", *NAMES)
    pairs = derive_pairs(path)
    npos = sum(y for _, _, y in pairs)
    print(f"held-out pairs: {npos} same-word, {len(pairs) - npos} near-miss (seed 13)")
    plain = Levenshtein.normalized_similarity
    scorers = (("learned variant scorer", similarity), ("plain Levenshtein", plain))
    for name, fn in scorers:
        scores = [(fn(a, b), y) for a, b, y in pairs]
        p, r = _pr(scores, THRESHOLD)
        print(f"  {name:24s} at {THRESHOLD:.2f}: precision {p:.3f} recall {r:.3f}")
    # the merge decision resolution takes (stricter for short words and fixed-spelling names)
    p, r = _pr([(float(compatible(a, b)), y) for a, b, y in pairs], 1.0)
    print(f"  {'merge decision':24s} (compatible): precision {p:.3f} recall {r:.3f}")
    # Latin -> Arabic: a held-out English word against its own Arabic spelling (positive) and
    # against the spelling of a look-alike different word (negative).
    rows = [(en, ar) for en, ar, _ in read_pairs(path) if held_out(en) and len(en) >= 4]
    rng = random.Random(13)
    by_start: dict[str, list[str]] = {}
    for _, ar in rows:
        by_start.setdefault(ar[:2], []).append(ar)
    scores = []
    for en, ar in rng.sample(rows, min(3000, len(rows))):
        guess = transliterate_word(en)
        scores.append((similarity(guess, ar), True))
        others = [o for o in by_start.get(ar[:2], []) if o != ar]
        if others:
            scores.append((similarity(guess, rng.choice(others)), False))
    p, r = _pr(scores, LATIN_MATCH)
    print(f"  Latin->Arabic scorer    at {LATIN_MATCH:.2f}: precision {p:.3f} recall {r:.3f} "
          f"({sum(y for _, y in scores)} words, {sum(not y for _, y in scores)} look-alikes)")


def _articles(n: int) -> list[Any]:
    from marsad.model import Article

    out = []
    with gzip.open(shared_path(*SNN), "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            r = json.loads(line)
            text = f"{r.get('title') or ''}\n{r.get('content') or ''}"
            out.append(Article(path=f"saudinewsnet#{i}", text=text, url=r.get("url")))
    return out


def _proxy_mentions(arts: list[Any]) -> None:
    import regex

    from marsad.lang import load_table
    from marsad.lang.normalize import normalize
    from marsad.model import MentionAttrs, Span
    from marsad.resolve.catalogue import shipped

    titles = {normalize(r["form"]) for r in load_table("resolve_titles")}
    known = {}
    for e in shipped():
        for n in e.names:
            known[normalize(n)] = e.type
    rng = random.Random(7)
    word = regex.compile(r"\p{Arabic}+")
    for art in arts:
        toks = [(m.start(), m.end(), normalize(m.group())) for m in word.finditer(art.text)]
        spans = []
        i = 0
        while i < len(toks):
            s, e, w = toks[i]
            if w in titles and i + 2 < len(toks):
                spans.append(Span(toks[i + 1][0], toks[i + 2][1], "PER", MentionAttrs()))
                i += 3
            elif w in known:
                spans.append(Span(s, e, known[w], MentionAttrs()))
                i += 1
            elif rng.random() < 0.04:
                k = min(rng.choice((1, 1, 2, 2, 3)), len(toks) - i)
                spans.append(Span(s, toks[i + k - 1][1], rng.choice(("PER", "ORG", "LOC")), MentionAttrs()))
                i += k
            else:
                i += 1
        art.set_layer("mentions", spans)


def _ner_mentions(arts: list[Any]) -> float:
    from marsad.pipeline import Pipeline

    t0 = time.perf_counter()
    Pipeline.build(["segment", "language", "ner"]).run(arts)
    return time.perf_counter() - t0


def resolve_n(n: int, mentions: str) -> dict[str, Any]:
    """Resolve the entities of the first n articles; returns the figures."""
    from marsad.resolve import resolve_mentions
    from marsad.resolve.catalogue import load

    arts = _articles(n)
    extra: dict[str, Any] = {"mentions_from": mentions}
    if mentions == "ner":
        t0 = time.perf_counter()
        ner_secs = _ner_mentions(arts)
        extra["ner_s"] = round(ner_secs, 2)
        extra["prep_s"] = round(time.perf_counter() - t0, 2)
    else:
        _proxy_mentions(arts)
    t0 = time.perf_counter()
    ents = resolve_mentions(arts, load())
    extra["resolve_s"] = round(time.perf_counter() - t0, 3)
    extra["mentions"] = sum(len(a.layer("mentions")) for a in arts)
    extra["entities"] = len(ents)
    return extra


def _ner_works() -> bool:
    try:
        resolve_n(3, "ner")
    except Exception as e:  # noqa: BLE001 - report and fall back
        print(f"NER stage unavailable ({type(e).__name__}: {e}); using proxy mentions")
        return False
    return True


def speed(sizes: list[int], runs: int, mentions: str) -> None:
    one_core()
    shared_path(*SNN)  # fail here, not in a child process
    if mentions == "auto":
        mentions = "ner" if _ner_works() else "proxy"
    for n in sizes:
        m = measure(f"resolve {n} ({mentions})", resolve_n, (n, mentions), runs)
        x = m.extra
        peer = f"  NER stage {x['ner_s']:.1f} s" if "ner_s" in x else ""
        print(f"{n:6d} articles: {x['mentions']:,} mentions -> {x['entities']:,} entities; "
              f"resolve {x['resolve_s']:.2f} s (last run){peer}; whole process median {m.median:.1f} s, "
              f"peak {m.peak_mb:,.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description="entity resolution benchmarks")
    ap.add_argument("what", choices=("pairs", "speed"))
    ap.add_argument("--sizes", default="3000,10000,31030")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mentions", choices=("auto", "ner", "proxy"), default="auto")
    args = ap.parse_args()
    if args.what == "pairs":
        pairs_report()
    else:
        speed([int(s) for s in args.sizes.split(",")], args.runs, args.mentions)


if __name__ == "__main__":
    main()
