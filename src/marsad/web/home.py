"""The front page: what the run holds, and where to start."""

from __future__ import annotations

import sqlite3

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from marsad.store.overview import overview
from marsad.web.common import db, templates

router = APIRouter()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request, con: sqlite3.Connection = Depends(db)) -> Response:
    return templates.TemplateResponse(request, "home.html", {"o": overview(con)})


@router.get("/api/overview", summary="What the run holds: counts, date range, outlets.")
def api_overview(con: sqlite3.Connection = Depends(db)) -> dict[str, object]:
    o = overview(con)
    return {"articles": o.articles, "entities": o.entities, "events": o.events, "quotes": o.quotes,
            "stories": o.stories, "first": o.first, "last": o.last,
            "outlets": [{"name": n, "articles": c} for n, c in o.outlets]}
