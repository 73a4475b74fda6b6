"""The exports of an output folder: articles.jsonl, entities.jsonl, events.jsonl,
stories.jsonl and timeline.html, written from the records of `marsad.db`.

`marsad run` writes them after its commit (`marsad.app.write_exports`, which reads the
database through `marsad.exporting.write_exports`), each file by create-then-rename
(`report/files.py`). Written from the whole database, they hold what every run into the
folder found: runs over A then B give the files one run over A and B gives. Records keep
the layout of `report/layout.py` (an article's line is made by the same
`layout.article_record`, from an `Article` rebuilt from its row and its spans), in a fixed
order that does not depend on which run stored what (the order the source reads them in):

- articles.jsonl: by path, then id;
- entities.jsonl: by id, each entity's mentions in the articles' order, then by offsets;
  its variants and their counts are those `entity_variants` keeps (over every stored mention);
- events.jsonl: the merged events, dated first by date, then by id (`events_read.stored_events`);
  a merged event's empty `plover` column is left out, as `marsad.stories.merge` leaves it;
- stories.jsonl: every story with a stored member, largest first, then newest, then by id
  (`stories_read.story_summaries`, as `marsad stories` lists them);
- timeline.html: the page `marsad timeline` writes (`events_read.timeline_records`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from marsad.model import Article
from marsad.report.files import write_jsonl_atomic, write_text_atomic
from marsad.report.layout import article_record
from marsad.report.publish import page

Record = dict[str, Any]


class TimelineInput(Protocol):
    """What the timeline page is made of (`store.events_read.TimelineRecords`)."""

    @property
    def events(self) -> list[Record]: ...
    @property
    def articles(self) -> dict[str, Record]: ...
    @property
    def entities(self) -> dict[str, Record]: ...
    @property
    def n_stories(self) -> int: ...


class ExportSource(Protocol):
    """The records the exports are written from, each read when its file is written (so one
    file's records at a time are in memory; articles one at a time)."""

    def articles(self) -> Iterable[Article]: ...
    def entities(self) -> Iterable[Record]: ...
    def events(self) -> Iterable[Record]: ...
    def stories(self) -> Iterable[Record]: ...
    def timeline(self) -> TimelineInput: ...


_EVENT_HEAD = ("id", "type", "participants", "place", "date", "round", "series", "series_label", "status")


def _event_line(ev: Record) -> Record:
    """A merged event as `marsad.stories.merge` makes it: its main fields first; `plover`, a
    column merged events leave empty (their spans keep it), only when set."""
    head = {k: ev[k] for k in _EVENT_HEAD if k in ev}
    rest = {k: v for k, v in ev.items() if k not in head and not (k == "plover" and v is None)}
    return {**head, **rest}


FILES = ("articles.jsonl", "entities.jsonl", "events.jsonl", "stories.jsonl", "timeline.html")
"""The exports, in the order `write_exports` writes them."""


def write_exports(out: Path, source: ExportSource, files: Iterable[str] = FILES) -> None:
    """Write `files` (default: the four JSON Lines files and timeline.html) of `out` from
    `source`, each by create-then-rename. Each file is made from `source` alone: any of them
    may be written apart from the others (in another process) and comes out the same."""
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(files)
    unknown = wanted - set(FILES)
    if unknown:
        raise ValueError(f"no export named {', '.join(sorted(unknown))}")
    if "articles.jsonl" in wanted:
        write_jsonl_atomic(out / "articles.jsonl", (article_record(a) for a in source.articles()))
    if "entities.jsonl" in wanted:
        write_jsonl_atomic(out / "entities.jsonl", source.entities())
    if "events.jsonl" in wanted:
        write_jsonl_atomic(out / "events.jsonl", map(_event_line, source.events()))
    if "stories.jsonl" in wanted:
        write_jsonl_atomic(out / "stories.jsonl", source.stories())
    if "timeline.html" in wanted:
        recs = source.timeline()
        html = page(recs.events, recs.articles, recs.entities, recs.n_stories)
        write_text_atomic(out / "timeline.html", [html])
