"""Queries of the article page and `/api/articles` of `marsad serve`: one article with every
layer of spans (entity ids named, speakers named), its near-duplicates, and the list of
articles by date, newest first. Offsets are code points into `articles.text`."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from marsad.model import EventAttrs
from marsad.store.stories_read import entity_names


@dataclass(frozen=True)
class SegmentSpan:
    start: int
    end: int
    role: str
    lang: str | None
    cue: str | None


@dataclass(frozen=True)
class MentionSpan:
    start: int
    end: int
    text: str
    type: str
    entity: str | None
    entity_name: str | None


@dataclass(frozen=True)
class TimexSpan:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True)
class QuoteSpan:
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    speaker_text: str | None  # how the article described a speaker it did not name
    cue: str | None


@dataclass(frozen=True)
class EventSpan:
    """A sentence that reports an event (a row of `event_mentions`)."""

    event: str
    start: int
    end: int
    type: str
    trigger: str | None
    status: str | None
    participants: list[dict[str, str]] = field(default_factory=list)  # {"id", "name"}


@dataclass(frozen=True)
class ArticleBrief:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published_date: str | None
    story: str | None


@dataclass(frozen=True)
class NearDuplicate:
    id: str
    title: str | None
    source: str | None
    published_date: str | None
    relation: str  # "exact_of" (this article duplicates it), "exact_copy" (it duplicates this), "near"


@dataclass(frozen=True)
class ArticleDetail:
    id: str
    title: str | None
    url: str | None
    source: str | None
    text: str
    published_date: str | None
    published_source: str | None
    published: dict[str, Any]  # the full record: date, source, evidence, flags
    flags: list[str]
    story: str | None
    duplicate_group: str | None
    duplicate_of: str | None
    segments: list[SegmentSpan]
    mentions: list[MentionSpan]
    timexes: list[TimexSpan]
    quotes: list[QuoteSpan]
    events: list[EventSpan]
    duplicates: list[NearDuplicate]


def _json(text: str | None, default: Any) -> Any:
    try:
        return json.loads(text) if text else default
    except ValueError:
        return default


def _events(con: sqlite3.Connection, aid: str) -> list[EventSpan]:
    rows = [(r, EventAttrs.from_json(_json(r["attrs"], {}))) for r in con.execute(
        "SELECT m.event, m.start, m.end, m.type, m.attrs, e.status FROM event_mentions m"
        " LEFT JOIN events e ON e.id = m.event WHERE m.article = ? ORDER BY m.start, m.type", (aid,))]
    names = entity_names(con, {str(p) for _, a in rows for p in a.participants})
    return [EventSpan(r["event"], r["start"], r["end"], r["type"], a.trigger, r["status"] or a.status,
                      [{"id": str(p), "name": names.get(str(p), str(p))} for p in a.participants])
            for r, a in rows]


def _duplicates(con: sqlite3.Connection, aid: str, group: str | None, of: str | None,
                story: str | None) -> list[NearDuplicate]:
    """The other articles of its near-duplicate group (found through its story's members, by
    index), the article it is an exact duplicate of, and its exact duplicates."""
    ids = {r[0] for r in con.execute("SELECT article FROM story_members WHERE story = ? AND dup_group = ?",
                                     (story, group))} if story and group else set()
    ids |= {r[0] for r in con.execute("SELECT id FROM articles WHERE duplicate_of = ?", (aid,))}
    ids |= {of} if of else set()
    ids.discard(aid)
    rows = sorted((r for i in ids for r in con.execute(
        "SELECT id, title, source, published_date, duplicate_of FROM articles WHERE id = ?", (i,))),
        key=lambda r: (r["published_date"] is None, r["published_date"] or "", r["id"]))
    return [NearDuplicate(r["id"], r["title"], r["source"], r["published_date"],
                          "exact_of" if r["id"] == of
                          else "exact_copy" if r["duplicate_of"] == aid else "near")
            for r in rows]


def article_detail(con: sqlite3.Connection, aid: str) -> ArticleDetail | None:
    """One article with all its layers, or None when there is no such article."""
    a = con.execute("SELECT id, title, url, source, text, published_date, published_source, published_json,"
                    " flags, story, duplicate_group, duplicate_of FROM articles WHERE id = ?",
                    (aid,)).fetchone()
    if a is None:
        return None
    segments = [SegmentSpan(r["start"], r["end"], r["role"], r["lang"], r["cue"]) for r in con.execute(
        "SELECT start, end, role, lang, cue FROM segments WHERE article = ? ORDER BY start", (aid,))]
    mrows = list(con.execute("SELECT start, end, text, type, entity FROM mentions WHERE article = ?"
                             " ORDER BY start, end DESC", (aid,)))
    qrows = list(con.execute("SELECT start, end, text, kind, speaker, attrs FROM quotes WHERE article = ?"
                             " ORDER BY start, end DESC", (aid,)))
    names = entity_names(con, {r["entity"] for r in mrows if r["entity"]} | {r["speaker"] for r in qrows
                                                                             if r["speaker"]})
    mentions = [MentionSpan(r["start"], r["end"], r["text"], r["type"], r["entity"],
                            names.get(r["entity"]) if r["entity"] else None) for r in mrows]
    timexes = [TimexSpan(r["start"], r["end"], r["text"], r["type"], r["value"]) for r in con.execute(
        "SELECT start, end, text, type, value FROM timexes WHERE article = ? ORDER BY start", (aid,))]
    quotes = []
    for r in qrows:
        attrs = _json(r["attrs"], {})
        quotes.append(QuoteSpan(r["start"], r["end"], r["text"], r["kind"], r["speaker"],
                                names.get(r["speaker"]) if r["speaker"] else None,
                                attrs.get("speaker_text"), attrs.get("cue")))
    return ArticleDetail(
        a["id"], a["title"], a["url"], a["source"], a["text"], a["published_date"], a["published_source"],
        _json(a["published_json"], {}), [str(f) for f in _json(a["flags"], [])], a["story"],
        a["duplicate_group"], a["duplicate_of"], segments, mentions, timexes, quotes, _events(con, aid),
        _duplicates(con, aid, a["duplicate_group"], a["duplicate_of"], a["story"]))


def article_list(con: sqlite3.Connection, first: str | None, last: str | None, outlet: str | None,
                 limit: int, offset: int) -> tuple[list[ArticleBrief], int]:
    """Articles (exact duplicates left out) published between `first` and `last` (YYYY-MM-DD,
    either may be None; a bound leaves undated articles out) from `outlet`, newest first, undated
    last; and how many there are in all."""
    where, args = ["duplicate_of IS NULL"], []
    if first:
        where.append("published_date >= ?")
        args.append(first)
    if last:
        where.append("substr(published_date, 1, 10) <= ?")
        args.append(last)
    if outlet:
        where.append("source = ?")
        args.append(outlet)
    cond = " AND ".join(where)
    total = int(con.execute(f"SELECT count(*) FROM articles WHERE {cond}", args).fetchone()[0])  # noqa: S608
    rows = con.execute(f"SELECT id, title, source, url, published_date, story FROM articles WHERE {cond}"  # noqa: S608
                       " ORDER BY published_date IS NULL, published_date DESC, id LIMIT ? OFFSET ?",
                       (*args, limit, offset))
    return [ArticleBrief(r["id"], r["title"], r["source"], r["url"], r["published_date"], r["story"])
            for r in rows], total
