"""The shell of every export: the store's reads wired into `marsad.report`'s writers.

- `export`: `marsad export`, a run's tables (`store.tables`' rows, names next to ids) or its
  actor network (`store.network`) in the formats people already use (`report/tables.py`:
  csv, jsonl, parquet, graphml);
- `write_exports`: the JSON Lines files and timeline.html of an output folder, written from
  its database after each run (`report/exports.py`);
- `write_layout`: the same JSON Lines files from a corpus in memory, its stories summarised
  here (`marsad.stories.summary`; no database: tests, benchmarks, scoring a chain of steps).

Every file is written create-then-rename, so an interrupted export leaves the previous file
whole."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path

from marsad.model import Article, Corpus
from marsad.model.corpus import spelled_name
from marsad.reading.stories import story_summaries as stored_story_summaries
from marsad.report import exports, layout
from marsad.report.files import write_text_atomic
from marsad.report.tables import csv_chunks, graphml_chunks, has_pyarrow, jsonl_chunks, write_parquet
from marsad.store.events_read import TimelineRecords, stored_events, timeline_records
from marsad.store.exports import Record, stored_articles_full, stored_entity_records
from marsad.store.network import actor_network
from marsad.store.read import open_readonly
from marsad.store.tables import TABLES, table_rows
from marsad.stories.summary import PackedTerms, StorySummary, article_terms, event_ref, member_of, summarize

FORMATS = ("csv", "jsonl", "parquet", "graphml")
TABLE_NAMES = tuple(t.name for t in TABLES)


class ExportUnavailable(Exception):
    """A format whose library is not installed (parquet without pyarrow)."""


def export(con: sqlite3.Connection, fmt: str, to: Path, tables: Iterable[str] = TABLE_NAMES) -> list[Path]:
    """Write the run's `tables` (or, for graphml, its actor network) in `fmt` into folder
    `to` (created); returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "parquet" and not has_pyarrow():
        raise ExportUnavailable("parquet needs pyarrow: pip install 'marsad[export]'")
    to.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        return [write_text_atomic(to / "network.graphml", graphml_chunks(actor_network(con)))]
    written = []
    for name in tables:
        columns, rows = table_rows(con, name)
        path = to / f"{name}.{fmt}"
        if fmt == "parquet":
            write_parquet(path, columns, rows)
        else:
            write_text_atomic(path, (csv_chunks if fmt == "csv" else jsonl_chunks)(columns, rows))
        written.append(path)
    return written


class _Database:
    """The exports' records, read from an open database when each file is written (`leads`:
    lead terms made in the workers, `reading.stories.lead_terms`)."""

    def __init__(self, con: sqlite3.Connection, leads: Mapping[str, PackedTerms] | None = None) -> None:
        self.con = con
        self.leads = leads

    def articles(self) -> Iterator[Article]:
        return stored_articles_full(self.con)

    def entities(self) -> list[Record]:
        return stored_entity_records(self.con)

    def events(self) -> list[Record]:
        return stored_events(self.con)

    def stories(self) -> Iterator[Record]:
        return (s.record() for s in stored_story_summaries(self.con, made=self.leads))

    def timeline(self) -> TimelineRecords:
        return timeline_records(self.con)


EXPORT_SHARES: tuple[tuple[str, ...], ...] = (("articles.jsonl", "entities.jsonl"),
                                               ("stories.jsonl", "events.jsonl", "timeline.html"))
"""The exports cut in two shares of about the same work, each written from its own connection
(`write_exports`). CPU seconds at 10,000 records (load 9-14): articles 3.3, entities 1.8;
stories (with the workers' lead terms) 3.7, events 0.03, timeline 0.3."""

Calls = Callable[[Sequence[Callable[[], None]]], object]


def write_exports(out: Path, db: Path, leads: Mapping[str, PackedTerms] | None = None,
                  run_all: Calls | None = None) -> None:
    """Write the four JSON Lines files and timeline.html of `out` from the database `db`
    (which must exist), each by create-then-rename. `leads`: the lead terms of the run's
    articles made in its workers (`summary.packed_lead_terms`), used where still current.
    `run_all`: what runs the EXPORT_SHARES' work, each a call that reads the database
    through its own connection (`engines.side_by_side`: at once in forked processes);
    default one after the other here."""
    shares = [partial(_write_share, out, db, leads, files) for files in EXPORT_SHARES]
    if run_all is None:
        for share in shares:
            share()
    else:
        run_all(shares)


def _write_share(out: Path, db: Path, leads: Mapping[str, PackedTerms] | None,
                 files: tuple[str, ...]) -> None:
    con = open_readonly(db)
    try:
        exports.write_exports(out, _Database(con, leads), files)
    finally:
        con.close()


def story_summaries(corpus: Corpus) -> list[StorySummary]:
    """The summary of every story of a corpus in memory (`marsad.stories.summary`); a run's
    exports summarise stories from the database instead (`store/stories_read.py`)."""
    arts = {a.id: a for a in corpus.articles}
    wanted = {aid for ids in corpus.stories.values() for aid in ids}
    found = {aid: member_of(arts[aid]) for aid in wanted if aid in arts}
    terms = {aid: article_terms(arts[aid]) for aid in found}
    names = {eid: e.name for eid, e in corpus.entities.items()}
    spellings: dict[str, dict[str, int]] = {}
    for a in corpus.articles:
        for m in a.layer("mentions"):
            eid = m.attrs.entity
            if eid and eid not in names:
                said = spellings.setdefault(eid, {})
                said[m.slice(a.text)] = said.get(m.slice(a.text), 0) + 1
    names.update({eid: spelled_name(s) for eid, s in spellings.items()})
    events = {eid: event_ref(eid, ev.type, ev.date, ev.participants, names)
              for eid, ev in corpus.events.items()}
    return [summarize(sid, [found[a] for a in dict.fromkeys(ids) if a in found], terms, names, events)
            for sid, ids in corpus.stories.items()]


def write_layout(out: Path, corpus: Corpus) -> None:
    """Write the four JSON Lines files of a corpus in memory (`report.layout.write_layout`),
    each by create-then-rename."""
    layout.write_layout(out, corpus, (s.record() for s in story_summaries(corpus)))
