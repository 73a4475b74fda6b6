"""Dates benchmark: marsad's timex extraction vs dateparser's `search_dates`, same gold, same run.

Gold: `tests/data/timex_gold_snn.jsonl` (hand-annotated references into
../shared/data/saudinewsnet: jsonl line, context offsets, expected text and value; the text
is read from ../shared at run time) and `tests/data/timex_gold_own.jsonl` (invented
sentences, stored in full). Each context is resolved against its publication date.

    nice python3 benchmarks/dates.py [--runs 5] [--repeat 1]

Reports value accuracy (a gold expression is right when an overlapping prediction has its
value; a null gold is right when nothing overlapping has a value), span F1 (exact and
overlap), and speed (contexts per second, median of the runs, each in a fresh process).
dateparser gets its values compared at the gold's granularity (day, month, year, week).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"

Context = dict[str, Any]  # {"text", "pub", "timexes": [{"start","end","text","type","value"}]}


def load_gold(with_shared: bool = True) -> list[Context]:
    """The gold contexts: own sentences, plus saudinewsnet references when ../shared is there."""
    out: list[Context] = []
    for ln in (DATA / "timex_gold_own.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(ln)
        out.append({"text": row["sentence"], "pub": row["pub"], "timexes": row["timexes"], "origin": "own"})
    if not with_shared or not SNN.exists():
        return out
    refs = [json.loads(ln) for ln in (DATA / "timex_gold_snn.jsonl").read_text(encoding="utf-8").splitlines()]
    need = {r["line"] for r in refs}
    content: dict[int, str] = {}
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for i, ln in enumerate(f):
            if i in need:
                content[i] = json.loads(ln)["content"]
    for r in refs:
        cs, ce = r["ctx"]
        text = content[r["line"]][cs:ce]
        tx = []
        for t in r["timexes"]:
            s, e = t["start"] - cs, t["end"] - cs
            if text[s:e] != t["text"]:
                raise ValueError(f"saudinewsnet line {r['line']}: gold span {t['text']!r} not found")
            tx.append({**t, "start": s, "end": e})
        out.append({"text": text, "pub": r["pub"], "timexes": tx, "origin": "saudinewsnet"})
    return out


Pred = tuple[int, int, str | None]


def marsad_predict(ctx: Context) -> list[Pred]:
    from marsad.dates import extract

    return [(t.start, t.end, t.value) for t in extract(ctx["text"], date.fromisoformat(ctx["pub"]))]


def _dp_value(dt: datetime, gold: str | None) -> str:
    """dateparser's datetime written at the gold value's granularity."""
    g = gold or ""
    if len(g) == 4 and g.isdigit():
        return f"{dt.year:04d}"
    if len(g) == 7 and g[4] == "-" and g[5:].isdigit():
        return dt.strftime("%Y-%m")
    if "-W" in g:
        y, w, _ = dt.isocalendar()
        return f"{y}-W{w:02d}"
    if "T" in g and ":" in g:
        return dt.strftime("%Y-%m-%dT%H:%M")
    if "T" in g:
        return dt.strftime("%Y-%m-%d") + g[g.index("T"):]
    return dt.date().isoformat()


def dateparser_predict(ctx: Context) -> list[tuple[int, int, datetime]]:
    from dateparser.search import search_dates

    base = datetime.fromisoformat(ctx["pub"])
    found = search_dates(ctx["text"], languages=["ar"],
                         settings={"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}) or []
    out, pos = [], 0
    for sub, dt in found:
        i = ctx["text"].find(sub, pos)
        if i < 0:
            i = ctx["text"].find(sub)
        if i < 0:
            continue
        out.append((i, i + len(sub), dt))
        pos = i + len(sub)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(golds: list[Context], preds: list[list[tuple[int, int, Any]]], as_value: Any) -> dict[str, float]:
    ok = n = 0
    tp_exact = tp_ov = npred = 0
    for ctx, pr in zip(golds, preds, strict=True):
        npred += len(pr)
        for g in ctx["timexes"]:
            n += 1
            hit = [p for p in pr if _overlaps((p[0], p[1]), (g["start"], g["end"]))]
            values = [as_value(p[2], g["value"]) for p in hit]
            if g["value"] is None:
                ok += all(v is None for v in values)
            else:
                ok += g["value"] in values
            tp_ov += bool(hit)
            tp_exact += any(p[0] == g["start"] and p[1] == g["end"] for p in hit)

    def f1(tp: int) -> float:
        p = tp / npred if npred else 0.0
        r = tp / n if n else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    return {"n": n, "value_accuracy": ok / n if n else 0.0, "span_f1_exact": f1(tp_exact),
            "span_f1_overlap": f1(tp_ov), "predictions": npred}


def _timed(predict: Any, golds: list[Context], repeat: int) -> tuple[float, list[Any]]:
    """Seconds per pass over the gold (`repeat` passes after one warm-up call), predictions."""
    predict(golds[0])  # warm the tables / language data
    preds: list[Any] = []
    t0 = time.perf_counter()
    for _ in range(repeat):
        preds = [predict(c) for c in golds]
    return (time.perf_counter() - t0) / repeat, preds


def run_marsad(repeat: int = 1) -> dict[str, Any]:
    golds = load_gold()
    secs, preds = _timed(marsad_predict, golds, repeat)
    return {"loop_seconds": secs, **score(golds, preds, lambda v, g: v)}


def run_dateparser(repeat: int = 1) -> dict[str, Any]:
    golds = load_gold()
    secs, preds = _timed(dateparser_predict, golds, repeat)
    return {"loop_seconds": secs, **score(golds, preds, lambda dt, g: _dp_value(dt, g))}


def main(argv: list[str] | None = None) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.harness import measure, one_core

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=1, help="passes over the gold per timed loop")
    args = ap.parse_args(argv)
    one_core()
    golds = load_gold()
    print(f"gold: {len(golds)} contexts, {sum(len(c['timexes']) for c in golds)} expressions "
          f"({sum(len(c['timexes']) for c in golds if c['origin'] == 'saudinewsnet')} from saudinewsnet)")
    import statistics

    rows = {}
    for name, func in (("marsad", run_marsad), ("dateparser", run_dateparser)):
        runs = [measure(name, func, (args.repeat,), runs=1) for _ in range(args.runs)]
        loops = [r.extra["loop_seconds"] for r in runs]
        procs = [r.seconds[0] for r in runs]
        e = runs[-1].extra
        rows[name] = (statistics.median(loops), statistics.median(procs), e)
        print(f"{name:11s} value_accuracy {e['value_accuracy']:.3f}  span_f1 exact {e['span_f1_exact']:.3f}"
              f" overlap {e['span_f1_overlap']:.3f}  predictions {e['predictions']}")
        print(f"{'':11s} extraction loop median {statistics.median(loops):.3f} s"
              f" ({len(golds) / statistics.median(loops):,.0f} contexts/s; runs "
              f"{', '.join(f'{x:.3f}' for x in loops)});"
              f"  whole process median {statistics.median(procs):.3f} s"
              f" (incl. imports and reading the gold); peak {max(r.peak_mb for r in runs):,.0f} MB")
    (ml, mp, me), (dl, dp_, de) = rows["marsad"], rows["dateparser"]
    print(f"accuracy gap: {100 * (me['value_accuracy'] - de['value_accuracy']):.1f} points;"
          f" speed ratio, extraction loop: {dl / ml:.1f}x; whole process: {dp_ / mp:.1f}x")

if __name__ == "__main__":
    main()
