"""Pathological input through the per-article stages and the corpus steps: time and memory.

    python3 -m benchmarks.pathological [--runs 3] [--cases name10k,name100k,...] [--no-corpus]

Cases (texts built in memory as `Article`s, no ingest):
  name10k, name100k, name1m   'سلمان ' * N: one name repeated (110 KB, 1.1 MB, 11 MB)
  line0.5mb, line2mb          one sentence repeated on one line to 0.5 and 2 MB
  lines2mb                    the same sentence, one per line, to 2 MB
  tiny10k, tiny100k           10k / 100k one-line articles, all different

Each case runs in fresh processes (`benchmarks.harness.measure`, median of --runs, peak
resident memory of the process, imports included), through the per-article stages
(segment .. events) and, unless --no-corpus, the corpus steps (site_chrome,
resolve_entities, dedup, stories, merge_events): the default chain. Extra figures: seconds
per step of the last run, and the size of each layer. Issue 12 asks for under 2 minutes
and under 2 GB for the 11 MB name and for a million tiny articles (extrapolate from 100k:
the steps are linear in the number of articles).
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from benchmarks.harness import measure, one_core

SENTENCE = ("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن "
            "خلال لقائه نظيره الأمريكي أنتوني بلينكن في الرياض يوم الأحد.")
MB = 1_000_000
CASES: dict[str, tuple[str, int]] = {
    "name10k": ("name", 10_000), "name100k": ("name", 100_000), "name1m": ("name", 1_000_000),
    "line0.5mb": ("line", MB // 2), "line2mb": ("line", 2 * MB), "lines2mb": ("lines", 2 * MB),
    "tiny10k": ("tiny", 10_000), "tiny100k": ("tiny", 100_000),
}
CORPUS_ONLY = ("site_chrome", "resolve_entities", "dedup", "stories", "merge_events")


def _texts(kind: str, n: int) -> list[str]:
    if kind == "name":
        return ["سلمان " * n]
    if kind in ("line", "lines"):
        one = SENTENCE + ("\n" if kind == "lines" else " ")
        return [one * (n // len(one.encode("utf-8")) + 1)]
    return [f"خبر قصير رقم {i} عن الرياض" for i in range(n)]


def run_case(kind: str, n: int, corpus_steps: bool) -> dict[str, Any]:
    """The default chain (or its per-article stages) over one case; seconds per step."""
    one_core()
    from marsad.model import Article, Corpus
    from marsad.pipeline import DEFAULT_STEPS, get_step
    from marsad.steps.base import CorpusStep

    arts = [Article(path=f"case.txt#{i}", text=t) for i, t in enumerate(_texts(kind, n))]
    corpus = Corpus(articles=arts)
    steps = [s for s in DEFAULT_STEPS if corpus_steps or s not in CORPUS_ONLY]
    per_step: dict[str, float] = {}
    rejected = 0
    for name in steps:
        st = get_step(name)
        t0 = time.perf_counter()
        if isinstance(st, CorpusStep):
            st.func(corpus)
        else:
            alive = []
            for art in corpus.articles:
                try:
                    st.func(art)
                    alive.append(art)
                except Exception:  # noqa: BLE001 - counted: the pipeline would reject it
                    rejected += 1
            corpus.articles = alive
        per_step[name] = round(time.perf_counter() - t0, 2)
    layers: dict[str, int] = {}
    for art in corpus.articles:
        for k, v in art.layers.items():
            layers[k] = layers.get(k, 0) + len(v)
    flags = sorted({f for a in corpus.articles for f in a.flags})
    return {"steps": per_step, "layers": layers, "rejected": rejected, "flags": flags}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--no-corpus", action="store_true", help="per-article stages only")
    args = ap.parse_args()
    for name in args.cases.split(","):
        kind, n = CASES[name]
        m = measure(name, run_case, (kind, n, not args.no_corpus), runs=args.runs)
        print(m.line(), flush=True)
        print(f"    steps (s): {m.extra.get('steps')}", flush=True)
        print(f"    layers: {m.extra.get('layers')}  rejected: {m.extra.get('rejected')}"
              f"  flags: {m.extra.get('flags')}", flush=True)


if __name__ == "__main__":
    main()
