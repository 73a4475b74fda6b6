"""A page whose address names the fetch day itself (a daily's issue «/2015/20150722/») was published
on that day, even when its text calls an earlier day «اليوم» («عصر اليوم الاثنين»): the text was
written before the issue came out, so its relative dates count from the Monday, while the
publication date is the issue's."""

from __future__ import annotations

from datetime import date

from marsad.dates import infer_published
from marsad.dates.writing_day import writing_anchor

TEXT = "وصلت بعثة النادي عصر اليوم الاثنين إلى مطار تونس، وتبدأ تدريباتها مساء اليوم."
FETCHED = {"date": "2015-07-22 10:00:00", "date_field": "date_extracted"}


def test_the_issue_day_is_the_publication_day_and_the_weekday_the_writing_day() -> None:
    pub = infer_published(TEXT, {**FETCHED, "url": "http://daily.example.com/2015/20150722/sp2.htm"}, [])
    assert (pub.date, pub.source) == ("2015-07-22", "url")
    assert writing_anchor(pub) == date(2015, 7, 20)
    assert pub.filed == "2015-07-22"


def test_without_a_day_in_the_address_the_weekday_dates_the_page() -> None:
    pub = infer_published(TEXT, {**FETCHED, "url": "http://daily.example.com/news/12345"}, [])
    assert (pub.date, pub.source) == ("2015-07-20", "weekday")
    assert writing_anchor(pub) == date(2015, 7, 20)


def test_an_earlier_day_in_the_address_still_wins() -> None:
    pub = infer_published(TEXT, {**FETCHED, "url": "http://daily.example.com/2015/20150721/sp2.htm"}, [])
    assert (pub.date, pub.source) == ("2015-07-21", "url")
