"""Publication date with its evidence: sets `article.published`.

`{"date": "YYYY-MM-DD" | None, "source": "meta|dateline|header|text|none",
  "flags": ["date_conflict"?], "evidence": [{"kind", "value", "start", "end", "note"}]}`
(Stub: the input metadata date, if any, taken as is.)
"""

from __future__ import annotations

import re

from marsad.model import Article
from marsad.stages.base import stage


@stage("published", requires=("segments",), provides=("published",))
def published(art: Article) -> None:
    raw = art.meta.get("date")
    if isinstance(raw, str):
        m = re.search(r"(\d{4})-(\d{2})-(\d{2})", raw)
        if m:
            art.published = {"date": m.group(0), "source": "meta", "flags": [], "evidence": []}
