"""Temporal expressions: layer `timexes`, spans with label = TIMEX3 type
(`DATE`, `TIME`, `DURATION`, `SET`) and attrs `{"value": str | None, "mod"?, "pattern"}`.

Values are resolved against the chosen publication date (`article.published["date"]`);
without one, what needs an anchor is None. Expressions inside segments whose role is
junk (related links, tags, site chrome) are left out.
"""

from __future__ import annotations

from marsad.dates import extract, parse_date
from marsad.model import Article, Span
from marsad.stages.base import stage

# Segment roles whose text is the article's own (or quoted/embedded in it).
KEEP_ROLES = frozenset({"title", "body", "caption", "embed", "heading", "dateline", "meta", "quote"})


@stage("timex", requires=("segments", "published"), provides=("timexes",))
def timex(art: Article) -> None:
    anchor = parse_date(art.published.get("date") or "")
    junk = [s for s in art.layers.get("segments", []) if s.label not in KEEP_ROLES]
    spans = []
    for t in extract(art.text, anchor):
        if any(s.start <= t.start and t.end <= s.end for s in junk):
            continue
        attrs: dict[str, object] = {"value": t.value, "pattern": t.raw.kind}
        if t.mod:
            attrs["mod"] = t.mod
        spans.append(Span(t.start, t.end, t.type, attrs))
    art.set_layer("timexes", spans)
