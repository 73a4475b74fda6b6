"""`marsad entities` lists the entities of a run; `marsad entity NAME` shows one of them,
found by any of its spellings, with its variants and the articles that mention it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import typer

from marsad.lang.normalize import normalize
from marsad.resolve.names import clean, is_latin, name_form
from marsad.resolve.translit import transliterate
from marsad.resolve.variants import THRESHOLD, similarity, skeleton

DbOpt = typer.Option(None, "--db", help="The marsad.db of a run.")
OutOpt = typer.Option(None, "--out", "-o", help="The output folder of a run (holds marsad.db).")


def _open(db: Path | None, out: Path | None) -> sqlite3.Connection:
    path = db or (out / "marsad.db" if out else Path("marsad.db"))
    if not path.exists():
        raise typer.BadParameter(f"{path}: no database; give --db FILE or --out DIR of a `marsad run`")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    return con


def list_entities(con: sqlite3.Connection, type_: str | None = None, limit: int = 0) -> list[dict[str, Any]]:
    """Entities with their mention and article counts, most mentioned first."""
    sql = ("SELECT e.id, e.type, e.name, e.qid, COUNT(m.entity) AS mentions,"
           " COUNT(DISTINCT m.article) AS articles FROM entities e LEFT JOIN mentions m ON m.entity = e.id"
           + (" WHERE e.type = ?" if type_ else "") + " GROUP BY e.id ORDER BY mentions DESC, e.name")
    args: tuple[Any, ...] = (type_,) if type_ else ()
    if limit:
        sql += " LIMIT ?"
        args += (limit,)
    return [dict(r) for r in con.execute(sql, args)]


def find_entity(con: sqlite3.Connection, name: str) -> list[str]:
    """Ids of the entities one of whose spellings is `name` (normalised, titles stripped,
    else a close variant of it)."""
    tries = [normalize(name), clean(name), name_form(name, "PER")]
    for q in dict.fromkeys(t for t in tries if t):
        rows = con.execute("SELECT DISTINCT entity FROM entity_variants WHERE norm = ? OR lower(norm) = ?",
                           (q, q.lower())).fetchall()
        if rows:
            return [r[0] for r in rows]
    want = name_form(name, "PER")
    if is_latin(want):
        want = transliterate(want)
    key = skeleton(want)
    close: dict[str, float] = {}
    for ent, norm in con.execute("SELECT entity, norm FROM entity_variants"):
        form = name_form(norm, "PER")
        if is_latin(form):
            form = transliterate(form)
        if skeleton(form) == key:
            s = similarity(form, want)
            if s >= THRESHOLD:
                close[ent] = max(close.get(ent, 0.0), s)
    return sorted(close, key=lambda e: -close[e])


def entity_record(con: sqlite3.Connection, eid: str, articles: int = 20) -> dict[str, Any]:
    row = con.execute("SELECT id, type, name, qid FROM entities WHERE id = ?", (eid,)).fetchone()
    variants = {v: n for v, n in con.execute(
        "SELECT variant, count FROM entity_variants WHERE entity = ? ORDER BY count DESC, variant", (eid,))}
    arts = [dict(r) for r in con.execute(
        "SELECT a.id, a.title, a.published_date AS date, a.path, COUNT(*) AS mentions FROM mentions m"
        " JOIN articles a ON a.id = m.article WHERE m.entity = ? GROUP BY a.id"
        " ORDER BY a.published_date DESC, a.id LIMIT ?", (eid, articles))]
    return {**dict(row), "variants": variants, "articles": arts}


def entities(
    db: Path | None = DbOpt,
    out: Path | None = OutOpt,
    type_: str | None = typer.Option(None, "--type", "-t", help="Only PER, ORG, LOC or MISC."),
    limit: int = typer.Option(0, "--limit", "-n", help="At most this many (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """List the entities of a run, most mentioned first."""
    con = _open(db, out)
    for e in list_entities(con, type_.upper() if type_ else None, limit):
        if as_json:
            typer.echo(json.dumps(e, ensure_ascii=False))
        else:
            qid = f"  {e['qid']}" if e["qid"] else ""
            typer.echo(f"{e['id']:20s} {e['type']:4s} {e['mentions']:6d} mentions {e['articles']:5d} articles"
                       f"  {e['name']}{qid}")


def entity(
    name: str = typer.Argument(..., help="Any spelling of the entity (any script), or its id."),
    db: Path | None = DbOpt,
    out: Path | None = OutOpt,
    articles: int = typer.Option(20, "--articles", help="Show at most this many articles."),
    as_json: bool = typer.Option(False, "--json", help="Print the entity as JSON."),
) -> None:
    """Show one entity, found by any of its spellings, with its variants and articles."""
    con = _open(db, out)
    known = con.execute("SELECT 1 FROM entities WHERE id = ?", (name,)).fetchone()
    ids = [name] if known else find_entity(con, name)
    if not ids:
        typer.echo(f"no entity is spelled {name!r}", err=True)
        raise typer.Exit(code=1)
    for eid in ids:
        rec = entity_record(con, eid, articles)
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
