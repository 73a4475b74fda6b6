"""Where the timeline's records come from (a corpus in memory, or an output folder)
and where it goes (`timeline.html` in the output folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.stages.base import Corpus
from marsad.stories import html, timeline

Record = dict[str, Any]


def _entity_record(e: Any) -> Record:
    rec = dict(e) if isinstance(e, dict) else dict(vars(e))
    variants = rec.get("variants") or []
    rec["variants"] = list(variants)
    return rec


def records_of(corpus: Corpus) -> tuple[list[Record], dict[str, Record], dict[str, Record]]:
    """(events, articles by id, entities by id) of a corpus."""
    arts = {a.id: {"id": a.id, "title": a.title, "url": a.url, "source": a.source,
                   "published": {"date": (a.published or {}).get("date")}} for a in corpus.articles}
    ents = {k: _entity_record(e) for k, e in corpus.entities.items()}
    return list(corpus.events.values()), arts, ents


def _jsonl(path: Path) -> list[Record]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def records_in(out: Path) -> tuple[list[Record], dict[str, Record], dict[str, Record]]:
    """(events, articles by id, entities by id) read from an output folder."""
    arts = {a["id"]: {k: a.get(k) for k in ("id", "title", "url", "source", "published", "story")}
            for a in _jsonl(out / "articles.jsonl")}
    ents = {e["id"]: e for e in _jsonl(out / "entities.jsonl")}
    return _jsonl(out / "events.jsonl"), arts, ents


def page(events: list[Record], arts: dict[str, Record], ents: dict[str, Record], n_stories: int) -> str:
    entries = timeline.build(events, arts, ents)
    return html.render(entries, timeline.series(entries), len(arts), n_stories)


def write_timeline(out_dir: Path, corpus: Corpus) -> Path:
    """Write `out_dir/timeline.html` for the corpus; returns its path."""
    events, arts, ents = records_of(corpus)
    path = Path(out_dir) / "timeline.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page(events, arts, ents, len(corpus.stories)), encoding="utf-8")
    return path
