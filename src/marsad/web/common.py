"""What every page and endpoint shares: the read-only database per request, paging and
query limits, the one JSON error shape and the templates."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Query, Request
from fastapi.templating import Jinja2Templates

from marsad.lang import interface_labels
from marsad.store.read import open_readonly

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape on for .html


def label(code: object) -> str:
    """The Arabic label of a code shown to people (an event type, status or role, an entity
    type: `lang/ar/timeline_labels.tsv`); the code itself when it has none."""
    return interface_labels().get(str(code), str(code))


templates.env.filters["label"] = label

MAX_PAGE_SIZE = 100
MAX_QUERY_CHARS = 200


def db(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the run's database for one request."""
    con = open_readonly(request.app.state.db_path)
    try:
        yield con
    finally:
        con.close()


@dataclass(frozen=True)
class Paging:
    """Which page of a list (1-based) and how many items per page."""

    page: int
    size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def paging(page: int = Query(1, ge=1, le=100_000, description="Page number, from 1."),
           size: int = Query(20, ge=1, le=MAX_PAGE_SIZE, description="Items per page.")) -> Paging:
    return Paging(page, size)


def text_query(q: str) -> str:
    """A query string checked for length; 422 when it is too long."""
    if len(q) > MAX_QUERY_CHARS:
        raise HTTPException(422, f"the query is longer than {MAX_QUERY_CHARS} characters")
    return q


def page_of(items: Sequence[Any], total: int, at: Paging) -> dict[str, Any]:
    """The one shape of every paginated API answer."""
    return {"items": list(items), "page": at.page, "size": at.size, "total": total}


def error_body(status: int, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    """The one shape of every API error."""
    return {"error": {"status": status, "message": message, "details": details or []}}


def not_found(what: str) -> HTTPException:
    return HTTPException(404, f"no {what} with that id")
