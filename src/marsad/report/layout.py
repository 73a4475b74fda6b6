"""The output folder: articles.jsonl, entities.jsonl, events.jsonl, stories.jsonl.

The layout is fixed by shared/eval/README.md; fields later stages fill are empty
lists or null until then. Offsets are code points into the article's original text.

`marsad run` writes these files from its database after the commit (`report/exports.py`,
which makes each article's line with `article_record` here), so they hold every run into
the folder. `write_layout` and `write_timeline` write them from a corpus in memory alone
(no database: tests, benchmarks and scoring a chain of steps; `marsad.exporting.write_layout`
summarises the stories and calls `write_layout` here).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.model import Article, Corpus
from marsad.model.duplicates import duplicate_of
from marsad.report.files import write_jsonl_atomic, write_text_atomic
from marsad.report.publish import timeline_page


def article_record(art: Article) -> dict[str, Any]:
    t = art.text
    pub = art.published
    return {
        "id": art.id,
        "path": art.path,
        "url": art.url,
        "source": art.source,
        "title": art.title,
        "body": art.body,
        "published": {"date": pub.date, "source": pub.source, "flags": list(pub.flags)},
        "flags": list(art.flags),
        "mentions": [{"start": s.start, "end": s.end, "text": s.slice(t), "type": s.label,
                      "entity": s.attrs.entity,
                      **({"resolved_by": s.attrs.resolved_by} if s.attrs.resolved_by is not None else {})}
                     for s in art.layer("mentions")],
        "timexes": [{"start": s.start, "end": s.end, "text": s.slice(t), "type": s.label,
                     "value": s.attrs.value} for s in art.layer("timexes")],
        "events": [{"id": s.attrs.id, "type": s.label,
                    "participants": s.attrs.participants, "place": s.attrs.place,
                    "date": s.attrs.date, "round": s.attrs.round,
                    "series": s.attrs.series, "status": s.attrs.status,
                    "roles": s.attrs.roles,
                    **({"content": [h.to_json() for h in s.attrs.content]} if s.attrs.content else {}),
                    "start": s.start, "end": s.end} for s in art.layer("events")],
        "quotes": [{"start": s.start, "end": s.end, "text": s.slice(t), "kind": s.label,
                    "speaker": s.attrs.speaker,
                    **({"speaker_text": s.attrs.speaker_text} if s.attrs.speaker_text else {}),
                    **({"speaker_at": list(s.attrs.speaker_at)} if s.attrs.speaker_at else {})}
                   for s in art.layer("quotes")],
        "story": art.story,
        "duplicate_group": art.duplicate_group,
        "duplicate_of": duplicate_of(art),
        "segments": [{"start": s.start, "end": s.end, "role": s.label, "lang": s.attrs.lang,
                      "cue": s.attrs.cue} for s in art.layer("segments")],
        "text": t,
    }


def entity_records(corpus: Corpus) -> Iterable[dict[str, Any]]:
    """Each entity with its variants (most used first, with counts) and its mentions."""
    mentions: dict[str, list[dict[str, Any]]] = {}
    for art in corpus.articles:
        for s in art.layer("mentions"):
            eid = s.attrs.entity
            if eid is not None:
                mentions.setdefault(eid, []).append(
                    {"article": art.id, "start": s.start, "end": s.end, "text": s.slice(art.text)})
    for e in corpus.entities.values():
        counts: dict[str, int] = dict(e.variants)
        rec: dict[str, Any] = {
            "id": e.id, "type": e.type, "name": e.name,
            "variants": sorted(counts, key=lambda v: (-counts[v], v)),
            "variant_counts": counts,
            "mentions": mentions.get(e.id, []),
        }
        if e.qid:
            rec["qid"] = e.qid
        yield rec


def write_layout(out: Path, corpus: Corpus, stories: Iterable[dict[str, Any]]) -> None:
    """Write the four JSON Lines files, each by create-then-rename (`report/files.py`);
    `stories` are the lines of stories.jsonl (the corpus's story summaries, made by the shell)."""
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl_atomic(out / "articles.jsonl", (article_record(a) for a in corpus.articles))
    write_jsonl_atomic(out / "entities.jsonl", entity_records(corpus))
    write_jsonl_atomic(out / "events.jsonl", (ev.to_json() for ev in corpus.events.values()))
    write_jsonl_atomic(out / "stories.jsonl", stories)


def write_timeline(out_dir: Path, corpus: Corpus) -> Path:
    """Write `out_dir/timeline.html` for the corpus (create-then-rename); returns its path."""
    path = Path(out_dir) / "timeline.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_text_atomic(path, [timeline_page(corpus)])

