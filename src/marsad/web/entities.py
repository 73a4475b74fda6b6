"""Entities: `/entities` (by type, or the entities any spelling names) and `/entity/{id}`
(canonical name, type, every variant with counts, catalogue id and QID, mentions per month
as an SVG bar chart drawn here, co-occurring entities, quotes by it, events with it), and
`/api/entities`, `/api/entities/{id}`."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from marsad.store.web_entities import EntityDetail, entity_detail, entity_list
from marsad.store.web_events import quote_list
from marsad.web.common import Paging, db, not_found, page_of, paging, templates, text_query
from marsad.web.filters import pager, wanted

router = APIRouter()
TYPES = ("PER", "ORG", "LOC", "MISC")
QUOTES_SHOWN = 20


def _type(value: str | None) -> str | None:
    return (value or "").strip().upper() or None


def _detail(con: sqlite3.Connection, eid: str) -> EntityDetail:
    ent = entity_detail(con, eid)
    if ent is None:
        raise not_found("entity")
    return ent


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), both included."""
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while (y, m) <= (int(last[:4]), int(last[5:7])) and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_chart(per_month: list[tuple[str, int]], width: int = 600, height: int = 140) -> Markup:
    """Mentions per month as an SVG bar chart (months without mentions are empty bars)."""
    if not per_month:
        return Markup("")
    counts = dict(per_month)
    months = months_between(per_month[0][0], per_month[-1][0])
    top = max(counts.values())
    step = width / len(months)
    bars = []
    for i, month in enumerate(months):
        n = counts.get(month, 0)
        h = round((height - 20) * n / top, 1) if top else 0
        bars.append(Markup('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{}">'
                           '<title>{}: {}</title></rect>').format(
            i * step + 1, height - 20 - h, max(step - 2, 1), h, month, n))
    labels = Markup('<text x="0" y="{}" class="axis">{}</text><text x="{}" y="{}" class="axis" '
                    'text-anchor="end">{}</text>').format(height - 4, months[0], width, height - 4,
                                                          months[-1])
    return Markup('<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="الإشارات شهريا" '
                  'direction="ltr">{}{}</svg>').format(width, height, Markup("").join(bars), labels)


def entity_json(ent: EntityDetail, quotes: list[dict[str, Any]]) -> dict[str, Any]:
    rec = asdict(ent)
    rec["variants"] = [{"variant": v, "count": n} for v, n in ent.variants]
    rec["per_month"] = [{"month": m, "mentions": n} for m, n in ent.per_month]
    rec["catalogue_id"] = ent.id if ent.catalogue else None
    rec["wikidata"] = f"https://www.wikidata.org/wiki/{ent.qid}" if ent.qid else None
    rec["quotes"] = quotes
    rec["page"] = f"/entity/{ent.id}"
    return rec


@router.get("/api/entities", summary="Entities, most mentioned first; by type, or those a name "
                                     "(any spelling, an id or a QID) names.")
def api_entities(type: str | None = Query(None, max_length=10, description="PER, ORG, LOC or MISC."),
                 q: str | None = Query(None, description="Any spelling of a name, an id or a QID."),
                 at: Paging = Depends(paging), con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    found = wanted(con, text_query(q or ""))
    items, total = entity_list(con, _type(type), found.ids, at.size, at.offset)
    body = page_of([{**asdict(e), "page": f"/entity/{e.id}"} for e in items], total, at)
    body["suggestions"] = [{"id": i, "name": n} for i, n in found.suggestions]
    return body


@router.get("/api/entities/{eid}", summary="One entity: variants, catalogue id, QID, mentions per month, "
                                           "co-occurring entities, quotes, events.")
def api_entity(eid: str, con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    ent = _detail(con, eid)
    quotes, _ = quote_list(con, {eid}, None, QUOTES_SHOWN, 0)
    return entity_json(ent, [asdict(x) for x in quotes])


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(request: Request, type: str | None = Query(None, max_length=10), q: str | None = None,
                  at: Paging = Depends(paging), con: sqlite3.Connection = Depends(db)) -> Response:
    found = wanted(con, text_query(q or ""))
    items, total = entity_list(con, _type(type), found.ids, at.size, at.offset)
    return templates.TemplateResponse(request, "entities.html", {
        "items": items, "type": _type(type), "q": q or "", "types": TYPES, "suggestions": found.suggestions,
        "pager": pager("/entities", {"type": _type(type), "q": q}, at, total)})


@router.get("/entity/{eid}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, eid: str, con: sqlite3.Connection = Depends(db)) -> Response:
    ent = _detail(con, eid)
    quotes, n_quotes = quote_list(con, {eid}, None, QUOTES_SHOWN, 0)
    return templates.TemplateResponse(request, "entity.html", {
        "e": ent, "chart": month_chart(ent.per_month), "quotes": quotes, "n_quotes": n_quotes})


@router.get("/api/quotes", summary="Quotations, newest first: by a speaker, or naming an entity "
                                   "(an id or any spelling of a name).")
def api_quotes(speaker: str | None = Query(None, max_length=200, description="The speaker: an id or a name."),
               entity: str | None = Query(None, max_length=200,
                                          description="An entity named inside the quotation."),
               at: Paging = Depends(paging), con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    by, about = wanted(con, speaker), wanted(con, entity)
    items, total = quote_list(con, by.ids, about.ids, at.size, at.offset)
    body = page_of([{**asdict(x), "page": f"/article/{x.article}"} for x in items], total, at)
    body["suggestions"] = [{"id": i, "name": n} for i, n in by.suggestions + about.suggestions]
    return body
