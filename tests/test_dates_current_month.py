"""Issue 16, round 15: a page that names another month as the current one («يونيو الجاري») was
written in that month, not on the fetch day: relative dates count from that month's latest day
(or the text's own weekday in it). The publication date itself is left as chosen."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.current_month import current_month_day
from marsad.dates.grammar import recognize
from marsad.dates.publication import infer_published
from marsad.dates.writing_day import writing_anchor
from marsad.model import Article
from marsad.model.published import MONTH_DAY, URL_DAY
from marsad.steps.timex import timex

FETCHED = {"date": "2015-07-21 10:57:32", "date_field": "date_extracted"}
JUNE = "وفي مطلع يونيو (حزيران) الحالي أعلنت الحكومة الخطة، وقالت أمس إنها ستنفذها الشهر المقبل."


def test_another_current_month_anchors_relative_dates_at_its_last_day() -> None:
    p = infer_published(JUNE, FETCHED, [])
    assert p.date == "2015-07-21"  # the publication date is kept
    assert [(e.kind, e.value) for e in p.evidence if e.kind == MONTH_DAY] == [(MONTH_DAY, "2015-06-30")]
    assert writing_anchor(p) == date(2015, 6, 30)
    art = Article("x", JUNE, meta=FETCHED, published=p)
    timex.run([art])
    values = {JUNE[s.start:s.end]: s.attrs.value for s in art.layers["timexes"]}
    assert values["أمس"] == "2015-06-29"
    assert values["الشهر المقبل"] == "2015-07"  # from the fetch day it would be August


@pytest.mark.parametrize(("text", "day"), [
    # a month after the fetch month was the year before's (an archive page crawled a year late)
    ("قبل مواجهة الإياب بين الطرفين في الثلاثين من شهر سبتمبر الجاري.", date(2014, 9, 30)),
    # the weekday the text gives to today, in that month: the last Monday of June 2015
    ("أعلنت الوزارة اليوم الاثنين أن التسجيل يبدأ في 13 يونيو الحالي.", date(2015, 6, 29)),
    ("قال أمس الأربعاء إن الموعد نهاية يونيو الجاري.", date(2015, 6, 25)),  # today: Thursday
    # a Hijri month: Ramadan 1436 ended on 2015-07-16, Sha'ban on 2015-06-17 (Umm al-Qura)
    ("وتستمر الحملة طوال شهر رمضان الحالي في جميع المناطق.", date(2015, 7, 16)),
    ("يبدأ التسجيل في 20 شعبان الجاري.", date(2015, 6, 17)),
    # both calendars: the days they share (July 2015 and Ramadan: up to the 16th)
    ("أعلن في يوليو الجاري أن الحملة مستمرة خلال رمضان الحالي.", date(2015, 7, 16)),
])
def test_the_day_of_writing_is_the_latest_the_month_allows(text: str, day: date) -> None:
    assert writing_anchor(infer_published(text, FETCHED, [])) == day


@pytest.mark.parametrize("text", [
    "وتنطلق البطولة في 25 يوليو الجاري بمشاركة عشرة فرق.",  # the fetch month itself
    "بدأت في 3 يونيو الجاري وتنتهي في 5 مارس الحالي.",  # two current months: no statement
    "افتتح المعرض في يونيو 2015 وما زال مفتوحا.",  # no word of the present
    "وصل الوفد في 13 يونيو الماضي.",  # a past month is no current one
    "تنطلق الفعاليات في الخامس من شوال الجاري.",  # the fetch day's Hijri month (5 Shawwal 1436)
    "افتتح في يونيو الجاري خلال شهر شوال الحالي.",  # the two calendars share no day
])
def test_no_single_other_current_month_leaves_the_fetch_day(text: str) -> None:
    p = infer_published(text, FETCHED, [])
    assert not [e for e in p.evidence if e.kind == MONTH_DAY]
    assert current_month_day(text, recognize(text), date(2015, 7, 21)) is None


def test_a_publishers_date_or_the_urls_day_is_kept() -> None:
    p = infer_published(JUNE, {"date": "2015-07-21 02:00:00", "date_field": "date"}, [])
    assert writing_anchor(p) == date(2015, 7, 21)  # a publisher's date is no fetch day
    url = "http://www.aleqt.com/2015/06/12/article_974922.html"
    p = infer_published(JUNE, {**FETCHED, "url": url}, [])
    assert [e.kind for e in p.evidence if e.kind in (URL_DAY, MONTH_DAY)] == [URL_DAY]
    assert writing_anchor(p) == date(2015, 6, 12)
