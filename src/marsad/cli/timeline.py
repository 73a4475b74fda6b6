"""`marsad timeline`: the merged events of a run's database in date order, with sources.

It reads marsad.db only (`store/events_read.timeline_records`), so it shows every event of
every run into the folder, not only the last run's."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import typer

from marsad import reading
from marsad.cli.events import DbOpt, JsonOpt, run_db, wanted_ids
from marsad.report.files import write_text_atomic
from marsad.store.events_read import TimelineRecords, timeline_records


def _day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{what} must be YYYY-MM-DD, not {value!r}") from e


def _line(e: reading.TimelineEntry) -> str:
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


def _record(e: reading.TimelineEntry, recs: TimelineRecords) -> dict[str, Any]:
    """The JSON line of an entry: the merged event with names next to its entity ids, the
    date shown (`when`, `approximate` when taken from publication) and its sources."""
    ev = e.event

    def name(eid: str) -> str:
        return str((recs.entities.get(eid) or {}).get("name") or eid)

    parts, places = list(ev.get("participants") or []), list(ev.get("places") or [])
    return {"id": ev.get("id"), "type": ev.get("type"), "when": e.when, "approximate": e.approximate,
            "date": ev.get("date"), "participants": parts, "participant_names": [name(p) for p in parts],
            "roles": ev.get("roles") or {}, "place": ev.get("place"),
            "place_name": name(ev["place"]) if ev.get("place") else None,
            "places": places, "place_names": [name(p) for p in places], "series": ev.get("series"),
            "series_label": ev.get("series_label"), "round": ev.get("round"), "status": ev.get("status"),
            "sources": [asdict(s) for s in e.sources]}


def timeline(
    out: Path = typer.Option(Path("."), "--out", "-o", help="Output folder of `marsad run`."),
    db: Path | None = DbOpt,
    entity: str | None = typer.Option(None, "--entity", "-e", help="Only events naming this entity "
                                            "(any spelling, an id or a QID)."),
    start: str | None = typer.Option(None, "--from", help="First day, YYYY-MM-DD."),
    end: str | None = typer.Option(None, "--to", help="Last day, YYYY-MM-DD."),
    html: bool = typer.Option(True, "--html/--no-html", help="Also (re)write OUT/timeline.html."),
    as_json: bool = JsonOpt,
) -> None:
    """Print the merged events in date order with their sources; a series shows its rounds
    in order and the rounds missing between them (`~` marks a date taken from publication)."""
    first, last = _day(start, "--from"), _day(end, "--to")
    with run_db(out, db) as con:
        wanted = wanted_ids(con, entity)
        recs = timeline_records(con)
    entries = reading.timeline_entries(recs, wanted, first, last)
    for e in entries:
        if as_json:
            typer.echo(json.dumps(_record(e, recs), ensure_ascii=False))
            continue
        typer.echo(_line(e))
        for s in e.sources:
            bits = [s.published or "undated", s.outlet or "", s.title or s.article, s.url or ""]
            typer.echo("    - " + " | ".join(b for b in bits if b))
    for ser in [] if as_json else reading.timeline_series(entries):
        rounds = {n: f"round {n} ({e.when or 'undated'})" for n, e in ser.rounds}
        rounds.update({n: f"round {n} missing" for n in ser.missing})
        typer.echo(f"series {ser.name}: " + " · ".join(rounds[n] for n in sorted(rounds)))
    if not entries:
        typer.echo("no events match", err=True)
    if html:
        page = reading.timeline_page(recs)
        write_text_atomic(out / "timeline.html", [page])
