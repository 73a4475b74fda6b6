"""`marsad export`: a run's tables as CSV, JSON Lines or Parquet, or its actor network as
GraphML, read from marsad.db. A folder without a database, a `--to` that is a file or a
missing library get one line and exit code 2, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import typer

from marsad.cli.refusal import refuse, run_database
from marsad.exporting import FORMATS, TABLE_NAMES, ExportUnavailable, export
from marsad.store.read import open_readonly

TABLE_HELP = f"Only this table (repeatable): {', '.join(TABLE_NAMES)}."


def export_command(
    out: Path = typer.Option(..., "--out", "-o", help="The output folder of a run (holds marsad.db)."),
    fmt: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    to: Path | None = typer.Option(None, "--to", help="Folder to write into (default: OUT/export/FORMAT)."),
    tables: list[str] = typer.Option([], "--table", "-t", help=TABLE_HELP),
) -> None:
    """Export the run in OUT: the tables articles, mentions, entities, events, quotes and
    stories (csv, jsonl, parquet: one file each, names next to ids), or the actor network
    (graphml: who met, called, visited or agreed with whom, for Gephi or networkx)."""
    if fmt not in FORMATS:
        refuse("export", f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    db = run_database("export", out)
    unknown = [t for t in tables if t not in TABLE_NAMES]
    if unknown:
        refuse("export", f"unknown table {unknown[0]!r}; the tables are {', '.join(TABLE_NAMES)}")
    if tables and fmt == "graphml":
        refuse("export", "--table does not apply to graphml (it writes the actor network)")
    target = to if to is not None else out / "export" / fmt
    if target.exists() and not target.is_dir():
        refuse("export", f"--to {target} is a file; give a folder")
    con = open_readonly(db)
    try:
        written = export(con, fmt, target, tables or TABLE_NAMES)
    except ExportUnavailable as e:
        refuse("export", str(e))
    finally:
        con.close()
    for path in written:
        typer.echo(str(path))
