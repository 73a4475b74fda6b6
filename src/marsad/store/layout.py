"""The output folder: articles.jsonl, entities.jsonl, events.jsonl, stories.jsonl.

The layout is fixed by shared/eval/README.md; fields later stages fill are empty
lists or null until then. Offsets are code points into the article's original text.

`marsad run` writes these files from its database after the commit (`store/exports.py`,
which makes each article's line with `article_record` here), so they hold every run into
the folder. `write_layout` and `write_timeline` write them from a corpus in memory alone
(no database: tests, benchmarks and scoring a chain of steps).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.ingest.duplicates import duplicate_of
from marsad.model import Article, Corpus
from marsad.store.files import write_jsonl_atomic, write_text_atomic
from marsad.stories.publish import timeline_page
from marsad.stories.summary import StorySummary, article_terms, event_ref, member_of, spelled_name, summarize


def article_record(art: Article) -> dict[str, Any]:
    t = art.text
    pub = art.published or {}
    return {
        "id": art.id,
        "path": art.path,
        "url": art.url,
        "source": art.source,
        "title": art.title,
        "body": art.body,
        "published": {"date": pub.get("date"), "source": pub.get("source", "none"),
                      "flags": list(pub.get("flags", []))},
        "flags": list(art.flags),
        "mentions": [{"start": s.start, "end": s.end, "text": s.slice(t), "type": s.label,
                      "entity": s.attrs.get("entity"),
                      **({"resolved_by": s.attrs["resolved_by"]} if "resolved_by" in s.attrs else {})}
                     for s in art.layer("mentions")],
        "timexes": [{"start": s.start, "end": s.end, "text": s.slice(t), "type": s.label,
                     "value": s.attrs.get("value")} for s in art.layer("timexes")],
        "events": [{"id": s.attrs.get("id"), "type": s.label,
                    "participants": s.attrs.get("participants", []), "place": s.attrs.get("place"),
                    "date": s.attrs.get("date"), "round": s.attrs.get("round"),
                    "series": s.attrs.get("series"), "status": s.attrs.get("status"),
                    "roles": s.attrs.get("roles") or {},
                    **({"content": s.attrs["content"]} if s.attrs.get("content") else {}),
                    "start": s.start, "end": s.end} for s in art.layer("events")],
        "quotes": [{"start": s.start, "end": s.end, "text": s.slice(t), "kind": s.label,
                    "speaker": s.attrs.get("speaker"),
                    **({"speaker_text": s.attrs["speaker_text"]} if s.attrs.get("speaker_text") else {})}
                   for s in art.layer("quotes")],
        "story": art.story,
        "duplicate_group": art.duplicate_group,
        "duplicate_of": duplicate_of(art),
        "segments": [{"start": s.start, "end": s.end, "role": s.label, "lang": s.attrs.get("lang"),
                      "cue": s.attrs.get("cue")} for s in art.layer("segments")],
        "text": t,
    }


def entity_records(corpus: Corpus) -> Iterable[dict[str, Any]]:
    """Each entity with its variants (most used first, with counts) and its mentions."""
    mentions: dict[str, list[dict[str, Any]]] = {}
    for art in corpus.articles:
        for s in art.layer("mentions"):
            eid = s.attrs.get("entity")
            if eid is not None:
                mentions.setdefault(eid, []).append(
                    {"article": art.id, "start": s.start, "end": s.end, "text": s.slice(art.text)})
    for e in corpus.entities.values():
        counts: dict[str, int] = dict(e.get("variants") or {})
        rec: dict[str, Any] = {
            "id": e["id"], "type": e["type"], "name": e["name"],
            "variants": sorted(counts, key=lambda v: (-counts[v], v)),
            "variant_counts": counts,
            "mentions": mentions.get(e["id"], []),
        }
        if e.get("qid"):
            rec["qid"] = e["qid"]
        yield rec


def write_layout(out: Path, corpus: Corpus) -> None:
    """Write the four JSON Lines files, each by create-then-rename (`store/files.py`)."""
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl_atomic(out / "articles.jsonl", (article_record(a) for a in corpus.articles))
    write_jsonl_atomic(out / "entities.jsonl", entity_records(corpus))
    write_jsonl_atomic(out / "events.jsonl", (dict(ev) for ev in corpus.events.values()))
    write_jsonl_atomic(out / "stories.jsonl", (s.record() for s in story_summaries(corpus)))


def story_summaries(corpus: Corpus) -> list[StorySummary]:
    """The summary of every story of a corpus in memory (`marsad.stories.summary`); a run's
    exports summarise stories from the database instead (`store/exports.py`)."""
    arts = {a.id: a for a in corpus.articles}
    wanted = {aid for ids in corpus.stories.values() for aid in ids}
    found = {aid: member_of(arts[aid]) for aid in wanted if aid in arts}
    terms = {aid: article_terms(arts[aid]) for aid in found}
    names = {eid: str(e["name"]) for eid, e in corpus.entities.items()}
    spellings: dict[str, dict[str, int]] = {}
    for a in corpus.articles:
        for m in a.layer("mentions"):
            eid = m.attrs.get("entity")
            if eid and eid not in names:
                said = spellings.setdefault(eid, {})
                said[m.slice(a.text)] = said.get(m.slice(a.text), 0) + 1
    names.update({eid: spelled_name(s) for eid, s in spellings.items()})
    events = {eid: event_ref(eid, ev["type"], ev.get("date"), ev.get("participants") or [], names)
              for eid, ev in corpus.events.items()}
    return [summarize(sid, [found[a] for a in dict.fromkeys(ids) if a in found], terms, names, events)
            for sid, ids in corpus.stories.items()]


def write_timeline(out_dir: Path, corpus: Corpus) -> Path:
    """Write `out_dir/timeline.html` for the corpus (create-then-rename); returns its path."""
    path = Path(out_dir) / "timeline.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_text_atomic(path, [timeline_page(corpus)])

