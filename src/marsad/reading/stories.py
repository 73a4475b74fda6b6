"""Story summaries from the database: `store/stories_read.py`'s rows made into what
`marsad stories`, `marsad story`, the web pages and the exports show (`stories.summary`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Mapping
from datetime import date

from marsad.store.stories_read import (
    entity_names,
    event_rows,
    lead_rows,
    member_rows,
    story_articles,
    story_members,
)
from marsad.stories.summary import (
    LEAD_CHARS,
    EventRef,
    Member,
    PackedTerms,
    StorySummary,
    choose,
    event_ref,
    lead_text,
    summarize,
    terms_of,
    unpacked_terms,
)


def members(con: sqlite3.Connection, ids: Collection[str]) -> dict[str, Member]:
    """The member records of the stored articles among `ids`, by id."""
    return {aid: Member(*row) for aid, row in member_rows(con, ids).items()}


def lead_terms(con: sqlite3.Connection, ids: Collection[str],
               made: Mapping[str, PackedTerms] | None = None) -> dict[str, frozenset[str]]:
    """The content terms of the title and opening of the stored articles among `ids`. `made`:
    terms made earlier by article id (`summary.packed_lead_terms`), used where they were made
    from the stored title and opening."""
    found: dict[str, frozenset[str]] = {}
    for aid, title, own in lead_rows(con, ids, LEAD_CHARS):
        packed = made.get(aid) if made else None
        terms = unpacked_terms(packed, title, own) if packed is not None else None
        found[aid] = terms if terms is not None else terms_of(lead_text(title, own))
    return found


def event_refs(con: sqlite3.Connection, ids: Collection[str],
               names: Callable[[Collection[str]], dict[str, str]] | None = None) -> dict[str, EventRef]:
    """The stored merged events among `ids`, their participants named (by `names`, default
    `entity_names` of this database)."""
    rows = event_rows(con, ids)
    named = (names or (lambda e: entity_names(con, e)))({p for r in rows for p in r.participants})
    return {r.id: event_ref(r.id, r.type, r.date, r.participants, named) for r in rows}


def _summaries(con: sqlite3.Connection, stories: dict[str, list[Member]],
               made: Mapping[str, PackedTerms] | None = None) -> list[StorySummary]:
    """The summaries of these stories, in the given order (`made`: as `lead_terms` takes it)."""
    ids = {m.id for ms in stories.values() for m in ms}
    terms = lead_terms(con, ids, made)
    names = entity_names(con, {e for ms in stories.values() for m in ms for e in m.entities})
    events = event_refs(con, {e for ms in stories.values() for m in ms for e in m.events})
    return [summarize(sid, ms, terms, names, events) for sid, ms in stories.items()]


def stored_stories(con: sqlite3.Connection) -> dict[str, list[Member]]:
    """Every story with its stored members (a story none of whose members is stored is left out)."""
    ids = story_members(con)
    known = members(con, {a for arts in ids.values() for a in arts})
    stories = {sid: [known[a] for a in dict.fromkeys(arts) if a in known] for sid, arts in ids.items()}
    return {sid: ms for sid, ms in stories.items() if ms}


def story_summaries(con: sqlite3.Connection, entity_ids: set[str] | None = None, start: date | None = None,
                    end: date | None = None, limit: int = 0,
                    made: Mapping[str, PackedTerms] | None = None) -> list[StorySummary]:
    """The stories a listing shows (`summary.choose`: largest first, then newest), summarised
    (`made`: lead terms made earlier, as `lead_terms` takes them)."""
    stories = stored_stories(con)
    shown = choose(stories, entity_ids, start, end, limit)
    return _summaries(con, {sid: stories[sid] for sid in shown}, made)


def story_summary(con: sqlite3.Connection, sid: str) -> StorySummary | None:
    """One story, summarised (None when there is no such story or none of its members is stored)."""
    arts = story_articles(con, sid)
    if arts is None:
        return None
    known = members(con, arts)
    ms = [known[a] for a in arts if a in known]
    return _summaries(con, {sid: ms})[0] if ms else None
