"""Events: `/timeline` (merged events in date order with filters, series round by round with
the missing rounds, each event linked to its evidence sentences `/article/{id}#s-START`),
`/api/timeline` and `/api/events` (the same entries, paginated)."""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from marsad.reading import TimelineEntry, TimelineSeries, timeline_series
from marsad.reading.pages import event_entries
from marsad.store.stories_read import entity_names
from marsad.store.web_events import Evidence, evidence
from marsad.web.common import Paging, db, page_of, paging, templates
from marsad.web.filters import EventParams, Wanted, pager, wanted

router = APIRouter()


def _entries(con: sqlite3.Connection, p: EventParams) -> tuple[list[TimelineEntry], Wanted]:
    found = wanted(con, p.entity)
    if found.ids is not None and not found.ids:
        return [], found
    return event_entries(con, found.ids, p.type, p.status, p.first, p.last), found


def evidence_href(e: Evidence) -> str:
    return f"/article/{e.article}#s-{e.start}"


def event_json(e: TimelineEntry, names: dict[str, str], spans: list[Evidence]) -> dict[str, Any]:
    """An entry as JSON: the merged event with names next to its entity ids, the date shown
    (`approximate` when taken from publication) and its evidence sentences."""
    ev = e.event
    parts, places = [str(p) for p in ev.get("participants") or []], [str(p) for p in ev.get("places") or []]
    return {"id": ev.get("id"), "type": ev.get("type"), "when": e.when, "approximate": e.approximate,
            "date": ev.get("date"), "status": ev.get("status"),
            "participants": [{"id": p, "name": names.get(p, p), "role": (ev.get("roles") or {}).get(p)}
                             for p in parts],
            "place": ({"id": ev["place"], "name": names.get(ev["place"], ev["place"])}
                      if ev.get("place") else None),
            "places": [{"id": p, "name": names.get(p, p)} for p in places],
            "series": ev.get("series"), "series_label": ev.get("series_label"), "round": ev.get("round"),
            "evidence": [{"article": s.article, "start": s.start, "end": s.end, "text": s.text,
                          "trigger": s.trigger, "title": s.title, "published": s.published_date,
                          "page": evidence_href(s)} for s in spans]}


def _names(con: sqlite3.Connection, entries: list[TimelineEntry]) -> dict[str, str]:
    ids = {str(p) for e in entries for p in [*(e.event.get("participants") or []),
                                             *(e.event.get("places") or []), e.event.get("place")] if p}
    return entity_names(con, ids)


def series_json(ser: TimelineSeries) -> dict[str, Any]:
    return {"name": ser.name, "rounds": [{"round": n, "event": e.event.get("id"), "when": e.when}
                                         for n, e in ser.rounds], "missing": ser.missing}


def _listing(con: sqlite3.Connection, p: EventParams, at: Paging) -> dict[str, Any]:
    entries, found = _entries(con, p)
    shown = entries[at.offset:at.offset + at.size]
    spans = evidence(con, {str(e.event.get("id")) for e in shown})
    names = _names(con, shown)
    body = page_of([event_json(e, names, spans.get(str(e.event.get("id")), [])) for e in shown],
                   len(entries), at)
    body["suggestions"] = [{"id": i, "name": n} for i, n in found.suggestions]
    return body


@router.get("/api/events", summary="Merged events in date order, by entity, type, status and dates.")
def api_events(p: EventParams = Depends(), at: Paging = Depends(paging),
               con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    return _listing(con, p, at)


@router.get("/api/timeline", summary="The timeline: merged events in date order with their evidence, "
                                     "and every series round by round with the missing rounds.")
def api_timeline(p: EventParams = Depends(), at: Paging = Depends(paging),
                 con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    body = _listing(con, p, at)
    body["series"] = [series_json(s) for s in timeline_series(_entries(con, p)[0])]
    return body


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(request: Request, p: EventParams = Depends(), at: Paging = Depends(paging),
                  con: sqlite3.Connection = Depends(db)) -> Response:
    entries, found = _entries(con, p)
    shown = entries[at.offset:at.offset + at.size]
    all_series = timeline_series(entries)
    spans = evidence(con, {str(e.event.get("id")) for e in shown}
                     | {str(e.event.get("id")) for s in all_series for _, e in s.rounds})
    series = [{"name": s.name, "rounds": sorted([(n, e, False) for n, e in s.rounds]
                                                + [(n, None, True) for n in s.missing], key=lambda r: r[0])}
              for s in all_series]
    return templates.TemplateResponse(request, "timeline.html", {
        "p": p, "entries": shown, "names": _names(con, shown), "spans": spans, "series": series,
        "suggestions": found.suggestions, "href": evidence_href,
        "pager": pager("/timeline", p.args(), at, len(entries))})
