"""Temporal expressions: layer `timexes`, spans with label = TIMEX3 type
(`DATE`, `TIME`, `DURATION`, `SET`) and attrs `TimexAttrs` (value: str | None, mod, pattern).

Values are resolved against the chosen publication date (`article.published.date`), or the
earlier day of writing the page's URL, a month the text names as the current one («يونيو الجاري»)
or the text's «اليوم/أمس + weekday» name when that date is only the fetch day
(`article.published.written`; `dates.publication.writing_anchor`); without one, what needs an
anchor is None.
Expressions inside segments whose role is junk (related links, tags, site chrome) are left out.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from itertools import accumulate

from marsad.dates import extract
from marsad.dates.grammar import RawTimex, recognize
from marsad.dates.neighbours import article_number
from marsad.dates.writing_day import RETRIEVAL_FIELDS, url_day, writing_anchor
from marsad.model import Article, Span, TimexAttrs
from marsad.steps.base import stage

# Segment roles whose text is the article's own (or quoted/embedded in it).
KEEP_ROLES = frozenset({"title", "body", "caption", "embed", "heading", "dateline", "meta", "quote"})


RECOGNIZED = "recognized_timexes"
"""The key in `Article.prepared` of the expressions `recognize` found in the article's text, kept
in the worker for the driver's `writing_days` step when it may read them (`may_move`)."""


def iso_day(value: str | None) -> date | None:
    """The day an ISO date string names, else None."""
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


def fetched_day(art: Article) -> date | None:
    """The fetch day an article is dated by when nothing else dates it (or only its URL or its
    text's weekday, `FROM_WRITING`: `published.filed`), else None."""
    pub = art.published
    if not pub.fetch_dated or art.meta.get("date_field") not in RETRIEVAL_FIELDS:
        return None
    return iso_day(pub.filed)


def may_move(art: Article) -> bool:
    """Whether `writing_days` may read the article's expressions: a numbered page dated by its
    fetch day, with no day in its URL."""
    url = art.url or art.meta.get("url")
    return fetched_day(art) is not None and url_day(url) is None and article_number(url) is not None


@stage("timex", requires=("segments", "published"), provides=("timexes",))
def timex(art: Article) -> None:
    art.set_layer("timexes", timex_spans(art))
    if may_move(art):  # the driver's step would otherwise recognise the text again
        art.prepared[RECOGNIZED] = recognize(art.text)


def timex_spans(art: Article, found: list[RawTimex] | None = None) -> list[Span]:
    """The article's temporal expressions outside junk segments, resolved against its day of
    writing (`writing_anchor`); `found`: the expressions recognised in a worker."""
    anchor = writing_anchor(art.published)
    junk = sorted((s.start, s.end) for s in art.layers.get("segments", []) if s.label not in KEEP_ROLES)
    junk_starts = [s for s, _ in junk]
    reach = list(accumulate((e for _, e in junk), max))  # furthest end of the junk so far
    spans = []
    for t in extract(art.text, anchor, found):
        k = bisect_right(junk_starts, t.start)  # junk segments starting at or before t
        if k and reach[k - 1] >= t.end:
            continue  # inside a junk segment
        attrs = TimexAttrs(value=t.value, pattern=t.raw.kind, mod=t.mod or None)
        spans.append(Span(t.start, t.end, t.type, attrs))
    return spans
