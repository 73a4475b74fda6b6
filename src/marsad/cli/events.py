"""`marsad events` lists the events of a run; `marsad quotes --speaker NAME` lists who said
what. Both read the run's marsad.db (or, without one, its articles.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from marsad.cli.entity_lookup import ids_or_exit
from marsad.resolve.lookup import NameIndex
from marsad.store.files import read_jsonl
from marsad.store.read import (
    articles_with_events_and_quotes,
    entity_lookup_rows,
    layout_entity_rows,
    open_readonly,
)

OutOpt = typer.Option(Path("."), "--out", "-o", help="The output folder of a `marsad run`.")
DbOpt = typer.Option(None, "--db", help="A marsad.db (default: OUT/marsad.db).")
JsonOpt = typer.Option(False, "--json", help="One JSON object a line instead of a table.")


Records = tuple[list[dict[str, Any]], dict[str, str], NameIndex | None]


def _rows(out: Path, db: Path | None, lookup: bool) -> Records:
    """Article records (with events and quotes), entity names and, when `lookup`, the name
    index of the run's entities: from the db or, without one, the layout."""
    path = db or out / "marsad.db"
    if path.exists():
        con = open_readonly(path)
        try:
            arts, names = articles_with_events_and_quotes(con)
            index = NameIndex.from_rows(entity_lookup_rows(con)) if lookup else None
        finally:
            con.close()
        return arts, names, index
    layout = out / "articles.jsonl"
    if not layout.exists():
        raise typer.BadParameter(f"{out}: neither marsad.db nor articles.jsonl; give --out DIR of a run")
    arts = read_jsonl(layout)  # lines end at "\n" only: U+2028 inside a title is not a line end
    ents = read_jsonl(out / "entities.jsonl") if (out / "entities.jsonl").exists() else []
    names = {e["id"]: e["name"] for e in ents}
    for a in arts:
        for m in a.get("mentions", []):
            names.setdefault(m.get("entity") or "", m["text"])
    return arts, names, NameIndex.from_rows(layout_entity_rows(ents, arts)) if lookup else None


def _wanted(index: NameIndex | None, name: str | None) -> set[str] | None:
    """The ids NAME finds (exits 1 when none), or None when there is no NAME to filter on."""
    return set(ids_or_exit(index, name)) if index is not None and name else None


def _name(names: dict[str, str], ent: str | None) -> str:
    return names.get(ent or "", ent or "?")


def events_cmd(out: Path = OutOpt, db: Path | None = DbOpt,
               type_: str | None = typer.Option(None, "--type", help="Only this type (VISIT, MEET, ...)."),
               entity: str | None = typer.Option(None, "--entity", help="Only events with this participant "
                                                 "(any spelling, an entity id or QID)."),
               as_json: bool = JsonOpt) -> None:
    """List the events of a run: type, date, participants, place, series and round, status."""
    arts, names, index = _rows(out, db, lookup=bool(entity))
    want = _wanted(index, entity)
    for a in arts:
        for ev in a.get("events", []):
            if type_ and ev["type"] != type_.upper():
                continue
            parts = ev.get("participants") or []
            if want is not None and want.isdisjoint(parts):
                continue
            if as_json:
                typer.echo(json.dumps({**ev, "article": a["id"]}, ensure_ascii=False))
                continue
            roles = ev.get("roles") or {}
            who = " + ".join(_name(names, p) + (f" ({roles[p]})" if p in roles else "") for p in parts)
            extra = [f"in {_name(names, ev['place'])}" if ev.get("place") else "",
                     f"round {ev['round']}" if ev.get("round") else "",
                     f"[{ev['series']}]" if ev.get("series") else "",
                     ev.get("status") if ev.get("status") not in (None, "happened") else ""]
            typer.echo(f"{ev.get('date') or '----------'}  {ev['type']:<9} {who}  "
                       + " ".join(x for x in extra if x) + f"  ({a['id']})")


def quotes_cmd(out: Path = OutOpt, db: Path | None = DbOpt,
               speaker: str | None = typer.Option(None, "--speaker", "-s", help="Only quotes by this speaker "
                                                  "(any spelling, an entity id or QID)."),
               as_json: bool = JsonOpt) -> None:
    """List the quotations of a run with their speakers."""
    arts, names, index = _rows(out, db, lookup=bool(speaker))
    want = _wanted(index, speaker)
    for a in arts:
        for q in a.get("quotes", []):
            sp = q.get("speaker")
            if want is not None and sp not in want:
                continue
            text = q.get("text") or a.get("text", "")[q["start"]:q["end"]]
            if as_json:
                typer.echo(json.dumps({**q, "article": a["id"], "text": text}, ensure_ascii=False))
            else:
                who = _name(names, sp) if sp else f"({q['speaker_text']})" if q.get("speaker_text") else "?"
                typer.echo(f"{who}: «{text}»  ({a['id']})")


def register(app: typer.Typer) -> None:
    app.command("events")(events_cmd)
    app.command("quotes")(quotes_cmd)
