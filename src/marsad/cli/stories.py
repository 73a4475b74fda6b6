"""`marsad stories` lists the stories of a run (largest first, then newest); `marsad story ID`
shows one with its articles in publication order. Both read OUT/marsad.db
(`store/stories_read.py`); what a story shows is `marsad.reading.StorySummary`.

A mistake in the command (no --out, a folder without marsad.db, a bad date) prints one line
saying what to do and exits with code 2; a NAME or an ID that matches nothing prints one
line with the nearest ones and exits with code 1.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import typer

from marsad.cli.entity_lookup import ids_or_exit
from marsad.cli.refusal import not_a_run_folder, refuse
from marsad.reading import StorySummary, nearest_ids
from marsad.reading.stories import story_summaries, story_summary
from marsad.store.read import open_readonly
from marsad.store.stories_read import story_ids

OutOpt = typer.Option(None, "--out", "-o", help="The output folder of a `marsad run` (holds marsad.db).")
JsonOpt = typer.Option(False, "--json", help="JSON (one object a line) instead of text.")
SHOWN_ENTITIES = 4
"""How many main entities a listing line names (`marsad story` shows them all)."""


@contextmanager
def _database(command: str, out: Path | None) -> Iterator[sqlite3.Connection]:
    """The run's marsad.db, read-only (a refusal, exit code 2, when there is none)."""
    if out is None:
        refuse(command, "give --out DIR, the output folder of a `marsad run`")
    if problem := not_a_run_folder(out):
        refuse(command, problem)
    path = out / "marsad.db"
    if not path.is_file():
        what = "does not exist" if not out.exists() else "has no marsad.db"
        refuse(command, f"{out} {what}; give --out DIR of a `marsad run` "
                        f"(or run `marsad run INPUT --out {out}`)")
    con = open_readonly(path)
    try:
        yield con
    except sqlite3.Error as e:
        refuse(command, f"{path} cannot be read ({e}); run `marsad run INPUT --out {out}` again")
    finally:
        con.close()


def _day(command: str, value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        refuse(command, f"{option} {value!r} is not a date; give YYYY-MM-DD (e.g. {option} 2025-03-10)")


def span_text(s: StorySummary) -> str:
    if s.first is None:
        return "undated"
    return s.first if s.first == s.last else f"{s.first} .. {s.last}"


def _events_text(s: StorySummary) -> str:
    return ", ".join(t if n == 1 else f"{t} x{n}" for t, n in s.event_types()) or "-"


def _entities_text(s: StorySummary, most: int = 0) -> str:
    shown = s.entities[:most] if most else s.entities
    return ", ".join(f"{e.name} ({e.articles})" for e in shown) or "-"


def stories(
    out: Path | None = OutOpt,
    entity: str | None = typer.Option(None, "--entity", "-e", help="Only stories with an article naming "
                                      "this entity (any spelling, an id or a QID, as in `marsad entity`)."),
    start: str | None = typer.Option(None, "--from", help="Only stories running on or after this day "
                                     "(YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--to", help="Only stories running on or before this day "
                                   "(YYYY-MM-DD)."),
    limit: int = typer.Option(0, "--limit", "-n", help="At most this many stories (0: all)."),
    as_json: bool = JsonOpt,
) -> None:
    """List the stories of a run, largest first, then newest: headline, dates, outlets, number
    of articles, main entities and event types. --from/--to keep the stories whose dates meet
    that range (an undated story meets none)."""
    first, last = _day("stories", start, "--from"), _day("stories", end, "--to")
    if first and last and first > last:
        refuse("stories", f"--from {first} is after --to {last}; give --from before --to")
    if limit < 0:
        refuse("stories", f"--limit {limit} is negative; give a count (0: all)")
    with _database("stories", out) as con:
        wanted = set(ids_or_exit(con, entity)) if entity else None
        found = story_summaries(con, wanted, first, last, limit)
    for s in found:
        if as_json:
            typer.echo(json.dumps(s.record(), ensure_ascii=False))
            continue
        typer.echo(f"{s.id}  {s.size} article{'s' if s.size != 1 else ''}  {span_text(s)}  "
                   f"{', '.join(s.outlets) or '-'}")
        typer.echo(f"    {s.headline or '(no title)'}")
        typer.echo(f"    entities: {_entities_text(s, SHOWN_ENTITIES)}  |  events: {_events_text(s)}")
    if not found:
        typer.echo("no stories match", err=True)


def story(
    story_id: str = typer.Argument(..., metavar="ID", help="A story id, as `marsad stories` lists them."),
    out: Path | None = OutOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Show one story: headline, dates, outlets, entities, events, then its articles in
    publication order (date, outlet, title, URL). An unknown ID: the nearest ids, exit code 1."""
    with _database("story", out) as con:
        s = story_summary(con, story_id.strip())
        if s is None:
            near = [(sid, story_summary(con, sid)) for sid in nearest_ids(story_id, story_ids(con))]
            offers = ", ".join(f"{sid} ({n.headline or 'no title'})" if n else sid for sid, n in near)
            typer.echo(f"no story {story_id!r}" + (f"; did you mean: {offers}?" if offers else
                                                   "; `marsad stories` lists them"), err=True)
            raise typer.Exit(code=1)
    if as_json:
        typer.echo(json.dumps(s.record(with_members=True), ensure_ascii=False))
        return
    typer.echo(s.headline or "(no title)")
    typer.echo(f"story {s.id}: {s.size} article{'s' if s.size != 1 else ''}, {span_text(s)}")
    typer.echo(f"outlets: {', '.join(s.outlets) or '-'}")
    typer.echo(f"entities: {_entities_text(s)}")
    typer.echo("events:" + ("" if s.events else " -"))
    for ev in s.events:
        who = " + ".join(p.name for p in ev.participants) or "-"
        typer.echo(f"  {ev.date or '----------':10s}  {ev.type:9s} {who}  ({ev.id})")
    typer.echo("articles:")
    for m in s.members:
        bits = [m.date or "undated  ", m.source or "-", m.title or m.id, m.url or ""]
        typer.echo("  " + "  ".join(b for b in bits if b))


def register(app: typer.Typer) -> None:
    """Add `stories` and `story` to the marsad command line."""
    app.command("stories")(stories)
    app.command("story")(story)
