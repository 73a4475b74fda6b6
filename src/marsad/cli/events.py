"""`marsad events` lists the events of a run; `marsad quotes --speaker NAME` lists who said
what. Both read the run's marsad.db (or, without one, its articles.jsonl)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import typer

from marsad.lang.normalize import normalize
from marsad.store.files import read_jsonl

OutOpt = typer.Option(Path("."), "--out", "-o", help="The output folder of a `marsad run`.")
DbOpt = typer.Option(None, "--db", help="A marsad.db (default: OUT/marsad.db).")
JsonOpt = typer.Option(False, "--json", help="One JSON object a line instead of a table.")


def _rows(out: Path, db: Path | None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Article records (with events and quotes) and entity names, from the db or the layout."""
    path = db or out / "marsad.db"
    if path.exists():
        return _from_db(path)
    layout = out / "articles.jsonl"
    if not layout.exists():
        raise typer.BadParameter(f"{out}: neither marsad.db nor articles.jsonl; give --out DIR of a run")
    arts = read_jsonl(layout)  # lines end at "\n" only: U+2028 inside a title is not a line end
    names: dict[str, str] = {}
    ents = out / "entities.jsonl"
    if ents.exists():
        names.update((e["id"], e["name"]) for e in read_jsonl(ents))
    for a in arts:
        for m in a.get("mentions", []):
            names.setdefault(m.get("entity") or "", m["text"])
    return arts, names


def _from_db(path: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    names = {r["id"]: r["name"] for r in con.execute("SELECT id, name FROM entities")}
    for r in con.execute("SELECT entity, text FROM mentions WHERE entity IS NOT NULL"):
        names.setdefault(r["entity"], r["text"])
    arts: dict[str, dict[str, Any]] = {}
    for r in con.execute("SELECT id, title, published_date, text FROM articles"):
        arts[r["id"]] = {"id": r["id"], "title": r["title"], "published": {"date": r["published_date"]},
                         "text": r["text"], "events": [], "quotes": []}
    for r in con.execute("SELECT event, article, start, end, type, attrs FROM event_mentions"):
        ev = {"id": r["event"], "type": r["type"], "start": r["start"], "end": r["end"],
              **json.loads(r["attrs"])}
        arts[r["article"]]["events"].append(ev)
    for r in con.execute("SELECT article, start, end, text, kind, speaker FROM quotes"):
        arts[r["article"]]["quotes"].append(dict(r))
    con.close()
    return list(arts.values()), names


def _name(names: dict[str, str], ent: str | None) -> str:
    return names.get(ent or "", ent or "?")


def events_cmd(out: Path = OutOpt, db: Path | None = DbOpt,
               type_: str | None = typer.Option(None, "--type", help="Only this type (VISIT, MEET, ...)."),
               entity: str | None = typer.Option(None, "--entity", help="Only events with this participant."),
               as_json: bool = JsonOpt) -> None:
    """List the events of a run: type, date, participants, place, series and round, status."""
    arts, names = _rows(out, db)
    want = normalize(entity) if entity else None
    for a in arts:
        for ev in a.get("events", []):
            if type_ and ev["type"] != type_.upper():
                continue
            parts = ev.get("participants") or []
            if want and not any(want in normalize(_name(names, p)) or want == p for p in parts):
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
                                                  "(any spelling, or an entity id)."),
               as_json: bool = JsonOpt) -> None:
    """List the quotations of a run with their speakers."""
    arts, names = _rows(out, db)
    want = normalize(speaker) if speaker else None
    for a in arts:
        for q in a.get("quotes", []):
            sp = q.get("speaker")
            if want and not (sp == speaker or (sp and want in normalize(_name(names, sp)))):
                continue
            text = q.get("text") or a.get("text", "")[q["start"]:q["end"]]
            if as_json:
                typer.echo(json.dumps({**q, "article": a["id"], "text": text}, ensure_ascii=False))
            else:
                typer.echo(f"{_name(names, sp) if sp else '?'}: «{text}»  ({a['id']})")


def register(app: typer.Typer) -> None:
    app.command("events")(events_cmd)
    app.command("quotes")(quotes_cmd)
