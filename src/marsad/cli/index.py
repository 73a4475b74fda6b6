"""`marsad index --out DIR`: rebuild the full-text search index of a run's database (the
run keeps it current; this repairs it or adds it to a database made before it existed)."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from marsad.cli.refusal import not_a_run_folder, refuse
from marsad.search_index import rebuild_index
from marsad.store.sqlite import connect


def index(
    out: Path = typer.Option(..., "--out", "-o", help="The output folder of a run (holds marsad.db)."),
) -> None:
    """Rebuild the search index of the run in OUT (what `marsad serve` searches)."""
    db = out / "marsad.db"
    if problem := not_a_run_folder(out):
        refuse("index", problem)
    if not db.is_file():
        refuse("index", f"no marsad.db in {out}; run `marsad run INPUT... --out {out}` first")
    started = time.perf_counter()
    con = connect(db)
    try:
        with con:
            n = rebuild_index(con)
    finally:
        con.close()
    typer.echo(f"marsad index: {n} articles indexed in {time.perf_counter() - started:.1f} s")
