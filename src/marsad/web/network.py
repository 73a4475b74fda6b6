"""The network: `/network` draws who met, called or visited whom (`marsad.reading.pages.network`)
as an SVG laid out here, with no script: a deterministic force layout started from a circle;
`/api/network` gives its nodes and edges."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from marsad.reading.pages import INTERACTION_TYPES, Network, network
from marsad.web.common import db, templates
from marsad.web.filters import EventParams, wanted
from marsad.web.markup import entity_href

router = APIRouter()
SIZE = 600.0
GRAVITY = 0.2
Point = tuple[float, float]


def layout(net: Network, rounds: int = 150) -> dict[str, Point]:
    """Node positions in [40, SIZE - 40]²: nodes on a circle (heaviest first), then a few
    hundred steps of a Fruchterman-Reingold force layout with a pull to the centre (so that
    unconnected pairs stay near); the same graph, the same picture."""
    n = len(net.nodes)
    if n == 0:
        return {}
    index = {node.id: i for i, node in enumerate(net.nodes)}
    xs = [math.cos(2 * math.pi * i / n) for i in range(n)]
    ys = [math.sin(2 * math.pi * i / n) for i in range(n)]
    links = [(index[e.source], index[e.target], 1 + math.log(e.weight)) for e in net.edges]
    k = math.sqrt(4.0 / n)
    k2, pull = k * k, GRAVITY * k * n
    for step in range(rounds):
        heat = 0.1 * (1 - step / rounds) + 0.005
        mx, my = [-pull * x for x in xs], [-pull * y for y in ys]
        for a in range(n):
            xa, ya = xs[a], ys[a]
            for b in range(a + 1, n):
                dx, dy = xa - xs[b], ya - ys[b]
                d2 = max(dx * dx + dy * dy, 1e-6)
                fx, fy = dx * k2 / d2, dy * k2 / d2
                mx[a] += fx
                my[a] += fy
                mx[b] -= fx
                my[b] -= fy
        for a, b, w in links:
            dx, dy = xs[a] - xs[b], ys[a] - ys[b]
            d = max(math.hypot(dx, dy), 1e-3)
            fx, fy = dx * d / k * w, dy * d / k * w
            mx[a] -= fx
            my[a] -= fy
            mx[b] += fx
            my[b] += fy
        for a in range(n):
            d = max(math.hypot(mx[a], my[a]), 1e-9)
            xs[a] += mx[a] / d * min(d, heat)
            ys[a] += my[a] / d * min(d, heat)
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    inner = SIZE - 80
    return {node.id: (SIZE / 2 + (xs[i] - cx) / span * inner, SIZE / 2 + (ys[i] - cy) / span * inner)
            for i, node in enumerate(net.nodes)}


def drawing(net: Network) -> Markup:
    """The graph as SVG: edges as lines (width by weight), nodes as linked circles with names."""
    if not net.nodes:
        return Markup("")
    at = layout(net)
    names = {v.id: v.name for v in net.nodes}
    lines = [Markup('<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke-width="{:.1f}">'
                    '<title>{} — {}: {}</title></line>').format(
        *at[e.source], *at[e.target], min(1 + e.weight, 8), names[e.source], names[e.target],
        "، ".join(f"{t} {n}" for t, n in sorted(e.types.items()))) for e in net.edges]
    nodes = [Markup('<a href="{}"><circle class="node ent-{}" cx="{:.1f}" cy="{:.1f}" r="{:.1f}">'
                    '<title>{}</title></circle>'
                    '<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text></a>').format(
        entity_href(v.id), v.type, *at[v.id], 5 + 2 * math.sqrt(v.weight), v.name, at[v.id][0],
        at[v.id][1] - 9 - 2 * math.sqrt(v.weight), v.name) for v in net.nodes]
    return Markup('<svg class="network" viewBox="0 0 {0:.0f} {0:.0f}" role="img" aria-label="شبكة">'
                  '{1}{2}</svg>').format(SIZE, Markup("").join(lines), Markup("").join(nodes))


def _network(con: sqlite3.Connection, p: EventParams) -> tuple[Network, list[tuple[str, str]]]:
    found = wanted(con, p.entity)
    if found.ids is not None and not found.ids:
        return Network([], []), found.suggestions
    return network(con, p.first, p.last, p.type, found.ids), []


@router.get("/api/network", summary="Who met, called or visited whom: nodes (entities) and edges "
                                    "(weighted by the number of events), by dates, type and entity.")
def api_network(p: EventParams = Depends(), con: sqlite3.Connection = Depends(db)) -> dict[str, Any]:
    net, suggestions = _network(con, p)
    return {"nodes": [{**asdict(n), "page": entity_href(n.id)} for n in net.nodes],
            "edges": [asdict(e) for e in net.edges], "types": list(INTERACTION_TYPES),
            "suggestions": [{"id": i, "name": n} for i, n in suggestions]}


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_page(request: Request, p: EventParams = Depends(),
                 con: sqlite3.Connection = Depends(db)) -> Response:
    net, suggestions = _network(con, p)
    names = {n.id: n.name for n in net.nodes}
    return templates.TemplateResponse(request, "network.html", {
        "p": p, "net": net, "svg": drawing(net), "names": names, "suggestions": suggestions,
        "types": INTERACTION_TYPES})
