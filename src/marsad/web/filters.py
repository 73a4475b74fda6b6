"""The filters the article, entity, event, timeline and network views share: dates checked
(422 unless YYYY-MM-DD), an `entity=` that is an id or any spelling of a name (the one name
lookup, `marsad.reading.entity_ids`, its index kept between requests), and the links of a pager."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Query

from marsad.reading import entity_ids
from marsad.store.web_entities import is_entity_id
from marsad.web.common import Paging


def day(value: str | None, name: str) -> date | None:
    """A YYYY-MM-DD date, or None when empty; 422 when it is not one."""
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name} must be a date written YYYY-MM-DD, not {value[:40]!r}") from None


@dataclass(frozen=True)
class Wanted:
    """The entities an `entity=` names: None when none was asked for; suggestions (id, name)
    when the name matched nothing."""

    ids: set[str] | None
    suggestions: list[tuple[str, str]]


def wanted(con: sqlite3.Connection, name: str | None) -> Wanted:
    if not name or not name.strip():
        return Wanted(None, [])
    if is_entity_id(con, name.strip()):  # the links of the pages: no need to build the name index
        return Wanted({name.strip()}, [])
    found = entity_ids(con, name.strip())
    return Wanted(set(found.ids), found.suggestions)


class EventParams:
    """The filters of events, the timeline and the network, checked."""

    def __init__(self,
                 entity: str | None = Query(None, max_length=200,
                                            description="An entity id or any spelling of its name."),
                 type: str | None = Query(None, max_length=40, description="An event type (MEET, VISIT...)."),
                 status: str | None = Query(None, max_length=40,
                                            description="happened, planned, hypothetical, ..."),
                 from_: str | None = Query(None, alias="from", description="On or after (YYYY-MM-DD)."),
                 to: str | None = Query(None, description="On or before (YYYY-MM-DD).")) -> None:
        self.entity = (entity or "").strip() or None
        self.type = (type or "").strip().upper() or None
        self.status = (status or "").strip() or None
        self.first = day(from_, "from")
        self.last = day(to, "to")
        if self.first and self.last and self.first > self.last:
            raise HTTPException(422, "from is after to")

    def args(self) -> dict[str, str]:
        given = {"entity": self.entity, "type": self.type, "status": self.status,
                 "from": self.first.isoformat() if self.first else None,
                 "to": self.last.isoformat() if self.last else None}
        return {k: v for k, v in given.items() if v}


def link(path: str, args: dict[str, Any], page: int) -> str:
    """The URL of another page of the same listing."""
    given = {k: v for k, v in {**args, "page": page}.items() if v not in (None, "")}
    return path + ("?" + urlencode(given) if given else "")


def pager(path: str, args: dict[str, Any], at: Paging, total: int) -> dict[str, Any]:
    """What the pager of a listing page shows: pages in all, and the previous and next links."""
    pages = max(1, -(-total // at.size))
    return {"page": at.page, "pages": pages, "total": total,
            "prev": link(path, args, at.page - 1) if at.page > 1 else None,
            "next": link(path, args, at.page + 1) if at.page < pages else None}


def http_url(url: str | None) -> str | None:
    """The URL when it may be a link (http or https), else None: it is then shown as text."""
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None
