"""Where the timeline's records come from (a corpus in memory, or an output folder), and
the page made of them (written to `timeline.html` by `report/layout.py` and `report/exports.py`).

The page links an article's URL only when it is a plain web address (http or https);
any other URL (`javascript:`, `data:`, `file:`, one with spaces or control characters)
is shown after the title as escaped text, never as a link."""

from __future__ import annotations

from typing import Any

from marsad.model import Corpus, Entity
from marsad.report import html, timeline
from marsad.report.html import is_web_url

Record = dict[str, Any]

def safe_links(arts: dict[str, Record]) -> dict[str, Record]:
    """The article records with every URL that is not a web address taken out of `url`
    (so the page does not link it) and shown after the title as text instead."""
    safe: dict[str, Record] = {}
    for aid, art in arts.items():
        url = art.get("url")
        if url is None or is_web_url(url):
            safe[aid] = art
            continue
        title = art.get("title") or aid
        safe[aid] = {**art, "url": None, "title": f"{title} ⟨{url}⟩"}
    return safe


def _entity_record(e: Entity) -> Record:
    rec = e.to_json()
    variants = rec.get("variants") or []
    rec["variants"] = list(variants)
    return rec


def records_of(corpus: Corpus) -> tuple[list[Record], dict[str, Record], dict[str, Record]]:
    """(events, articles by id, entities by id) of a corpus."""
    arts = {a.id: {"id": a.id, "title": a.title, "url": a.url, "source": a.source,
                   "published": {"date": a.published.date}} for a in corpus.articles}
    ents = {k: _entity_record(e) for k, e in corpus.entities.items()}
    return [ev.to_json() for ev in corpus.events.values()], arts, ents


def page(events: list[Record], arts: dict[str, Record], ents: dict[str, Record], n_stories: int) -> str:
    """The whole `timeline.html` page; only http(s) URLs become links."""
    entries = timeline.build(events, safe_links(arts), ents)
    return html.render(entries, timeline.series(entries), len(arts), n_stories)


def timeline_page(corpus: Corpus) -> str:
    """The timeline page of a corpus in memory (written by `report.layout.write_timeline`)."""
    events, arts, ents = records_of(corpus)
    return page(events, arts, ents, len(corpus.stories))
