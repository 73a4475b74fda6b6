"""Publication dates under a fetch day (issue 16): SaudiNewsNet's `date_extracted` is the day a
page was scraped, an upper bound on its publication, not the publication date itself."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from marsad.dates import infer_published
from marsad.model import Published

FETCHED = {"date": "2015-07-21 13:09:39", "date_field": "date_extracted"}  # a Tuesday
BODY = "وأضاف المتحدث أن الجانبين سيواصلان المشاورات بشأن القضايا الإقليمية والدولية.\n"


def pub(text: str, meta: dict[str, Any] | None = None) -> Published:
    return infer_published(text, FETCHED if meta is None else meta, [])


@pytest.mark.parametrize(("text", "day"), [
    ("انهار المبنى ليلة أول من أمس السبت، مما أدى إلى محاصرة عدة أشخاص.\n", "2015-07-20"),  # Mon
    ("وافق مجلس الأمن الدولي، اليوم (الاثنين)، على الاتفاق.\n", "2015-07-20"),
    ("أعلنت إدارة النادي أمس الجمعة تعاقدها مع اللاعب.\n", "2015-07-18"),  # written on Saturday
])
def test_today_and_a_weekday_move_the_fetch_day_back_to_that_weekday(text: str, day: str) -> None:
    p = pub(text + BODY)
    assert (p.date, p.source) == (day, "text")
    assert "date_conflict" in p.flags
    assert date.fromisoformat(p.date) <= date(2015, 7, 21)


def test_a_weekday_that_agrees_with_the_fetch_day_keeps_it() -> None:
    p = pub("أعلنت الوزارة اليوم الثلاثاء عن خطة جديدة.\n" + BODY)
    assert (p.date, p.source, p.flags) == ("2015-07-21", "meta", [])


def test_the_day_after_the_fetch_day_is_no_reason_to_move_a_week_back() -> None:
    """«اليوم الأربعاء» in a page fetched on Tuesday: written for the next morning; the fetch
    day stays (flagged), it is not moved six days back."""
    p = pub("ويخوض اللاعب دور الـ16 عصر اليوم الأربعاء أمام منافسه.\n" + BODY)
    assert p.date == "2015-07-21" and "date_conflict" in p.flags


def test_a_publication_date_that_is_not_a_fetch_day_is_not_moved() -> None:
    p = pub("أعلنت إدارة النادي أمس الجمعة تعاقدها مع اللاعب.\n" + BODY,
            {"date": "2015-07-21T10:00:00", "date_field": "date"})
    assert (p.date, p.source) == ("2015-07-21", "meta") and "date_conflict" in p.flags


def test_a_hijri_date_given_as_today_dates_the_article() -> None:
    """15 Shawwal 1436 is Friday 31 July 2015: stronger than the fetch day and than the
    weekday alone."""
    meta = {"date": "2015-08-11 13:09:39", "date_field": "date_extracted"}
    p = pub("قتل اليوم الجمعة الموافق 1436/10/15 هـ في محافظة ثادق.\n" + BODY, meta)
    assert (p.date, p.source) == ("2015-07-31", "text")


def test_a_hijri_date_in_the_body_is_no_publication_date() -> None:
    p = pub("يذكر أن مدة التقديم ستكون من 15 /8 /1436هـ إلى 10 /9/ 1436هـ خلال الدوام.\n" + BODY)
    assert (p.date, p.source) == ("2015-07-21", "meta")


def test_a_current_month_that_is_not_the_fetch_month_flags_the_date() -> None:
    """«فبراير الجاري» in a page fetched in July: written in some February, not on the fetch
    day; no day to move to, so the fetch day stays, flagged."""
    p = pub("أعلنت الشركة اليوم أن الأجهزة تصدر في الثالث عشر من فبراير الجاري.\n" + BODY)
    assert p.date == "2015-07-21" and "date_conflict" in p.flags
    assert any("current month" in e.note for e in p.evidence)
    p = pub("أعلنت الشركة اليوم أن الأجهزة تصدر في الثالث والعشرين من يوليو الجاري.\n" + BODY)
    assert (p.date, p.flags) == ("2015-07-21", [])


def test_a_clock_time_on_today_and_a_weekday_is_weekday_evidence_too() -> None:
    p = pub("وتقام الأمسية عند الساعة 9 مساء اليوم (الاثنين) في مقر النادي.\n" + BODY)
    assert (p.date, p.source) == ("2015-07-20", "text")


@pytest.mark.parametrize(("url", "day"), [
    ("http://www.okaz.com.sa/new/Issues/20150720/Con20150720784687.htm", "2015-07-20"),
    ("http://www.aleqt.com/2015/07/19/article_974922.html", "2015-07-19"),
    ("http://www.al-jazirah.com/2015/20150718/fe1.htm", "2015-07-18"),
])
def test_a_day_in_the_address_dates_the_article(url: str, day: str) -> None:
    """The publisher files the page under its day: stronger than the fetch day, no conflict
    with it (the fetch day only bounds the date)."""
    p = pub(BODY, {**FETCHED, "url": url})
    assert (p.date, p.source, p.flags) == (day, "url", [])


@pytest.mark.parametrize("url", [
    "http://www.example.com/node/20150799",  # no such day
    "http://www.example.com/article/1201507201",  # digits of an id
    "http://www.example.com/2015/07/25/x.html",  # after the fetch day: impossible
])
def test_no_day_or_an_impossible_one_in_the_address_leaves_the_fetch_day(url: str) -> None:
    p = pub(BODY, {**FETCHED, "url": url})
    assert p.date == "2015-07-21"
