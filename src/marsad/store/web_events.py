"""Queries of the event and quotation views of `marsad serve`: quotations by speaker or by an
entity they name (paginated), and the evidence sentences of merged events."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from marsad.model import EventAttrs, QuoteAttrs
from marsad.store.events_read import Quote
from marsad.store.stories_read import entity_names


@dataclass(frozen=True)
class QuoteRow(Quote):
    """A quotation (`events_read.Quote`) with the title, outlet and date of its article."""

    title: str | None
    source: str | None
    published_date: str | None


@dataclass(frozen=True)
class Evidence:
    """A sentence reporting a merged event: its article, offsets and text."""

    event: str
    article: str
    start: int
    end: int
    trigger: str | None
    text: str
    title: str | None
    published_date: str | None


def _in(ids: Collection[str]) -> str:
    return ",".join("?" * len(ids))


def quote_list(con: sqlite3.Connection, speakers: Collection[str] | None, entities: Collection[str] | None,
               limit: int, offset: int) -> tuple[list[QuoteRow], int]:
    """Quotations (by one of `speakers`; naming one of `entities` inside the quotation), in
    publication order, and how many in all."""
    where, args = [], []
    if speakers is not None:
        where.append(f"q.speaker IN ({_in(speakers)})")
        args.extend(sorted(speakers))
    if entities is not None:
        where.append("q.rowid IN (SELECT x.rowid FROM mentions m JOIN quotes x ON x.article = m.article"
                     f" AND x.start <= m.start AND x.end >= m.end WHERE m.entity IN ({_in(entities)}))")
        args.extend(sorted(entities))
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    total = int(con.execute(f"SELECT count(*) FROM quotes q{cond}", args).fetchone()[0])  # noqa: S608
    rows = list(con.execute(
        "SELECT q.article, q.start, q.end, q.text, q.kind, q.speaker, q.attrs, a.title, a.source,"  # noqa: S608
        f" a.published_date FROM quotes q JOIN articles a ON a.id = q.article{cond}"
        " ORDER BY a.published_date IS NULL, a.published_date DESC, q.article, q.start LIMIT ? OFFSET ?",
        (*args, limit, offset)))
    names = entity_names(con, {r["speaker"] for r in rows if r["speaker"]})
    return [QuoteRow(r["article"], r["start"], r["end"], r["text"], r["kind"], r["speaker"],
                     names.get(r["speaker"], r["speaker"]) if r["speaker"] else None,
                     QuoteAttrs.from_json(json.loads(r["attrs"] or "{}")).speaker_text,
                     r["title"], r["source"], r["published_date"]) for r in rows], total


def evidence(con: sqlite3.Connection, events: Collection[str]) -> dict[str, list[Evidence]]:
    """The evidence sentences of these merged events, by event, earliest article first."""
    out: dict[str, list[Evidence]] = {}
    wanted = sorted(set(events))
    for k in range(0, len(wanted), 900):
        part = wanted[k : k + 900]
        for r in con.execute(
                "SELECT m.event, m.article, m.start, m.end, m.attrs,"
                " substr(a.text, m.start + 1, m.end - m.start) AS text, a.title, a.published_date"
                " FROM event_mentions m JOIN articles a ON a.id = m.article"
                f" WHERE m.event IN ({_in(part)})"  # noqa: S608
                " ORDER BY a.published_date IS NULL, a.published_date, m.article, m.start", part):
            out.setdefault(r["event"], []).append(Evidence(
                r["event"], r["article"], r["start"], r["end"],
                EventAttrs.from_json(json.loads(r["attrs"] or "{}")).trigger,
                r["text"], r["title"], r["published_date"]))
    return out
