"""`marsad entities` lists the entities of a run; `marsad entity NAME` shows the entities a
name finds (`cli/entity_lookup.py`), with their variants and the articles that mention them."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from marsad.cli.entity_lookup import ids_or_exit
from marsad.cli.events import DbOpt, OutOpt, run_db
from marsad.store.read import entity_record, list_entities


def entities(
    db: Path | None = DbOpt,
    out: Path = OutOpt,
    type_: str | None = typer.Option(None, "--type", "-t", help="Only PER, ORG, LOC or MISC."),
    limit: int = typer.Option(0, "--limit", "-n", help="At most this many (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """List the entities of a run, most mentioned first."""
    with run_db(out, db) as con:
        found = list_entities(con, type_.upper() if type_ else None, limit)
    for e in found:
        if as_json:
            typer.echo(json.dumps(e, ensure_ascii=False))
        else:
            qid = f"  {e['qid']}" if e["qid"] else ""
            typer.echo(f"{e['id']:20s} {e['type']:4s} {e['mentions']:6d} mentions {e['articles']:5d} articles"
                       f"  {e['name']}{qid}")


def entity(
    name: str = typer.Argument(..., help="Any spelling of the entity (any script), its id or its QID."),
    db: Path | None = DbOpt,
    out: Path = OutOpt,
    articles: int = typer.Option(20, "--articles", help="Show at most this many articles."),
    as_json: bool = typer.Option(False, "--json", help="Print the entity as JSON."),
) -> None:
    """Show the entities NAME names (any spelling, either script, an id or a QID) with their
    variants and articles; exit code 1, with the nearest names, when none matches."""
    with run_db(out, db) as con:
        records = [entity_record(con, eid, articles) for eid in ids_or_exit(con, name)]
    for rec in records:
        if as_json:
            typer.echo(json.dumps(rec, ensure_ascii=False))
            continue
        qid = f" ({rec['qid']})" if rec["qid"] else ""
        typer.echo(f"{rec['name']}  [{rec['type']}] {rec['id']}{qid}")
        typer.echo("  variants: " + ", ".join(f"{v} ({n})" for v, n in rec["variants"].items()))
        for a in rec["articles"]:
            where = a["title"] or a["path"]
            typer.echo(f"  {a['date'] or '----------'}  {a['id']}  {where}  ({a['mentions']})")


def register(app: typer.Typer) -> None:
    """Add `entities` and `entity` to the marsad command line."""
    app.command("entities")(entities)
    app.command("entity")(entity)
