"""Writing time against the number of articles: it must grow linearly.

    python3 -m benchmarks.write_scale [--sizes 10000,40000,100000] [--runs 3]

Times `marsad run`'s writing step (`app.write_outputs`: the JSON Lines files,
timeline.html and the database in one transaction) on N tiny articles built in memory,
each with a few spans of every layer, into a fresh output folder ("fresh"), and again
into the folder that already holds them ("rerun", the update-in-place path that
replaces old versions by path). Each figure is the median of `--runs` fresh processes
(`benchmarks/harness.py`); the articles are built before the clock starts and handed to
the measuring process (a rerun's first write is made beforehand, untimed). Prints seconds,
µs per article and the growth ratio against the previous size: linear growth gives a
time ratio close to the size ratio.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import measure
from marsad.app import write_outputs  # imported before the clock starts
from marsad.model import (
    Article,
    Corpus,
    Entity,
    EventAttrs,
    MentionAttrs,
    MergedEvent,
    Outcome,
    Published,
    QuoteAttrs,
    SegmentAttrs,
    Span,
    TimexAttrs,
)

TITLE = "لقاء وزير الخارجية"
BODY = "التقى وزير الخارجية فيصل بن فرحان نظيره في الرياض يوم الأحد 5 مارس 2023 وقال «العلاقات متينة»."


def tiny_corpus(n: int, edit: str = "") -> tuple[Corpus, list[Outcome]]:
    """`n` distinct tiny articles (one title, one body line) with a segment, mention,
    timex, quote and event each; a few entities, events and stories. `edit` is added to
    every text (the same paths with new content, so new ids)."""
    arts: list[Article] = []
    outcomes: list[Outcome] = []
    name_at = BODY.index("فيصل")
    date_at = BODY.index("5 مارس")
    quote_at = BODY.index("«")
    for i in range(n):
        text = f"{TITLE} {i}\n{BODY}{edit}"
        off = len(TITLE) + len(str(i)) + 2
        a = Article(path=f"corpus/{i // 1000}/{i}.txt", text=text, title=f"{TITLE} {i}",
                    url=f"https://example.org/{i}", source="example")
        a.set_layer("segments", [Span(0, off - 1, "title", SegmentAttrs()),
                                 Span(off, len(text), "body", SegmentAttrs(lang="ar"))])
        who = f"e{i % 50}"
        a.set_layer("mentions", [Span(off + name_at, off + name_at + 14, "PER", MentionAttrs(entity=who))])
        day = TimexAttrs(value="2023-03-05")
        a.set_layer("timexes", [Span(off + date_at, off + date_at + 11, "DATE", day)])
        a.set_layer("quotes", [Span(off + quote_at, len(text) - 1, "direct", QuoteAttrs(speaker=who))])
        ev = EventAttrs(id=f"v{i % 200}", participants=[who])
        a.set_layer("events", [Span(off, off + 5, "MEET", ev)])
        a.published = Published(date="2023-03-05", source="meta")
        a.story = f"s{i % 500}"
        arts.append(a)
        outcomes.append(Outcome(a.path, "ok", "ingest", "", a.id))
    corpus = Corpus(articles=arts)
    corpus.entities = {f"e{k}": Entity(f"e{k}", "PER", f"فيصل {k}", {f"فيصل {k}": 1}) for k in range(50)}
    corpus.events = {f"v{k}": MergedEvent(f"v{k}", "MEET", participants=[f"e{k % 50}"], date="2023-03-05",
                                          articles=[a.id for a in arts[k:k + 3]])
                     for k in range(min(n, 200))}
    corpus.stories = {f"s{k}": [a.id for a in arts[k::500]] for k in range(min(n, 500))}
    return corpus, outcomes


def write_fresh(corpus: Corpus, outcomes: list[Outcome]) -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(prefix="marsad-write-"))
    try:
        write_outputs(out, corpus, outcomes)
        return {"db_mb": round((out / "marsad.db").stat().st_size / 2**20, 1)}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def write_into(out: str, corpus: Corpus, outcomes: list[Outcome]) -> dict[str, Any]:
    write_outputs(Path(out), corpus, outcomes)
    return {}


def rerun_seconds(n: int, runs: int) -> tuple[list[float], float]:
    """Each run: write N articles into a new folder (untimed, in this process), then time,
    in a fresh process, writing them again with changed text (new ids under the same
    paths; the paths name no real file, so they have no origin and the old versions stay:
    the second write's exports hold 2N articles, as two runs from standard input would)."""
    first, outcomes = tiny_corpus(n)
    changed, changed_outcomes = tiny_corpus(n, edit=" (updated)")
    secs: list[float] = []
    peak = 0.0
    for _ in range(runs):
        out = Path(tempfile.mkdtemp(prefix="marsad-write-"))
        try:
            write_outputs(out, first, outcomes)
            m = measure(f"rerun {n:,}", write_into, (str(out), changed, changed_outcomes), runs=1)
            secs += m.seconds
            peak = max(peak, m.peak_mb)
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return secs, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,40000,100000", help="Article counts, comma-separated.")
    ap.add_argument("--runs", type=int, default=3, help="Fresh processes per figure (median reported).")
    ap.add_argument("--no-rerun", action="store_true", help="Only the write into a fresh folder.")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    modes = ["fresh"] + ([] if args.no_rerun else ["rerun"])
    for mode in modes:
        prev: tuple[int, float] | None = None
        print(f"{mode}: writing N tiny articles (median of {args.runs} fresh processes)", flush=True)
        for n in sizes:
            if mode == "fresh":
                corpus, outcomes = tiny_corpus(n)
                m = measure(f"fresh {n:,}", write_fresh, (corpus, outcomes), runs=args.runs)
                runs, peak = m.seconds, m.peak_mb
            else:
                runs, peak = rerun_seconds(n, args.runs)
            secs = statistics.median(runs)
            growth = f"  x{secs / prev[1]:.2f} time for x{n / prev[0]:.2f} articles" if prev else ""
            print(f"  {n:>8,} articles  {secs:8.2f} s  {secs / n * 1e6:7.1f} µs/article{growth}"
                  f"  (runs: {', '.join(f'{s:.2f}' for s in runs)}; peak {peak:,.0f} MB)", flush=True)
            prev = (n, secs)


if __name__ == "__main__":
    main()
