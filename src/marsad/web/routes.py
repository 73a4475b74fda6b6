"""Every router of the application, pages and API: one module per subject, each exposing
`router` (an APIRouter)."""

from __future__ import annotations

from fastapi import APIRouter

from marsad.web import articles, entities, home, network, search, stories, timeline


def routers() -> list[APIRouter]:
    return [m.router for m in (home, search, articles, entities, stories, timeline, network)]
