"""Publication date with its evidence: sets `article.published`.

`{"date": "YYYY-MM-DD" | None, "source": "meta|dateline|header|text|url|range|weekday|none",
  "flags": ["date_conflict"?], "evidence": [{"kind", "value", "start", "end", "note"}]}`
The reasoning is `marsad.dates.publication`: candidates from metadata, header lines,
datelines and the text, checked against what the text says; None when nothing dates it.
A text with very many dates is weighed on its first ones (flag `date_evidence_capped`).
"""

from __future__ import annotations

from marsad.dates import infer_published
from marsad.dates.publication import EVIDENCE_CAPPED, MAX_CANDIDATES, MAX_EVIDENCE
from marsad.model import Article
from marsad.steps.base import explain_flag, stage

explain_flag(EVIDENCE_CAPPED, f"the publication date was weighed on the first {MAX_CANDIDATES} "
             f"candidate dates and the first {MAX_EVIDENCE} dates of each kind in the text only")


@stage("published", requires=("segments",), provides=("published",))
def published(art: Article) -> None:
    segments = [(s.start, s.end, s.label) for s in art.layers.get("segments", [])]
    art.published = infer_published(art.text, art.meta, segments)
    if EVIDENCE_CAPPED in art.published.flags:
        art.flag(EVIDENCE_CAPPED)
