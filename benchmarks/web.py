"""Web benchmark: the search index and the pages of `marsad serve` over a large run.

    nice python3 -m benchmarks.web [--db /tmp/w31/out/marsad.db] [--work /tmp/hw1/bench] [--runs 3]
                                   [--json FIGURES.json] [--reuse]

1. Copies the database into --work (the original is never written; SQLite's backup API, so a
   WAL file is taken along) and builds the search index there (`rebuild_index`): build time,
   articles indexed, and the index's size (its tables' pages from `dbstat`, or the growth of
   the file). `--reuse` keeps a copy already indexed by an earlier run.
2. Search latency over QUERIES (names, places, phrases, common words, some with filters):
   each run is a fresh process that answers every query once through `/api/search` (FastAPI's
   TestClient: routing, validation, search, snippets, JSON) and once through
   `reading.search.search` alone; a query's time is its median over the runs; the table gives
   p50/p95/max over the queries. Target: p95 < 200 ms.
3. Page render latency: `/article/{id}` and `/entity/{id}` (the PAGES helper's routes; skipped
   with a note when the application has no such route) for a fixed sample of articles and
   the most mentioned entities, the same way. Target: p95 < 300 ms.

Machine load (os.getloadavg) is printed before and after: the figures are wall-clock times
on a shared machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_DB = Path("/tmp/w31/out/marsad.db")
DEFAULT_WORK = Path("/tmp/hw1/bench")

QUERIES: list[str] = [
    # people
    "محمد بن سلمان", "الملك سلمان", "خادم الحرمين الشريفين", "ولي العهد", "محمد بن نايف", "أوباما",
    "بوتين", "عبدالله بن عبدالعزيز", "الأسد", "روحاني", "عادل الجبير", "هادي",
    # places (with and without the article, behind clitics)
    "الرياض", "بالرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "اليمن", "صنعاء", "سوريا",
    "إيران", "العراق", "القاهرة", "واشنطن", "موسكو", "الحوثيين", "داعش",
    # phrases
    '"مجلس الوزراء"', '"وزارة الصحة"', '"فيروس كورونا"', '"عاصفة الحزم"', '"الأمم المتحدة"',
    '"هيئة كبار العلماء"', '"وزير الخارجية"', '"مجلس التعاون الخليجي"',
    # common words and several words
    "السعودية", "المملكة", "اليوم", "وزير", "الأمن", "التعليم", "الطلاب المدارس", "النفط الأسعار",
    "كرة القدم", "الهلال النصر", "الحج", "رمضان", "مشروع الإسكان", "الطقس أمطار",
    # Latin
    "SPA", "ISIS",
]
# (query, filters) pairs: a filter changes the plan, so a few are timed too.
FILTERED: list[tuple[str, dict[str, str]]] = [
    ("الرياض", {"from": "2015-06-01", "to": "2015-06-30"}),
    ("السعودية", {"type": "VISIT"}),
    ("", {"from": "2015-07-01"}),
    ("", {"entity": "الرياض"}),
]
PAGE_SAMPLE = 40


def _quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def prepare(db: Path, work: Path, reuse: bool) -> dict[str, Any]:
    """Copy `db` into `work` and index the copy; the build's figures."""
    from marsad.search_index import rebuild_index
    from marsad.store.sqlite import connect

    work.mkdir(parents=True, exist_ok=True)
    copy = work / "marsad.db"
    if reuse and copy.is_file():
        return {"db": str(copy), "reused": True}
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    before = copy.stat().st_size
    con = connect(copy)
    started = time.perf_counter()
    with con:
        n = rebuild_index(con)
    seconds = time.perf_counter() - started
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        size = con.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'").fetchone()[0]
        how = "dbstat"
    except sqlite3.OperationalError:
        size, how = copy.stat().st_size - before, "file growth"
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return {"db": str(copy), "reused": False, "articles": articles, "indexed": n,
            "build_s": round(seconds, 2), "index_mib": round((size or 0) / 2**20, 1), "size_from": how,
            "db_mib": round(copy.stat().st_size / 2**20, 1)}


