"""Resolve every mention of a batch of articles to a corpus-level entity.

Each mention gets `attrs["entity"]`; the entities come back as records
`{"id", "type", "name", "variants": {spelling: count}, "qid"?, "mentions": n, "articles": n}`.
An entity's id is its catalogue id, else a content hash of its type and canonical form, so
the same corpus gives the same ids. Its name is the catalogue's, else the most frequent
spelling of its longest form (never an empty one: the canonical form when every spelling
shown is empty). Variants are the spellings found (titles stripped), plus the
catalogue's names with count 0 so that any of them finds the entity.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from marsad.model import Article
from marsad.model.article import content_id
from marsad.resolve.catalogue import Entry
from marsad.resolve.cluster import Key, cluster, compatible
from marsad.resolve.names import clean, display_name, name_tokens, without_proclitic
from marsad.resolve.variants import skeleton
from marsad.resolve.within import Local, link_article, make_locals, root

MENTIONS = "mentions"


def _locals(art: Article) -> list[tuple[int, Local]]:
    """The article's mentions as Locals (with their index in the layer), in text order.
    Forms come from the span's own text: a tagger's `norm` may strip letters of the name."""
    spans = art.layer(MENTIONS)
    locs = make_locals([(s.start, s.end, s.label, s.slice(art.text)) for s in spans])
    by_pos = {(s.start, s.end, s.label): n for n, s in enumerate(spans)}
    return [(by_pos[(m.start, m.end, m.label)], m) for m in locs]


def _attested(articles: list[Article]) -> Counter[tuple[str, str]]:
    """How many mentions have each (type, form), before any clitic is stripped."""
    seen: Counter[tuple[str, str]] = Counter()
    for art in articles:
        for s in art.layer(MENTIONS):
            seen[(s.label, " ".join(name_tokens(s.slice(art.text), s.label)))] += 1
    return seen


def _attested_variant(key: tuple[str, str], need: int, seen: Counter[tuple[str, str]],
                      by_skeleton: dict[tuple[str, str], list[str]]) -> bool:
    """Some name of this type, spelled as a variant of `key`, has at least `need` mentions."""
    label, form = key
    return any(seen[(label, f)] >= need and compatible(form, f)
               for f in by_skeleton.get((label, skeleton(form)), ()))


def _strip_proclitics(pairs: list[tuple[int, Local]], seen: Counter[tuple[str, str]],
                      known: set[tuple[str, str]],
                      by_skeleton: dict[tuple[str, str], list[str]]) -> None:
    """A name whose first word may carry a proclitic (وبوتين, للحزب, ووانج يي) loses it when
    the bare name is as well attested: the catalogue has it, or as many mentions are
    spelled so or as a close variant of it (وانج يي ~ وانغ يي)."""
    for _, m in pairs:
        if m.latin:
            continue
        mine = seen[(m.label, m.form)]
        for alt in without_proclitic(m.tokens):
            key = (m.label, " ".join(alt))
            if (key in known or seen[key] >= max(mine, 1)
                    or _attested_variant(key, max(mine, 1) + 1, seen, by_skeleton)):
                m.retokenize(alt)
                break


def _form(m: Local, surface: str) -> str:
    return m.form or clean(surface) or surface


def resolve_mentions(articles: list[Article], entries: list[Entry]) -> dict[str, dict[str, Any]]:
    """Set attrs["entity"] on every mention; return the entities by id."""
    # per article: (index in the layer, the key it resolved to, its own form)
    per_article: list[list[tuple[int, Key, str]]] = []
    counts: Counter[Key] = Counter()  # mentions resolved to each key
    own: Counter[Key] = Counter()  # mentions spelled as each key
    seen = _attested(articles)
    known = {(e.type, f) for e in entries for f in e.forms()}
    by_skeleton: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, form in seen:
        by_skeleton[(label, skeleton(form))].append(form)
    for art in articles:
        pairs = _locals(art)
        _strip_proclitics(pairs, seen, known, by_skeleton)
        locs = link_article([m for _, m in pairs])
        rows = []
        for idx, (n, m) in enumerate(pairs):
            head = locs[root(locs, idx)]
            key = (m.label, _form(head, head.surface))
            counts[key] += 1
            own[(m.label, m.form)] += 1
            rows.append((n, key, m.form))
        per_article.append(rows)
    found = cluster(dict(counts), entries)
    members: dict[int, list[Key]] = defaultdict(list)
    for key, (rid, _) in found.items():
        members[rid].append(key)
    ids: dict[int, str] = {}
    records: dict[str, dict[str, Any]] = {}
    canonical: dict[str, str] = {}
    for rid, keys in members.items():
        entry = found[keys[0]][1]
        # the canonical form: Arabic over Latin, a full name over a short one, then the most used
        best = max(keys, key=lambda k: (not k[1].isascii(), len(k[1].split()) > 1, own[k],
                                        len(k[1].split()), k[1]))
        eid = entry.id if entry else content_id(best[0], best[1], prefix="e")
        ids[rid] = eid
        canonical[eid] = best[1]
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
        for n, key, form in rows:
            eid = ids[found[key][0]]
            span = spans[n]
            span.attrs["entity"] = eid
            rec = records[eid]
            shown = display_name(span.slice(art.text), span.label)
            rec["variants"][shown] += 1
            rec["mentions"] += 1
            rec["articles"].add(art.id)
            if form == canonical[eid]:
                best_surface[eid][shown] += 1
    for eid, rec in records.items():
        if not rec["name"]:
            spelled = best_surface[eid] or rec["variants"]
            named = {v: n for v, n in spelled.items() if v.strip()} or {canonical[eid]: 1}
            rec["name"] = max(named, key=lambda v: (named[v], not v.isascii(), len(v), v))
        rec["variants"] = dict(rec["variants"])
        rec["articles"] = len(rec["articles"])
    return records
