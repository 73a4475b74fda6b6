"""An event told in a story of years gone by takes no day of publication.

An event whose text gives no date of its own is dated on the day of the report (`extract`),
the news of the day. Not so where the last date the article tells before its trigger is a year
two or more before the publication (a history of the 1990 invasion: «فبدأت الرحلات نحو القاهرة
التي التقى فيها الملك بالرئيس المصري الأسبق»): the story is of that time, not of the page's
day, and the text gives the event no day (the guide: date null where the text gives none;
round 52's outside audit: 3 of 13 wrong dates so)."""

from __future__ import annotations

import re

from marsad.events.context import ArticleContext

_YEAR = re.compile(r"^(\d{4})")
_YEARS_BACK = 2  # years before the publication's at least: a story of another time


def told_of_years_gone(ctx: ArticleContext, at: int | None) -> bool:
    """Whether the last resolved timex before offset `at` (a calendar value, not a length nor a
    vague reference) names a year `_YEARS_BACK` or more before the article's publication."""
    published = ctx.article.published.written
    if at is None or not published or (pub := _YEAR.match(published)) is None:
        return False
    before = [t for t in ctx.timexes if t.end <= at and _YEAR.match(str(t.attrs.value or ""))]
    if not before:
        return False
    last = max(before, key=lambda t: t.start)
    year = _YEAR.match(str(last.attrs.value))
    return year is not None and int(pub.group(1)) - int(year.group(1)) >= _YEARS_BACK
