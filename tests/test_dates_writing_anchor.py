"""Issue 16, round 8: the day relative dates count from when the publication date is only the
fetch day and the page's URL names an earlier one (a daily's issue fetched after midnight, an
archive page). The publication date itself is left as chosen."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.publication import url_day, writing_anchor
from marsad.model import Article, Published
from marsad.steps.timex import timex

FETCHED = {"date": "2015-07-31 03:56:22", "date_field": "date_extracted"}
OKAZ = "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786410.htm"


@pytest.mark.parametrize(("url", "day"), [
    (OKAZ, date(2015, 7, 30)),
    ("http://www.al-jazirah.com/2015/20150725/ec13.htm", date(2015, 7, 25)),
    ("http://www.aleqt.com/2015/07/20/article_974922.html", date(2015, 7, 20)),
    ("http://example.com/news/2015-08-02/story", date(2015, 8, 2)),
    ("http://www.alriyadh.com/1066427", None),
    ("http://sabq.org/wPBgde", None),
    ("http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231313&CategoryID=5", None),
    ("http://example.com/2015/13/40/x", None),  # no such month or day
    ("http://example.com/id/120150730999", None),  # digits of a longer number
    (None, None),
])
def test_url_day_reads_a_calendar_day_from_the_address(url: str | None, day: date | None) -> None:
    assert url_day(url) == day


def test_the_urls_earlier_day_anchors_a_page_dated_by_its_fetch_time() -> None:
    assert writing_anchor(Published("2015-07-31", "meta"), FETCHED, OKAZ) == date(2015, 7, 30)
    # the URL found in the metadata when the article has none of its own
    fetched_with_url = {**FETCHED, "url": OKAZ}
    assert writing_anchor(Published("2015-07-31", "meta"), fetched_with_url, None) == date(2015, 7, 30)


@pytest.mark.parametrize(("published", "meta", "url"), [
    (Published("2015-07-31", "header"), FETCHED, OKAZ),  # the text's own date line was chosen
    (Published("2015-07-31", "meta"), {"date": "2015-07-31", "date_field": "date"}, OKAZ),  # publisher's
    (Published("2015-07-29", "meta"), FETCHED, OKAZ),  # the URL's day is later: never moved forward
    (Published("2015-07-31", "meta"), FETCHED, "http://www.alriyadh.com/1066427"),  # no day in the URL
])
def test_any_other_publication_date_is_the_anchor(published: Published, meta: dict[str, str],
                                                  url: str) -> None:
    assert writing_anchor(published, meta, url) == date.fromisoformat(published.date or "")


def test_no_publication_date_no_anchor() -> None:
    assert writing_anchor(Published(), FETCHED, OKAZ) is None


def test_the_timex_step_resolves_today_against_the_urls_day_and_keeps_the_publication_date() -> None:
    text = "ينطلق اليوم في مدينة بريدة أكبر مهرجان للتمور، وكانت اللجنة قد اجتمعت أمس."
    art = Article("x", text, url=OKAZ, meta=dict(FETCHED), published=Published("2015-07-31", "meta"))
    timex.run([art])
    assert [(text[s.start:s.end], s.attrs.value) for s in art.layers["timexes"]] == [
        ("اليوم", "2015-07-30"), ("أمس", "2015-07-29")]
    assert art.published.date == "2015-07-31"
