"""Resolve every mention of a batch of articles to a corpus-level entity.

Each mention gets `attrs["entity"]`; the entities come back as records
`{"id", "type", "name", "variants": {spelling: count}, "qid"?, "mentions": n, "articles": n}`.
An entity's id is its catalogue id, else a content hash of its type and canonical form, so
the same corpus gives the same ids. Its name is the catalogue's, else the most frequent
spelling of its longest form. Variants are the spellings found (titles stripped), plus the
catalogue's names with count 0 so that any of them finds the entity.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from marsad.model import Article
from marsad.model.article import content_id
from marsad.resolve.catalogue import Entry
from marsad.resolve.cluster import Key, cluster
from marsad.resolve.names import clean, display_name
from marsad.resolve.within import Local, link_article, make_locals, root

MENTIONS = "mentions"


def _locals(art: Article) -> list[tuple[int, Local]]:
    spans = art.layer(MENTIONS)
    items = [(s.start, s.end, s.label, str(s.attrs.get("norm") or s.slice(art.text))) for s in spans]
    locs = make_locals(items)
    by_pos = {(s.start, s.end, s.label): n for n, s in enumerate(spans)}
    return [(by_pos[(m.start, m.end, m.label)], m) for m in locs]


def _form(m: Local, surface: str) -> str:
    return m.form or clean(surface) or surface


def resolve_mentions(articles: list[Article], entries: list[Entry]) -> dict[str, dict[str, Any]]:
    """Set attrs["entity"] on every mention; return the entities by id."""
    per_article: list[list[tuple[int, Local, Key]]] = []
    counts: Counter[Key] = Counter()
    for art in articles:
        pairs = _locals(art)
        locs = link_article([m for _, m in pairs])
        rows = []
        for idx, (n, m) in enumerate(pairs):
            head = locs[root(locs, idx)]
            key = (m.label, _form(head, head.surface))
            counts[key] += 1
            rows.append((n, m, key))
        per_article.append(rows)
    found = cluster(dict(counts), entries)
    members: dict[int, list[Key]] = defaultdict(list)
    for key, (rid, _) in found.items():
        members[rid].append(key)
    ids: dict[int, str] = {}
    records: dict[str, dict[str, Any]] = {}
    for rid, keys in members.items():
        entry = found[keys[0]][1]
        best = max(keys, key=lambda k: (not k[1].isascii(), len(k[1].split()), counts[k], k[1]))
        eid = entry.id if entry else content_id(best[0], best[1], prefix="e")
        ids[rid] = eid
        records[eid] = {"id": eid, "type": best[0], "name": entry.name if entry else "",
                        "variants": Counter(), "mentions": 0, "articles": set(),
                        **({"qid": entry.qid} if entry and entry.qid else {}),
                        **({"catalogue": True} if entry else {})}
        if entry:
            for name in entry.names:
                records[eid]["variants"].setdefault(name, 0)
    best_surface: dict[str, Counter[str]] = defaultdict(Counter)
    for art, rows in zip(articles, per_article, strict=True):
        spans = art.layer(MENTIONS)
        for n, m, key in rows:
            eid = ids[found[key][0]]
            span = spans[n]
            span.attrs["entity"] = eid
            rec = records[eid]
            shown = display_name(span.slice(art.text), m.label)
            rec["variants"][shown] += 1
            rec["mentions"] += 1
            rec["articles"].add(art.id)
            if key[1] == m.form and len(m.tokens) == len(key[1].split()):
                best_surface[eid][shown] += 1
    for eid, rec in records.items():
        if not rec["name"]:
            spelled = best_surface[eid] or rec["variants"]
            rec["name"] = max(spelled, key=lambda v: (spelled[v], not v.isascii(), len(v), v))
        rec["variants"] = dict(rec["variants"])
        rec["articles"] = len(rec["articles"])
    return records
