"""Events and quotations on SaudiNewsNet: precision and recall against my reading.

Gold: `tests/data/events_gold_saudinewsnet.jsonl`, references into
../shared/data/saudinewsnet/saudinewsnet.jsonl.gz (0-based line, offsets into `content`,
event type and participant name surfaces, quotation span and speaker surfaces; the text is
read from ../shared at run time and checked against a hash). Each annotated article was read
in full, so every event with named participants and every quotation in it is in the gold.

    nice python3 benchmarks/events.py [--runs 3]

Runs the default pipeline (segment ... merge_events) over the annotated articles and reports,
for the dev articles (looked at while building the extractor), the held-out ones (annotated
afterwards, never tuned on) and all,
- events (type + participants): a prediction is right when it overlaps a gold event sentence
  of its type and its participants include every gold participant (a participant id matches
  a surface when one of the article's mentions of that entity contains it, or is contained);
- quotes (span + speaker): span recall/precision by overlap, attribution over gold quotes
  (a null gold speaker wants a null prediction);
and the speed of the quotes + events stages alone (articles per second, median of fresh runs).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "tests" / "data" / "events_gold_saudinewsnet.jsonl"
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def _hash(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:10]


def load() -> tuple[list[dict[str, Any]], dict[int, dict[str, Any]]]:
    """The gold rows and the referenced records (checked against their hashes)."""
    rows = [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines = {r["line"] for r in rows if r["kind"] == "article"}
    recs: dict[int, dict[str, Any]] = {}
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for i, ln in enumerate(f):
            if i in lines:
                recs[i] = json.loads(ln)
            if i >= max(lines):
                break
    for r in rows:
        if r["kind"] == "article" and _hash(recs[r["line"]]["content"]) != r["hash"]:
            sys.exit(f"line {r['line']}: the record differs from the one annotated")
    return rows, recs


def articles(recs: dict[int, dict[str, Any]]) -> list[Any]:
    from marsad.model import Article

    return [Article(path=f"saudinewsnet.jsonl.gz#{i}", text=r["content"], title=r.get("title"),
                    url=r.get("url"), source=r.get("source"),
                    meta={"date": r.get("date_extracted"), "date_field": "date_extracted",
                          "title": r.get("title"), "url": r.get("url"), "source": r.get("source")})
            for i, r in sorted(recs.items())]


def run_pipeline(arts: list[Any]) -> list[Any]:
    from marsad.pipeline import Pipeline

    corpus, rejected = Pipeline.build().run(arts)
    for out in rejected:
        print(f"  rejected {out.path} [{out.stage}]: {out.reason[:120]}", file=sys.stderr)
    return corpus.articles


def _surfaces(art: Any, ent: str | None) -> set[str]:
    from marsad.lang.normalize import normalize

    if ent is None:
        return set()
    out = {normalize(ent)}
    for m in art.layer("mentions"):
        if m.attrs.entity == ent:
            out.add(normalize(m.slice(art.text)))
    return out


def _names(surfaces: set[str], gold: str) -> bool:
    from marsad.lang.normalize import normalize

    g = normalize(gold)
    return any(len(s) >= 3 and (g in s or s in g) for s in surfaces)


def score(rows: list[dict[str, Any]], done: list[Any], part: str | None = None) -> dict[str, float]:
    """Figures over the gold rows of one set (`dev`, `heldout`) or all of them."""
    rows = [r for r in rows if r["kind"] in ("event", "quote") and (part is None or r.get("set") == part)]
    lines = {r["line"] for r in rows}
    by_line = {ln: a for a in done if (ln := int(a.path.rsplit("#", 1)[1])) in lines}
    ev_gold = [r for r in rows if r["kind"] == "event"]
    q_gold = [r for r in rows if r["kind"] == "quote"]
    ev_pred = [(ln, e) for ln, a in by_line.items() for e in a.layer("events")]
    q_pred = [(ln, q) for ln, a in by_line.items() for q in a.layer("quotes")]

    def ev_match(g: dict[str, Any], ln: int, e: Any) -> bool:
        if ln != g["line"] or e.label != g["type"] or not (e.start < g["end"] and g["start"] < e.end):
            return False
        surf = [_surfaces(by_line[ln], p) for p in e.attrs.participants]
        return all(any(_names(s, want) for s in surf) for want in g["participants"])

    ev_tp_gold = sum(any(ev_match(g, ln, e) for ln, e in ev_pred) for g in ev_gold)
    ev_tp_pred = sum(any(ev_match(g, ln, e) for g in ev_gold) for ln, e in ev_pred)

    def overlaps(g: dict[str, Any], ln: int, q: Any) -> bool:
        return ln == g["line"] and q.start < g["end"] and g["start"] < q.end

    def speaker_ok(g: dict[str, Any], ln: int, q: Any) -> bool:
        sp = q.attrs.speaker
        if g["speaker"] is None:
            return sp is None
        surf = _surfaces(by_line[ln], sp)
        return any(_names(surf, want) for want in g["speaker"])

    q_span = sum(any(overlaps(g, ln, q) for ln, q in q_pred) for g in q_gold)
    q_attr = sum(any(overlaps(g, ln, q) and speaker_ok(g, ln, q) for ln, q in q_pred) for g in q_gold)
    q_prec = sum(any(overlaps(g, ln, q) for g in q_gold) for ln, q in q_pred)
    q_both = sum(any(overlaps(g, ln, q) and speaker_ok(g, ln, q) for g in q_gold) for ln, q in q_pred)
    r = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {
        "articles": len(by_line), "gold_events": len(ev_gold), "predicted_events": len(ev_pred),
        "event_precision": r(ev_tp_pred, len(ev_pred)), "event_recall": r(ev_tp_gold, len(ev_gold)),
        "gold_quotes": len(q_gold), "predicted_quotes": len(q_pred),
        "quote_span_precision": r(q_prec, len(q_pred)), "quote_span_recall": r(q_span, len(q_gold)),
        "quote_precision_span_speaker": r(q_both, len(q_pred)),
        "quote_recall_span_speaker": r(q_attr, len(q_gold)),
    }


def stages_only(n_copies: int) -> dict[str, int]:
    """The quotes and events stages over the annotated articles after the earlier stages."""
    from marsad.pipeline import DEFAULT_STEPS, Pipeline

    rows, recs = load()
    arts = articles(recs) * n_copies
    upto = DEFAULT_STEPS[:DEFAULT_STEPS.index("quotes")]
    corpus, _ = Pipeline.build(upto).run(arts)
    import time

    from marsad.steps.events import events
    from marsad.steps.quotes import quotes

    t0 = time.perf_counter()
    for a in corpus.articles:
        quotes.func(a)
        events.func(a)
    return {"articles": len(corpus.articles), "stage_ms": int((time.perf_counter() - t0) * 1000)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not SNN.exists():
        sys.exit(f"{SNN} is absent: this benchmark needs ../shared beside the checkout")
    rows, recs = load()
    done = run_pipeline(articles(recs))
    res = {part or "all": score(rows, done, part) for part in ("dev", "heldout", None)}
    if args.json:
        print(json.dumps(res))
    else:
        names = list(res["all"])
        print(f"{'':32s} " + " ".join(f"{p:>8s}" for p in res))
        for k in names:
            vals = [res[p][k] for p in res]
            print(f"{k:32s} " + " ".join(f"{v:8.3f}" if isinstance(v, float) else f"{v:8d}" for v in vals))
    from benchmarks.harness import measure, one_core

    one_core()
    m = measure("quotes+events (x20 copies)", stages_only, (20,), runs=args.runs)
    per = m.extra.get("stage_ms", 0) / max(1, m.extra.get("articles", 1))
    print(f"stage time {per:.2f} ms/article over {m.extra.get('articles')} articles "
          f"(whole process median {m.median:.2f} s, peak {m.peak_mb:.0f} MB)")


if __name__ == "__main__":
    main()
