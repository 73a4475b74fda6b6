"""Reading events, quotations and the timeline back from marsad.db, for `marsad events`,
`marsad quotes` and `marsad timeline` (the database is their only source).

Every entity id comes with a name: the entity's own, or (an id with no row in `entities`)
its most used spelling in the mentions (`stories_read.entity_names`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from marsad.model import EventAttrs
from marsad.store.stories_read import entity_names

Record = dict[str, Any]

_EVENT_COLUMNS = ("id", "type", "plover", "place", "date", "series", "round", "status")

_ARTICLE_ORDER = "a.published_date IS NULL, a.published_date"
"""Undated articles last; the rest oldest first."""


@dataclass(frozen=True)
class EventMention:
    """One event as an article reports it (a row of `event_mentions`)."""

    event: str  # the merged event's id
    article: str
    type: str
    start: int
    end: int
    attrs: EventAttrs  # as the events step found it, and what merging set
    names: dict[str, str] = field(default_factory=dict)  # the name of every entity id in attrs

    @property
    def participants(self) -> list[str]:
        return [str(p) for p in self.attrs.participants]

    @property
    def roles(self) -> dict[str, str]:
        return dict(self.attrs.roles)

    @property
    def place(self) -> str | None:
        return self.attrs.place or None

    def name(self, eid: str) -> str:
        return self.names.get(eid, eid)

    def record(self) -> Record:
        """The JSON line of `marsad events --json`: the span's attributes with the names of
        its participants (in the same order) and of its place next to their ids."""
        return {"id": self.event, "type": self.type, "start": self.start, "end": self.end,
                **dict(sorted(self.attrs.to_json().items())),
                "article": self.article, "participant_names": [self.name(p) for p in self.participants],
                "place_name": self.name(self.place) if self.place else None}


@dataclass(frozen=True)
class Quote:
    """One quotation (a row of `quotes`) with its speaker named."""

    article: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None  # None when the speaker is unknown
    speaker_text: str | None  # how the article described a speaker it did not name

    def record(self) -> Record:
        """The JSON line of `marsad quotes --json`."""
        rec: Record = {"article": self.article, "start": self.start, "end": self.end, "text": self.text,
                       "kind": self.kind, "speaker": self.speaker, "speaker_name": self.speaker_name}
        if self.speaker_text:
            rec["speaker_text"] = self.speaker_text
        return rec


@dataclass
class TimelineRecords:
    """What `marsad.report.timeline.build` and `report.publish.page` take, for the whole database:
    the merged events (the records `marsad.stories.merge` makes), the articles and the
    entities by id, and the number of stories the articles are in."""

    events: list[Record]
    articles: dict[str, Record]
    entities: dict[str, Record]
    n_stories: int


def _entity_ids(rec: Record) -> set[str]:
    """The entity ids an event record or event span names: participants, place, places."""
    ids = [*(rec.get("participants") or []), *(rec.get("places") or []), rec.get("place")]
    return {str(i) for i in ids if i}


def event_mentions(con: sqlite3.Connection, type_: str | None = None) -> list[EventMention]:
    """Every event span (of one type, given `type_`), its articles in publication order."""
    sql = ("SELECT m.event, m.article, m.start, m.end, m.type, m.attrs FROM event_mentions m"
           " JOIN articles a ON a.id = m.article" + (" WHERE m.type = ?" if type_ else "")
           + f" ORDER BY {_ARTICLE_ORDER}, m.article, m.start")
    rows = [(r, json.loads(r["attrs"] or "{}")) for r in con.execute(sql, (type_,) if type_ else ())]
    names = entity_names(con, {e for _, attrs in rows for e in _entity_ids(attrs)})
    return [EventMention(r["event"], r["article"], r["type"], r["start"], r["end"],
                         EventAttrs.from_json(attrs), {e: names.get(e, e) for e in _entity_ids(attrs)})
            for r, attrs in rows]


def quotes(con: sqlite3.Connection, speakers: Collection[str] | None = None) -> list[Quote]:
    """Every quotation (only those of `speakers`, given them), articles in publication order."""
    sql = ("SELECT q.article, q.start, q.end, q.text, q.kind, q.speaker, q.attrs FROM quotes q"
           f" JOIN articles a ON a.id = q.article ORDER BY {_ARTICLE_ORDER}, q.article, q.start")
    rows = [r for r in con.execute(sql) if speakers is None or r["speaker"] in speakers]
    names = entity_names(con, {r["speaker"] for r in rows if r["speaker"]})
    return [Quote(r["article"], r["start"], r["end"], r["text"], r["kind"], r["speaker"],
                  names.get(r["speaker"], r["speaker"]) if r["speaker"] else None,
                  json.loads(r["attrs"] or "{}").get("speaker_text"))
            for r in rows]


def stored_events(con: sqlite3.Connection) -> list[Record]:
    """Every merged event as `marsad.stories.merge` made it (its columns and its attrs)."""
    cols = ", ".join(_EVENT_COLUMNS)
    return [{**json.loads(r["attrs"] or "{}"), **{c: r[c] for c in _EVENT_COLUMNS}}
            for r in con.execute(f"SELECT {cols}, attrs FROM events ORDER BY date IS NULL, date, id")]  # noqa: S608


def _entity_records(con: sqlite3.Connection, events: Iterable[Record]) -> dict[str, Record]:
    """The entities by id; an id events name that has no row gets one with its spelled name."""
    ents = {r["id"]: dict(r) for r in con.execute("SELECT id, type, name, qid FROM entities")}
    missing = {e for ev in events for e in _entity_ids(ev)} - ents.keys()
    ents.update({eid: {"id": eid, "name": name} for eid, name in entity_names(con, missing).items()})
    return ents


def timeline_records(con: sqlite3.Connection) -> TimelineRecords:
    """The merged events, articles and entities of the whole database (every run into it)."""
    events = stored_events(con)
    arts = {r["id"]: {"id": r["id"], "title": r["title"], "url": r["url"], "source": r["source"],
                      "published": {"date": r["published_date"]}, "story": r["story"]}
            for r in con.execute("SELECT id, title, url, source, published_date, story FROM articles")}
    n_stories = len({a["story"] for a in arts.values() if a["story"]})
    return TimelineRecords(events, arts, _entity_records(con, events), n_stories)
