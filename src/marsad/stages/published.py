"""Publication date with its evidence: sets `article.published`.

`{"date": "YYYY-MM-DD" | None, "source": "meta|dateline|header|text|none",
  "flags": ["date_conflict"?], "evidence": [{"kind", "value", "start", "end", "note"}]}`
The reasoning is `marsad.dates.publication`: candidates from metadata, header lines,
datelines and the text, checked against what the text says; None when nothing dates it.
"""

from __future__ import annotations

from marsad.dates import infer_published
from marsad.model import Article
from marsad.stages.base import stage


@stage("published", requires=("segments",), provides=("published",))
def published(art: Article) -> None:
    segments = [(s.start, s.end, s.label) for s in art.layers.get("segments", [])]
    art.published = infer_published(art.text, art.meta, segments)
