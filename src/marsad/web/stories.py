"""Stories: `/stories` (largest first, then newest) and `/story/{id}` (headline, articles by
outlet and by time, the events and entities it holds: `marsad.reading.StorySummary`, as
`marsad stories` and `marsad story` show them), and `/api/stories`, `/api/stories/{id}`."""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from marsad.reading import StorySummary
from marsad.reading.pages import story_page
from marsad.reading.stories import story_summary
from marsad.store.web_events import evidence
from marsad.web.common import Paging, db, not_found, page_of, paging, templates
from marsad.web.filters import http_url, pager

router = APIRouter()


def _page(con: sqlite3.Connection, at: Paging) -> tuple[list[StorySummary], int]:
    return story_page(con, at.size, at.offset)


def _story(con: sqlite3.Connection, sid: str) -> StorySummary:
    s = story_summary(con, sid)
    if s is None:
        raise not_found("story")
    return s


def story_json(s: StorySummary, with_members: bool) -> dict[str, Any]:
    return {**s.record(with_members=with_members), "page": f"/story/{s.id}"}


def by_outlet(s: StorySummary) -> list[tuple[str, list[Any]]]:
    """The members grouped by outlet (outlets by number of articles), each in publication order."""
    groups: dict[str, list[Any]] = {}
    for m in s.members:
        groups.setdefault(m.source or "—", []).append(m)
    return sorted(groups.items(), key=lambda g: (-len(g[1]), g[0]))


@router.get("/api/stories", summary="Stories, largest first, then newest.")
def api_stories(at: Paging = Depends(paging), con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    shown, total = _page(con, at)
    return page_of([story_json(s, False) for s in shown], total, at)


@router.get("/api/stories/{sid}", summary="One story: headline, dates, outlets, entities, events, articles.")
def api_story(sid: str, con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    return story_json(_story(con, sid), True)


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(request: Request, at: Paging = Depends(paging),
                 con: sqlite3.Connection = Depends(db)) -> Response:
    shown, total = _page(con, at)
    return templates.TemplateResponse(request, "stories.html", {
        "stories": shown,
        "pager": pager("/stories", {"size": at.size if at.size != 20 else None}, at, total)})


@router.get("/story/{sid}", response_class=HTMLResponse, include_in_schema=False)
def one_story_page(request: Request, sid: str, con: sqlite3.Connection = Depends(db)) -> Response:
    s = _story(con, sid)
    members = set(s.articles)
    sentences = {eid: [e for e in spans if e.article in members]
                 for eid, spans in evidence(con, {e.id for e in s.events}).items()}
    return templates.TemplateResponse(request, "story.html", {
        "s": s, "outlets": by_outlet(s), "urls": {m.id: http_url(m.url) for m in s.members},
        "sentences": sentences})
