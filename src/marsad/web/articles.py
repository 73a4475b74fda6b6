"""Articles: the page `/article/{id}` (the original text with its layers: entities coloured
by type and linked, dates with their values on hover, quotations with their speakers, event
sentences with anchors `#s-START`, junk folded), and `/api/articles`, `/api/articles/{id}`."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from marsad.store.web_articles import ArticleDetail, article_detail, article_list
from marsad.web.common import Paging, db, not_found, page_of, paging, templates
from marsad.web.filters import day, http_url
from marsad.web.markup import article_markup

router = APIRouter()


def _detail(con: sqlite3.Connection, aid: str) -> ArticleDetail:
    art = article_detail(con, aid)
    if art is None:
        raise not_found("article")
    return art


def article_record(art: ArticleDetail) -> dict[str, Any]:
    """The JSON of one article: its fields, publication with evidence, every layer (entity ids
    with names), its story and near-duplicates."""
    rec = asdict(art)
    rec["published"] = {**art.published, "date": art.published_date, "source": art.published_source}
    del rec["published_date"], rec["published_source"]
    rec["layers"] = {k: rec.pop(k) for k in ("segments", "mentions", "timexes", "quotes", "events")}
    rec["page"] = f"/article/{art.id}"
    return rec


@router.get("/api/articles", summary="Articles published in a date range, from an outlet, newest first.")
def api_articles(from_: str | None = Query(None, alias="from", description="On or after (YYYY-MM-DD)."),
                 to: str | None = Query(None, description="On or before (YYYY-MM-DD)."),
                 outlet: str | None = Query(None, max_length=200, description="The outlet (source)."),
                 at: Paging = Depends(paging), con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    first, last = day(from_, "from"), day(to, "to")
    items, total = article_list(con, first.isoformat() if first else None, last.isoformat() if last else None,
                                outlet or None, at.size, at.offset)
    return page_of([{**asdict(a), "page": f"/article/{a.id}"} for a in items], total, at)


@router.get("/api/articles/{aid}", summary="One article: text, publication evidence, every layer, "
                                           "story, near-duplicates.")
def api_article(aid: str, con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    return article_record(_detail(con, aid))


@router.get("/article/{aid}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, aid: str, con: sqlite3.Connection = Depends(db)) -> Response:
    art = _detail(con, aid)
    evidence = [e for e in art.published.get("evidence") or [] if isinstance(e, dict)]
    return templates.TemplateResponse(request, "article.html", {
        "a": art, "text": article_markup(art), "url": http_url(art.url), "evidence": evidence,
        "quotes": art.quotes, "events": art.events})
