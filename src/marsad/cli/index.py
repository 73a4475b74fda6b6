"""`marsad index --out DIR`: rebuild the full-text search index of a run's database (the
run keeps it current; this repairs it or adds it to a database made before it existed)."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from marsad.cli.refusal import run_database
from marsad.search_index import rebuild_index
from marsad.store.sqlite import connect


def index(
    out: Path = typer.Option(..., "--out", "-o", help="The output folder of a run (holds marsad.db)."),
) -> None:
    """Rebuild the search index of the run in OUT (what `marsad serve` searches)."""
    db = run_database("index", out)
    started = time.perf_counter()
    con = connect(db)
    try:
        with con:
            n = rebuild_index(con)
    finally:
        con.close()
    typer.echo(f"marsad index: {n} articles indexed in {time.perf_counter() - started:.1f} s")
