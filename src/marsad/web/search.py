"""Search: the page `/search` and the endpoint `/api/search`, full text over the run's
articles (Arabic-normalised, clitics folded) with filters for dates, outlet, entity and event
type. With no query it browses the articles newest first. Highlighted snippets are built
from escaped pieces: a hit is `<mark>`, everything else is text."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from marsad.reading.search import Filters, Result, SearchPage, event_types, outlets, search
from marsad.web.common import Paging, db, page_of, paging, templates, text_query
from marsad.web.filters import day

router = APIRouter()


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class SearchParams:
    """The query and filters of a search, checked (422 on a long query or a bad date)."""

    def __init__(self,
                 q: str = Query("", description="Words (all must match) and \"quoted phrases\"; "
                                                "empty browses newest first."),
                 from_: str | None = Query(None, alias="from",
                                           description="Published on or after (YYYY-MM-DD)."),
                 to: str | None = Query(None, description="Published on or before (YYYY-MM-DD)."),
                 outlet: str | None = Query(None, max_length=200, description="The outlet (source)."),
                 entity: str | None = Query(None, max_length=200,
                                            description="An entity id or any spelling of its name."),
                 type: str | None = Query(None, max_length=40, description="An event type (MEET, VISIT...).")
                 ) -> None:
        self.q = text_query(q)
        self.first = _iso(day(from_, "from"))
        self.last = _iso(day(to, "to"))
        if self.first and self.last and self.first > self.last:
            raise HTTPException(422, "from is after to")
        self.outlet = outlet or None
        self.entity = (entity or "").strip() or None
        self.type = type or None

    def run(self, con: sqlite3.Connection, at: Paging) -> SearchPage:
        return search(con, self.q, Filters(self.first, self.last, self.outlet, None, self.type), self.entity,
                      at.size, at.offset)

    def link(self, page: int) -> str:
        """The page's URL for another page of the same search."""
        args = {"q": self.q, "from": self.first, "to": self.last, "outlet": self.outlet,
                "entity": self.entity, "type": self.type, "page": page}
        return "/search?" + urlencode({k: v for k, v in args.items() if v})


def marked(pieces: tuple[tuple[str, bool], ...]) -> Markup:
    """Pieces of text as HTML: each escaped, hits in <mark>."""
    return Markup("").join(Markup("<mark>{}</mark>").format(t) if hit else escape(t) for t, hit in pieces)


def _item(r: Result) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "title_html": str(marked(r.title_pieces)), "source": r.source,
            "url": r.url, "published": r.date, "page": f"/article/{r.id}", "snippet": r.snippet.text,
            "snippet_html": str(marked(r.snippet.pieces)), "hits": [list(h) for h in r.hits]}


@router.get("/api/search", summary="Full-text search over the articles, with filters; newest first "
                                    "when the query is empty.")
def api_search(params: SearchParams = Depends(), at: Paging = Depends(paging),
               con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    found = params.run(con, at)
    body = page_of([_item(r) for r in found.results], found.total, at)
    body["suggestions"] = [{"id": i, "name": n} for i, n in found.suggestions]
    body["indexed"] = found.indexed
    return body


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, params: SearchParams = Depends(), at: Paging = Depends(paging),
                con: sqlite3.Connection = Depends(db)) -> Response:
    searched = bool(params.q or params.first or params.last or params.outlet or params.entity or params.type)
    found = params.run(con, at) if searched else SearchPage([], 0, [], True)
    pages = max(1, -(-found.total // at.size))
    return templates.TemplateResponse(request, "search.html", {
        "p": params, "found": found, "searched": searched, "at": at, "pages": pages,
        "prev": params.link(at.page - 1) if at.page > 1 else None,
        "next": params.link(at.page + 1) if at.page < pages else None,
        "outlets": outlets(con), "types": event_types(con)})
