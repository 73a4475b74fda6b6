"""Searching a run: a query string and filters in, a page of ranked results with snippets
out (the domain is `marsad.search`, the queries `store/search.py`). An empty query with
filters browses the articles newest first; an entity filter takes an id or any spelling; a
search that finds nothing suggests the nearest entity names."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from marsad.reading.names import entity_ids, name_index
from marsad.search.document import kept_spans
from marsad.search.highlight import Snippet, hits, pieces, snippet
from marsad.search.query import Query, fts_expression, parse
from marsad.store import search as store
from marsad.store.search import Filters

__all__ = ["Filters", "Result", "SearchPage", "entity_ids", "event_types", "outlets", "search"]


@dataclass(frozen=True)
class Result:
    """One article found: where it is, its title and a snippet, hits marked, and the offsets
    of every hit in the article's text."""

    id: str
    title: str
    title_pieces: tuple[tuple[str, bool], ...]
    source: str | None
    url: str | None
    date: str | None
    snippet: Snippet
    hits: list[tuple[int, int]]


@dataclass(frozen=True)
class SearchPage:
    results: list[Result]
    total: int
    suggestions: list[tuple[str, str]]  # (entity id, name): "did you mean"
    indexed: bool  # False when the database has no search index (made before it existed)


def _did_you_mean(con: sqlite3.Connection, text: str) -> list[tuple[str, str]]:
    """Names for a query that found nothing: the entities it names (a Latin spelling of an
    Arabic name, say), else the nearest names."""
    index = name_index(con)
    ids = index.find(text)
    if ids:
        return [(i, index.records[i].name) for i in ids[:5] if i in index.records]
    return index.suggest(text)


def _title_hits(title: str, query: Query) -> list[tuple[int, int]]:
    return hits(title, [(0, len(title))], query) if title and not query.empty else []


def _result(f: store.Found, query: Query) -> Result:
    spans = kept_spans(f.segments, len(f.text))
    found = hits(f.text, spans, query) if not query.empty else []
    title = f.title or ""
    return Result(f.id, title, pieces(title, 0, len(title), _title_hits(title, query)), f.source, f.url,
                  f.date, snippet(f.text, spans, found), found)


def _name_like(query: Query, text: str) -> bool:
    """A query of a few plain words (no phrase, no digits) may be a name."""
    return 0 < len(query.terms) <= 4 and not any(t.is_phrase for t in query.terms) \
        and not any(ch.isdigit() for ch in text)


def search(con: sqlite3.Connection, text: str, filters: Filters, entity: str | None, limit: int,
           offset: int) -> SearchPage:
    """A page of results for the query `text` within `filters`; `entity` (an id or any
    spelling) limits them to articles that mention it."""
    suggestions: list[tuple[str, str]] = []
    if entity:
        named = entity_ids(con, entity)
        filters = Filters(filters.first, filters.last, filters.outlet, tuple(named.ids), filters.event_type)
        suggestions = named.suggestions
    query = parse(text)
    indexed = store.has_index(con)
    if query.empty and text.strip():  # nothing but punctuation: nothing to look for
        return SearchPage([], 0, suggestions, indexed)
    if query.empty:
        ids, total = store.browse(con, filters, limit, offset)
    elif not indexed:
        return SearchPage([], 0, suggestions, False)
    else:
        ids, total = store.search(con, fts_expression(query), filters, limit, offset)
    unfiltered = filters == Filters() and not entity
    if total == 0 and unfiltered and _name_like(query, text):
        suggestions = _did_you_mean(con, text)
    return SearchPage([_result(f, query) for f in store.found(con, ids)], total, suggestions, indexed)


def outlets(con: sqlite3.Connection) -> list[str]:
    return store.outlets(con)


def event_types(con: sqlite3.Connection) -> list[str]:
    return store.event_types(con)
