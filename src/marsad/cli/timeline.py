"""`marsad timeline`: the merged events of an output folder in date order, with sources."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from marsad.cli.entity_lookup import ids_or_exit
from marsad.resolve.lookup import NameIndex
from marsad.store.files import write_text_atomic
from marsad.store.layout import records_in
from marsad.store.read import layout_entity_rows
from marsad.stories import publish
from marsad.stories import timeline as tl


def _day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{what} must be YYYY-MM-DD, not {value!r}") from e


def _line(e: tl.Entry) -> str:
    ev = e.event
    when = (e.when or "undated") + (" ~" if e.approximate else "")
    parts = [f"{when:12s}", f"{ev.get('type', ''):9s}", ", ".join(e.names) or "-"]
    if e.place:
        parts.append(f"@ {e.place}")
    others = [p for p in e.places if p != e.place]
    if others:
        parts.append(f"(also: {', '.join(others)})")
    if ev.get("round") is not None:
        parts.append(f"round {ev['round']}")
    return "  ".join(parts)


def timeline(
    out: Path = typer.Option(Path("."), "--out", "-o", help="Output folder of `marsad run`."),
    entity: str | None = typer.Option(None, "--entity", "-e", help="Only events naming this entity "
                                            "(any spelling, an id or a QID)."),
    start: str | None = typer.Option(None, "--from", help="First day, YYYY-MM-DD."),
    end: str | None = typer.Option(None, "--to", help="Last day, YYYY-MM-DD."),
    html: bool = typer.Option(True, "--html/--no-html", help="Also (re)write OUT/timeline.html."),
) -> None:
    """Print the merged events in date order with their sources; a series shows its rounds
    in order and the rounds missing between them (`~` marks a date taken from publication)."""
    if not (out / "events.jsonl").exists():
        raise typer.BadParameter(f"{out} has no events.jsonl: run `marsad run ... --out {out}` first")
    first, last = _day(start, "--from"), _day(end, "--to")
    events, arts, ents = records_in(out)
    wanted = None
    if entity:
        wanted = set(ids_or_exit(NameIndex.from_rows(layout_entity_rows(ents.values())), entity))
    entries = tl.build(events, arts, ents, wanted, first, last)
    for e in entries:
        typer.echo(_line(e))
        for s in e.sources:
            bits = [s.published or "undated", s.outlet or "", s.title or s.article, s.url or ""]
            typer.echo("    - " + " | ".join(b for b in bits if b))
    for ser in tl.series(entries):
        rounds = {n: f"round {n} ({e.when or 'undated'})" for n, e in ser.rounds}
        rounds.update({n: f"round {n} missing" for n in ser.missing})
        typer.echo(f"series {ser.name}: " + " · ".join(rounds[n] for n in sorted(rounds)))
    if not entries:
        typer.echo("no events match", err=True)
    if html:
        n_stories = len({a.get("story") for a in arts.values() if a.get("story")})
        write_text_atomic(out / "timeline.html", [publish.page(events, arts, ents, n_stories)])
