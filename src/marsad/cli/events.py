"""`marsad events` lists the events of a run; `marsad quotes --speaker NAME` lists who said
what. Both read the run's marsad.db only (`store/events_read.py`); a folder without one is
told to run `marsad run` first (exit code 2)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from marsad.cli.entity_lookup import ids_or_exit
from marsad.cli.refusal import not_a_run_folder
from marsad.store.events_read import event_mentions, quotes
from marsad.store.read import open_readonly

OutOpt = typer.Option(Path("."), "--out", "-o", help="The output folder of a `marsad run`.")
DbOpt = typer.Option(None, "--db", help="A marsad.db (default: OUT/marsad.db).")
JsonOpt = typer.Option(False, "--json", help="One JSON object a line (entity names next to their ids).")


@contextmanager
def run_db(out: Path, db: Path | None = None) -> Iterator[sqlite3.Connection]:
    """The run's database, read-only (closed after). Without one, or one that cannot be read:
    a line saying to run `marsad run`, and exit code 2."""
    path = db or out / "marsad.db"
    if db is None and (problem := not_a_run_folder(out)):
        typer.echo(problem, err=True)
        raise typer.Exit(code=2)
    if not path.is_file():
        typer.echo(f"{db}: no such database; give --db FILE written by `marsad run`" if db else
                   f"{out}: no marsad.db; run `marsad run ... --out {out}` first", err=True)
        raise typer.Exit(code=2)
    con = open_readonly(path)
    try:
        yield con
    except sqlite3.Error as e:
        typer.echo(f"{path} cannot be read ({e}); run `marsad run ... --out {path.parent}` again", err=True)
        raise typer.Exit(code=2) from None
    finally:
        con.close()


def wanted_ids(con: sqlite3.Connection, name: str | None) -> set[str] | None:
    """The ids NAME finds (exits 1 when none), or None when there is no NAME to filter on."""
    return set(ids_or_exit(con, name)) if name else None


def events_cmd(out: Path = OutOpt, db: Path | None = DbOpt,
               type_: str | None = typer.Option(None, "--type", help="Only this type (VISIT, MEET, ...)."),
               entity: str | None = typer.Option(None, "--entity", help="Only events with this participant "
                                                 "(any spelling, an entity id or QID)."),
               as_json: bool = JsonOpt) -> None:
    """List the events of a run: type, date, participants, place, series and round, status."""
    with run_db(out, db) as con:
        want = wanted_ids(con, entity)
        found = event_mentions(con, type_.upper() if type_ else None)
    for ev in found:
        if want is not None and want.isdisjoint(ev.participants):
            continue
        if as_json:
            typer.echo(json.dumps(ev.record(), ensure_ascii=False))
            continue
        roles, at = ev.roles, ev.attrs
        who = " + ".join(ev.name(p) + (f" ({roles[p]})" if p in roles else "") for p in ev.participants)
        extra = [f"in {ev.name(ev.place)}" if ev.place else "",
                 f"round {at.round}" if at.round else "",
                 f"[{at.series}]" if at.series else "",
                 at.status if at.status not in (None, "happened") else ""]
        typer.echo(f"{at.date or '----------'}  {ev.type:<9} {who}  "
                   + " ".join(x for x in extra if x) + f"  ({ev.article})")


def quotes_cmd(out: Path = OutOpt, db: Path | None = DbOpt,
               speaker: str | None = typer.Option(None, "--speaker", "-s", help="Only quotes by this speaker "
                                                  "(any spelling, an entity id or QID)."),
               as_json: bool = JsonOpt) -> None:
    """List the quotations of a run with their speakers."""
    with run_db(out, db) as con:
        found = quotes(con, wanted_ids(con, speaker))
    for q in found:
        if as_json:
            typer.echo(json.dumps(q.record(), ensure_ascii=False))
        else:
            who = q.speaker_name or (f"({q.speaker_text})" if q.speaker_text else "?")
            typer.echo(f"{who}: «{q.text}»  ({q.article})")


def register(app: typer.Typer) -> None:
    app.command("events")(events_cmd)
    app.command("quotes")(quotes_cmd)
