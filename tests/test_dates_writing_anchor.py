"""Issue 16, round 8: the day relative dates count from when the publication date is only the
fetch day and the page's URL names an earlier one (a daily's issue fetched after midnight, an
archive page). Since round 33 the URL's day is also the publication date (source `url`); the
story step still files the page under its fetch day (`Published.filed`, issue 17)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.publication import infer_published
from marsad.dates.writing_day import url_day, writing_anchor
from marsad.model import Article, Published
from marsad.model.published import URL_DAY, WEEKDAY_DAY
from marsad.steps.timex import timex
from marsad.stories.items import published_day

FETCHED = {"date": "2015-07-31 03:56:22", "date_field": "date_extracted"}
FETCHED_BY_DAY = {"date": "2015-07-31 13:56:22", "date_field": "date_extracted"}  # not in the small hours
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


BODY = "ينطلق اليوم في مدينة بريدة أكبر مهرجان للتمور، وكانت اللجنة قد اجتمعت أمس."


def published(meta: dict[str, str], text: str = BODY) -> Published:
    return infer_published(text, meta, [])


def test_the_urls_earlier_day_dates_a_page_dated_by_its_fetch_time() -> None:
    p = published({**FETCHED, "url": OKAZ})
    assert (p.date, p.source, p.flags) == ("2015-07-30", URL_DAY, [])  # the day, not the fetch
    assert [(e.kind, e.value) for e in p.evidence if e.kind == URL_DAY] == [(URL_DAY, "2015-07-30")]
    assert [(e.kind, e.value) for e in p.evidence if e.kind == "meta"] == [("meta", "2015-07-31")]
    assert writing_anchor(p) == date(2015, 7, 30)
    assert p.filed == "2015-07-31"  # stories still file it under the fetch day
    again = Published.from_json(p.to_json())
    assert (again.date, again.source, again.filed) == ("2015-07-30", URL_DAY, "2015-07-31")


def test_a_page_dated_by_its_fetch_time_alone_is_filed_under_its_date() -> None:
    p = published({**FETCHED_BY_DAY, "url": "http://www.alriyadh.com/1066427"})
    assert (p.date, p.source, p.filed) == ("2015-07-31", "meta", "2015-07-31")


@pytest.mark.parametrize(("meta", "text"), [
    ({"date": "2015-07-31", "date_field": "date", "url": OKAZ}, BODY),  # a publisher's date, not the fetch
    ({**FETCHED_BY_DAY, "url": OKAZ.replace("20150730", "20150801")}, BODY),  # the URL's day is later
    ({**FETCHED_BY_DAY, "url": "http://www.alriyadh.com/1066427"}, BODY),  # no day in the URL
    ({"url": OKAZ}, "تاريخ النشر: 29 يوليو 2015\n" + BODY),  # no fetch time: the page's date line
])
def test_any_other_publication_date_is_the_anchor(meta: dict[str, str], text: str) -> None:
    p = published(meta, text)
    assert not [e for e in p.evidence if e.kind == URL_DAY]
    assert writing_anchor(p) == date.fromisoformat(p.date or "")


def test_no_publication_date_no_anchor() -> None:
    assert writing_anchor(Published()) is None


def test_the_timex_step_resolves_today_against_the_urls_day() -> None:
    meta = {**FETCHED, "url": OKAZ}
    art = Article("x", BODY, url=OKAZ, meta=meta, published=published(meta))
    timex.run([art])
    assert [(BODY[s.start:s.end], s.attrs.value) for s in art.layers["timexes"]] == [
        ("اليوم", "2015-07-30"), ("أمس", "2015-07-29")]
    assert art.published.date == "2015-07-30"


# Issue 16, round 13: the day of writing from the text's weekday, never after the fetch day.
TUESDAY_MORNING = {"date": "2015-07-21 10:57:32", "date_field": "date_extracted",
                   "url": "http://www.arreyadi.com.sa/Home/Details/ODk0Ng=="}
YESTERDAY_TUESDAY = "وأشار البرنامج إلى أنه خلال أسبوعين من أمس الثلاثاء، ما لم يدفع النادي المبالغ."


def test_a_weekday_after_the_fetch_day_moves_the_writing_day_back_a_week_not_ahead() -> None:
    p = published(TUESDAY_MORNING, YESTERDAY_TUESDAY)  # «أمس الثلاثاء»: written on a Wednesday
    assert (p.date, p.source, p.filed) == ("2015-07-15", WEEKDAY_DAY, "2015-07-21")  # filed: the fetch day
    assert [(e.kind, e.value) for e in p.evidence if e.kind == WEEKDAY_DAY] == [(WEEKDAY_DAY, "2015-07-15")]
    assert writing_anchor(p) == date(2015, 7, 15)
    art = Article("x", YESTERDAY_TUESDAY, meta=TUESDAY_MORNING, published=p)
    timex.run([art])
    assert ("أمس الثلاثاء", "2015-07-14") in [
        (YESTERDAY_TUESDAY[s.start:s.end], s.attrs.value) for s in art.layers["timexes"]]


def test_a_weekday_a_few_days_back_moves_the_writing_day_to_it() -> None:
    text = "انهار المبنى ليلة أول من أمس السبت، مما أدى إلى محاصرة عدة أشخاص."  # today: Monday
    assert writing_anchor(published(TUESDAY_MORNING, text)) == date(2015, 7, 20)


def test_a_publishers_date_is_never_moved_by_a_weekday_to_another_anchor() -> None:
    p = published({"date": "2015-07-21 02:00:00", "date_field": "date"}, YESTERDAY_TUESDAY)
    assert writing_anchor(p) == date.fromisoformat(p.date or "")
    assert (p.date, p.source) == ("2015-07-21", "meta")


# Issue 16, round 23: SaudiNewsNet's fetch times are UTC, its outlets write in Saudi time (UTC+3).
MONDAY_MORNING_TEXT = "يترأس أمين المنطقة صباح اليوم الاثنين الاجتماع الدوري لرؤساء البلديات."


@pytest.mark.parametrize(("fetched", "written"), [
    ("2015-08-02 23:24:58", date(2015, 8, 3)),  # Sunday 23:24 UTC is Monday 02:24 in Riyadh
    ("2015-08-02 21:00:00", date(2015, 8, 3)),  # local midnight
    ("2015-08-02 20:59:59", date(2015, 7, 27)),  # still Sunday in Riyadh: a week back, never ahead
    ("2015-08-02 10:00:00", date(2015, 7, 27)),
])
def test_a_page_fetched_after_local_midnight_may_be_written_the_next_day(fetched: str, written: date) -> None:
    p = published({"date": fetched, "date_field": "date_extracted"}, MONDAY_MORNING_TEXT)
    assert p.date == written.isoformat()  # the day of writing is the publication date
    assert p.filed == "2015-08-02"  # the story step files it under the fetch day
    assert writing_anchor(p) == written


def test_the_story_step_files_a_page_dated_by_its_url_or_weekday_under_its_fetch_day() -> None:
    meta = {**FETCHED, "url": OKAZ}
    art = Article("x", BODY, url=OKAZ, meta=meta, published=published(meta))
    assert art.published.date == "2015-07-30"
    assert published_day(art) == date(2015, 7, 31)
    other = Article("y", BODY, meta=FETCHED_BY_DAY, published=published(FETCHED_BY_DAY))
    assert published_day(other) == date(2015, 7, 31)
    dated = published(TUESDAY_MORNING, YESTERDAY_TUESDAY)
    weekday = Article("z", YESTERDAY_TUESDAY, meta=TUESDAY_MORNING, published=dated)
    assert (weekday.published.date, published_day(weekday)) == ("2015-07-15", date(2015, 7, 21))