def _sample(db: Path) -> tuple[list[str], list[str]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE duplicate_of IS NULL ORDER BY id")]
    step = max(1, len(ids) // PAGE_SAMPLE)
    arts = ids[::step][:PAGE_SAMPLE]
    ents = [r[0] for r in con.execute(
        "SELECT entity FROM mentions WHERE entity IS NOT NULL GROUP BY entity ORDER BY count(*) DESC LIMIT ?",
        (PAGE_SAMPLE,))]
    con.close()
    return arts, ents


def measure(db: Path) -> dict[str, Any]:
    """One fresh process's times (ms), keyed by what was asked."""
    from fastapi.testclient import TestClient

    from marsad.reading.search import Filters, search
    from marsad.store.read import open_readonly
    from marsad.web.app import create_app

    client = TestClient(create_app(db))
    out: dict[str, dict[str, float]] = {"api": {}, "search": {}, "article": {}, "entity": {}}
    status: dict[str, int] = {}
    notes: dict[str, str] = {}
    con = open_readonly(db)
    for q in QUERIES:
        t = time.perf_counter()
        search(con, q, Filters(), None, 20, 0)
        out["search"][q] = (time.perf_counter() - t) * 1000
    con.close()
    for q, f in [(q, {}) for q in QUERIES] + FILTERED:
        name = q + (" " + json.dumps(f, ensure_ascii=False) if f else "")
        t = time.perf_counter()
        r = client.get("/api/search", params={"q": q, **f})
        out["api"][name] = (time.perf_counter() - t) * 1000
        status[name] = r.status_code
    arts, ents = _sample(db)
    for kind, module, route, ids in (("article", "articles", "/article/{id}", arts),
                                     ("entity", "entities", "/entity/{id}", ents)):
        if importlib.util.find_spec(f"marsad.web.{module}") is None:  # the PAGES helper's, when there
            notes[kind] = f"no {route} route yet (the PAGES helper's): not measured"
            continue
        if not ids:
            notes[kind] = "nothing in the database to sample: not measured"
        for i in ids:
            t = time.perf_counter()
            r = client.get(route.replace("{id}", i))
            out[kind][i] = (time.perf_counter() - t) * 1000
            status[f"{kind} {i}"] = r.status_code
    bad = {k: v for k, v in status.items() if v != 200}
    return {"times": out, "bad": bad, "notes": notes}


def _summary(runs: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    keys = list(runs[0]["times"][kind])
    if not keys:
        return {"n": 0}
    med = {k: statistics.median(r["times"][kind][k] for r in runs) for k in keys}
    xs = list(med.values())
    slowest = max(med, key=med.__getitem__)
    return {"n": len(xs), "p50_ms": round(_quantile(xs, .5), 1), "p95_ms": round(_quantile(xs, .95), 1),
            "max_ms": round(max(xs), 1), "slowest": slowest}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--reuse", action="store_true", help="Keep an indexed copy from an earlier run.")
    ap.add_argument("--_measure", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._measure:
        json.dump(measure(args._measure), sys.stdout)
        return 0
    if not args.db.is_file():
        print(f"no database at {args.db}", file=sys.stderr)
        return 2
    load_before = _load()
    build = prepare(args.db, args.work, args.reuse)
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-m", "benchmarks.web", "--_measure", build["db"]],
                              capture_output=True, text=True, check=True,
                              cwd=Path(__file__).resolve().parents[1])
        runs.append(json.loads(done.stdout))
    figures = {"build": build, "runs": args.runs, "load_before": load_before, "load_after": _load(),
               "cpus": os.cpu_count(),
               **{k: _summary(runs, k) for k in ("api", "search", "article", "entity")},
               "non_200": runs[-1]["bad"], "notes": runs[-1]["notes"]}
    print(f"database {build['db']}  (load {load_before} -> {figures['load_after']}, {os.cpu_count()} cpus)")
    if not build.get("reused"):
        print(f"index: {build['indexed']} of {build['articles']} articles in {build['build_s']} s, "
              f"{build['index_mib']} MiB ({build['size_from']}); database {build['db_mib']} MiB")
    print(f"{'what':<34}{'n':>4}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  target")
    for kind, label, target in (("api", "/api/search (TestClient)", "p95 < 200"),
                                ("search", "reading.search (no HTTP)", "p95 < 200"),
                                ("article", "/article/{id} page", "p95 < 300"),
                                ("entity", "/entity/{id} page", "p95 < 300")):
        s = figures[kind]
        if not s["n"]:
            print(f"{label:<34}   -  {figures['notes'].get(kind, 'not measured')}")
            continue
        print(f"{label:<34}{s['n']:>4}{s['p50_ms']:>9}{s['p95_ms']:>9}{s['max_ms']:>9}  {target}"
              f"  (slowest: {s['slowest'][:40]})")
    if figures["non_200"]:
        print(f"non-200 answers: {figures['non_200']}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
