"""A range whose first weekday is counted from the writing day and whose end names its own earlier
date («ابتداء من غد الخميس حتى الخامس عشر من شهر رمضان» on a page fetched in late July) tells when
the page was written: the day before that Thursday, not the fetch day. «يوم الأحد القادم» tells only
the week before the Sunday, so it dates the page only with the weekday the text gives to today."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.grammar import recognize
from marsad.dates.publication import infer_published
from marsad.dates.writing_day import range_writing_day, writing_anchor
from marsad.model.published import RANGE_DAY

FETCHED = {"date": "2015-07-21 10:00:00", "date_field": "date_extracted"}  # a Tuesday
TUESDAY = date(2015, 7, 21)


def day_of(text: str) -> date | None:
    return range_writing_day(text, recognize(text), TUESDAY)


@pytest.mark.parametrize(("text", "written"), [
    # 15 Ramadan 1436 = Thursday 2 July 2015: the Thursday before it is 25 June, told on the 24th
    ("أعلنت الجامعة أنها تستقبل طلبات القبول ابتداء من غد الخميس حتى الخامس عشر من شهر رمضان "
     "عبر بوابتها الإلكترونية.", date(2015, 6, 24)),
    # 22 Ramadan 1436 = Thursday 9 July: the Sunday before it is 5 July; «أمس السبت» makes today a
    # Sunday, so the page was written the Sunday before, 28 June
    ("وقال مدير التعليم أمس السبت إن التسجيل يبدأ اعتبارا من يوم الأحد القادم وحتى نهاية دوام "
     "يوم الخميس الموافق 22/9/1436هـ.", date(2015, 6, 28)),
    # today's weekday agrees with the range's «غد»
    ("قال الوزير اليوم الأربعاء إن الحملة تستمر من غد الخميس حتى الخامس عشر من شهر رمضان.",
     date(2015, 6, 24)),
])
def test_a_range_before_its_dated_end_dates_the_page(text: str, written: date) -> None:
    assert day_of(text) == written
    published = infer_published(text, FETCHED, [])
    assert (published.date, published.source) == (written.isoformat(), RANGE_DAY)
    assert writing_anchor(published) == written
    assert published.filed == "2015-07-21"  # stories still file it under its fetch day


@pytest.mark.parametrize("text", [
    # «القادم» alone: some day of the week before that Sunday, not one day
    "وقال مدير التعليم إن التسجيل يبدأ اعتبارا من يوم الأحد القادم وحتى نهاية دوام يوم الخميس "
    "الموافق 22/9/1436هـ.",
    # today's weekday disagrees with the range's «غد»: no day is sure
    "قال الوزير اليوم الثلاثاء إن الحملة تستمر من غد الخميس حتى الخامس عشر من شهر رمضان.",
    # the end after the weekday: the page may well be written on its fetch day
    "تبدأ الدورة التدريبية من غد الأربعاء حتى 30 يوليو 2015 في مقر النادي.",
    # an end months before (a misread year more likely than a page that old)
    "وتستمر حملة التطعيم من غد الأربعاء حتى 30 يناير 2015 في المراكز الصحية.",
    # two ranges that place the writing day on two different days
    "تبدأ الدورة من غد الخميس حتى الخامس عشر من شهر رمضان، ويبدأ المعرض من غد الأربعاء حتى "
    "التاسع من شهر رمضان.",
])
def test_no_day_without_one_sure_range(text: str) -> None:
    assert day_of(text) is None
    assert infer_published(text, FETCHED, []).source != RANGE_DAY
