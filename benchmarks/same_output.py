"""Whether two output folders hold the same run: the four JSON Lines files and timeline.html
byte for byte, and every table of marsad.db row for row (sorted; the columns that hold the
time of writing masked). A full-text index's segment tables (`X_data`, `X_idx` of an FTS5 table
X) hold where SQLite flushed its pending terms, which depends on when rows were written, not on
what was written: the index is compared by its vocabulary instead (every term, column, document
and occurrence count), beside its rows.

    python3 -m benchmarks.same_output BEFORE AFTER

Prints one line a file and a table, then ALL SAME or DIFFERENCES; exits 0 when all are the same.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
from pathlib import Path

FILES = ("articles.jsonl", "entities.jsonl", "events.jsonl", "stories.jsonl", "timeline.html")
TIME_COLUMNS = frozenset({"updated", "applied"})


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _rows(con: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple[object, ...]]]:
    cols = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')")]
    picked = ", ".join("NULL" if c in TIME_COLUMNS else f'"{c}"' for c in cols)
    return cols, sorted(con.execute(f'SELECT {picked} FROM "{table}"'), key=repr)  # noqa: S608


def _fts_tables(con: sqlite3.Connection) -> list[str]:
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    return [n for n, sql in con.execute(query) if sql and "USING FTS5" in sql.upper()]


def _vocabulary(con: sqlite3.Connection, fts: str) -> list[tuple[object, ...]]:
    con.execute(f'CREATE VIRTUAL TABLE IF NOT EXISTS temp."{fts}_vocab" USING fts5vocab(main, "{fts}", col)')
    return sorted(con.execute(f'SELECT term, col, doc, cnt FROM temp."{fts}_vocab"'), key=repr)  # noqa: S608


def compare(a: Path, b: Path) -> bool:
    same = True
    for name in FILES:
        ok = _digest(a / name) == _digest(b / name)
        print(f"{name}: {'same' if ok else 'DIFFERENT'}")
        same &= ok
    ca, cb = sqlite3.connect(a / "marsad.db"), sqlite3.connect(b / "marsad.db")
    try:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        tables, others = [n for (n,) in ca.execute(query)], [n for (n,) in cb.execute(query)]
        if tables != others:
            print(f"tables differ: {sorted(set(tables) ^ set(others))}")
            return False
        segments = {f"{x}_{part}" for x in _fts_tables(ca) for part in ("data", "idx")}
        for x in _fts_tables(ca):
            ok = _vocabulary(ca, x) == _vocabulary(cb, x)
            print(f"full-text index {x}: vocabulary {'same' if ok else 'DIFFERENT'}")
            same &= ok
        for t in tables:
            if t in segments:
                print(f"table {t}: segments (compared by the vocabulary above)")
                continue
            cols, ra = _rows(ca, t)
            _, rb = _rows(cb, t)
            masked = sorted(TIME_COLUMNS & set(cols))
            print(f"table {t}: {len(ra)} rows {'same' if ra == rb else f'DIFFERENT ({len(rb)} rows)'}"
                  + (f" (masked {', '.join(masked)})" if masked else ""))
            same &= ra == rb
    finally:
        ca.close()
        cb.close()
    print("ALL SAME" if same else "DIFFERENCES")
    return same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    return 0 if compare(args.before, args.after) else 1


if __name__ == "__main__":
    raise SystemExit(main())
