"""The timeline: merged events in date order with their sources, and series rounds.

Built from plain records (the `events.jsonl`, `articles.jsonl`, `entities.jsonl` rows,
or the same dicts held by a corpus), so the command line and the HTML page share it.
An undated event is placed by its earliest article's publication date and marked so.
A series lists its rounds in order and names the rounds missing between them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.model.dates import interval

Record = dict[str, Any]


@dataclass
class Source:
    article: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None


@dataclass
class Entry:
    event: Record
    when: str | None  # the date shown
    sort_day: date | None
    approximate: bool  # placed by publication date, not by the event's own date
    names: list[str]
    place: str | None
    places: list[str]
    sources: list[Source] = field(default_factory=list)


@dataclass
class Series:
    name: str
    rounds: list[tuple[int, Entry]]
    missing: list[int]


def _name(entities: dict[str, Record], eid: str | None) -> str | None:
    if eid is None:
        return None
    ent = entities.get(eid)
    return str(ent.get("name") or eid) if ent else eid


def _source(art: Record | None, aid: str) -> Source:
    art = art or {}
    pub = (art.get("published") or {}).get("date")
    return Source(aid, art.get("title"), art.get("url"), art.get("source"), pub)


def names_any(ev: Record, entity_ids: Collection[str]) -> bool:
    """The event has one of `entity_ids` as a participant or a place."""
    return any(eid in entity_ids
               for eid in [*(ev.get("participants") or []), *(ev.get("places") or []), ev.get("place")]
               if eid is not None)


def build(events: list[Record], articles: dict[str, Record], entities: dict[str, Record],
          entity_ids: Collection[str] | None = None, start: date | None = None,
          end: date | None = None) -> list[Entry]:
    """Entries in order; `entity_ids` (events naming one of these entities), `start` and `end`
    filter them."""
    out: list[Entry] = []
    for ev in events:
        if entity_ids is not None and not names_any(ev, entity_ids):
            continue
        sources = sorted((_source(articles.get(a), a) for a in ev.get("articles") or []),
                         key=lambda s: (s.published or "~", s.outlet or "", s.article))
        own = interval(ev.get("date"))
        pubs = [interval(s.published) for s in sources]
        pub = min((p for p in pubs if p), default=None)
        day = own[0] if own else (pub[0] if pub else None)
        if (start or end) and day is None:
            continue
        if start and day and day < start or end and day and day > end:
            continue
        when = ev.get("date") or (pub[0].isoformat() if pub else None)
        out.append(Entry(ev, when, day, own is None and pub is not None,
                         [n for n in (_name(entities, p) for p in ev.get("participants") or []) if n],
                         _name(entities, ev.get("place")),
                         [n for n in (_name(entities, p) for p in ev.get("places") or []) if n], sources))
    out.sort(key=lambda e: (e.sort_day is None, e.sort_day or date.min, e.event.get("type", ""),
                            e.event.get("id", "")))
    return out


def series(entries: list[Entry]) -> list[Series]:
    """Each series with its rounds in order and the rounds missing between them."""
    by: dict[str, dict[int, Entry]] = {}
    label: dict[str, str] = {}  # a series is shown as an article spelled it, not by its key
    for e in entries:
        name, rnd = e.event.get("series") or f"{e.event.get('type', 'OTHER')} rounds", e.event.get("round")
        if rnd is not None:
            by.setdefault(str(name), {}).setdefault(int(rnd), e)
            if e.event.get("series_label"):
                label.setdefault(str(name), str(e.event["series_label"]))
    out = []
    for name, rounds in sorted(by.items()):
        nums = sorted(rounds)
        missing = [n for n in range(nums[0], nums[-1] + 1) if n not in rounds]
        out.append(Series(label.get(name, name), [(n, rounds[n]) for n in nums], missing))
    return out
