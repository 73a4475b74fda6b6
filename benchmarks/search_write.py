"""The search index's share of a run's writing step, and what preparing documents in the
workers takes off it.

    python3 -m benchmarks.search_write OUT [--runs 3]

On a copy of the database of a kept output folder `OUT` (a `marsad run` output), the index
is emptied and made again inside a transaction that is rolled back, three ways, in CPU
seconds of this process (less sensitive to other work on the machine than wall time):

- `writing, made here`: `update_index` making every document itself (what the writing
  step did before documents were prepared in the workers);
- `preparing`: making and packing every document as the workers do (`search_index.prepare`:
  spread over the workers, during the processing phase);
- `writing, prepared`: `update_index` given the prepared documents (what the writing step
  does now: a digest, unpacking, the inserts).

Prints the median of `--runs` of each, per article too, and checks that both ways give
the same index rows.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from marsad import search_index
from marsad.search.document import document
from marsad.store import search as store
from marsad.store.sqlite import connect


def _index_rows(con: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    return con.execute("SELECT d.article, f.title, f.body, f.forms FROM search_fts f"
                       " JOIN search_docs d ON d.rowid = f.rowid ORDER BY d.article").fetchall()


def _prepared(con: sqlite3.Connection) -> dict[str, tuple[str, bytes]]:
    """Every stale article's document, made and packed as `search_index.prepare` does."""
    return {art.id: search_index.packed(document(art.title, art.text, art.segments))
            for art in store.stale(con)}


def measure(db: Path, runs: int) -> dict[str, float]:
    con = connect(db)
    times: dict[str, list[float]] = {"writing, made here": [], "preparing": [], "writing, prepared": []}
    rows: dict[str, list] = {}
    n = con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]
    for _ in range(runs):
        for way in ("writing, made here", "writing, prepared"):
            store.clear(con)
            prepared = None
            if way == "writing, prepared":
                t0 = time.process_time()
                prepared = _prepared(con)
                times["preparing"].append(time.process_time() - t0)
            t0 = time.process_time()
            search_index.update_index(con, prepared)
            times[way].append(time.process_time() - t0)
            rows[way] = _index_rows(con)
            con.rollback()
    con.close()
    if rows["writing, made here"] != rows["writing, prepared"]:
        raise SystemExit("the two ways gave different index rows")
    return {"articles": n, **{k: statistics.median(v) for k, v in times.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "marsad.db"
        src = sqlite3.connect(str(args.out / "marsad.db"))
        dst = sqlite3.connect(str(db))
        src.backup(dst)
        src.close()
        dst.close()
        shutil.copymode(args.out / "marsad.db", db)
        got = measure(db, args.runs)
    n = got.pop("articles")
    print(f"{n} indexed articles, CPU seconds (median of {args.runs}); same index rows both ways")
    for k, v in got.items():
        print(f"  {k:20s} {v:7.2f} s  {1000 * v / max(n, 1):6.2f} ms/article")


if __name__ == "__main__":
    main()
