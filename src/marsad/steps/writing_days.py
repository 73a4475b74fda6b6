"""The day of writing from the article's numbered neighbours (`marsad.dates.neighbours`).

An article dated only by its fetch day, whose outlet numbers its pages, gets the days of
writing its run's pages of that outlet allow (those whose URL day, current month «يونيو الجاري»
or real publication date fix theirs); when its own day lies outside that narrow interval, the
day chosen in it is added to `article.published.evidence` (kind `neighbours`, replacing a
weekday counted from the fetch day) and its timexes are resolved again against it; the events
step, run after this one, counts from it too.

On the driver, after the pass that dates the articles and finds their timexes: a sort of
each outlet's numbers, the same on every engine; only the articles it moves are resolved
again. Within the run only: an incremental run does not see the pages of earlier runs.
"""

from __future__ import annotations

from datetime import date

from marsad.dates.current_month import current_month_span
from marsad.dates.grammar import RawTimex, recognize
from marsad.dates.neighbours import Numbered, article_number, neighbour_day, neighbour_places
from marsad.dates.writing_day import url_day, writing_anchor
from marsad.model import Article, Corpus, DateEvidence
from marsad.model.published import FETCH_KIND, MONTH_DAY, NEIGHBOUR_DAY, RANGE_DAY, WEEKDAY_DAY
from marsad.steps.base import corpus_step
from marsad.steps.timex import RECOGNIZED, fetched_day, iso_day, timex_spans


def own_days(art: Article, found: list[RawTimex] | None = None) -> tuple[date, date] | None:
    """The days of writing an article's own evidence allows: its URL's day, the current month
    its text names, a publication date that is no fetch day; None when only the fetch day.
    `found`: the text's expressions recognised in a worker (`steps.timex.RECOGNIZED`)."""
    pub = art.published
    fetched = fetched_day(art)
    if fetched is None:
        day = iso_day(pub.date)
        return None if day is None else (day, day)
    day = url_day(art.url or art.meta.get("url"))
    if day is not None:
        return day, day
    if any(e.kind == MONTH_DAY for e in pub.evidence):
        return current_month_span(recognize(art.text) if found is None else found, fetched)
    return None


@corpus_step("writing_days", requires=("published", "timexes"), provides=("writing_day",))
def writing_days(corpus: Corpus) -> None:
    numbered: list[tuple[Article, Numbered, list[RawTimex] | None]] = []
    for art in corpus.articles:
        found = art.prepared.pop(RECOGNIZED, None)  # recognised in the worker (`steps.timex`)
        key = article_number(art.url or art.meta.get("url"))
        if key is not None:
            numbered.append((art, Numbered(key[0], key[1], own_days(art, found), fetched_day(art)), found))
    places = neighbour_places([n for _, n, _ in numbered])
    for (art, page, found), place in zip(numbered, places, strict=True):
        lo, hi = place.lo, place.hi
        anchor = writing_anchor(art.published)
        # a range told before its dated end fixes the page's own day (`writing_day.range_writing_day`);
        # it places no other page: one notice is too little to set an outlet's numbers against
        ranged = any(e.kind == RANGE_DAY for e in art.published.evidence)
        if page.own is not None or page.fetched is None or anchor is None or ranged:
            continue
        day = neighbour_day(art.text, lo, hi, anchor, place.at, found)
        if day is None:
            continue
        note = (f"pages of {page.outlet} numbered around {page.number} were written between "
                f"{lo} and {hi}: relative dates count from this day in it")
        pub = art.published
        if pub.source == WEEKDAY_DAY:  # the weekday it was dated by gives way: back to the fetch day
            pub.date, pub.source = pub.filed, FETCH_KIND
        pub.evidence = [e for e in pub.evidence if e.kind != WEEKDAY_DAY] + [
            DateEvidence(NEIGHBOUR_DAY, day.isoformat(), None, None, note)]
        art.set_layer("timexes", timex_spans(art, found))
