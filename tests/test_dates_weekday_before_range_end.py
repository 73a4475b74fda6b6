"""A weekday counted from the writing day that opens a range whose end names its own date cannot fall
after that end («اعتبارا من يوم الأحد القادم وحتى نهاية دوام يوم الخميس الموافق 22/9/1436هـ» on a
page fetched weeks after it was written): it is the last day of its name before the end."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 7, 21)


def values(text: str, anchor: date = TUESDAY) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "anchor", "first"), [
    # the end a weekday with its Hijri date after «الموافق» (22 Ramadan 1436 = Thursday 9 July 2015)
    ("تستقبل الهيئة طلبات التوظيف اعتبارا من يوم الأحد القادم وحتى نهاية دوام يوم الخميس الموافق "
     "22/9/1436هـ عبر موقعها", TUESDAY, ("يوم الأحد القادم", "2015-07-05")),
    # a Hijri day of the month (15 Ramadan 1436 = Thursday 2 July): the Thursday before it
    ("تقام الدورة التدريبية من غد الخميس حتى الخامس عشر من شهر رمضان في مقر النادي",
     date(2015, 7, 15), ("غد الخميس", "2015-06-25")),
    ("ينطلق المعرض الخيري يوم غد الأربعاء إلى التاسع من شهر رمضان الجاري", TUESDAY,
     ("يوم غد الأربعاء", "2015-06-24")),
    ("وتستمر حملة التطعيم من السبت المقبل حتى 30 يونيو 2015 في المراكز الصحية", TUESDAY,
     ("السبت المقبل", "2015-06-27")),
])
def test_the_first_weekday_falls_before_the_dated_end(
        text: str, anchor: date, first: tuple[str, str]) -> None:
    assert values(text, anchor)[0] == first


@pytest.mark.parametrize("text", [
    # the end after the weekday: nothing to move
    "وتستمر حملة التطعيم من السبت المقبل حتى 30 يوليو 2015 في المراكز الصحية",
    # «حتى» opens a clause of purpose, the date is in the next sentence
    "تأجلت المباراة إلى السبت المقبل حتى يعود اللاعبون. وكانت قد أقيمت في 5 يوليو 2015",
    # an end months before (its year misread more likely than a page that old): left as it is
    "وتستمر حملة التطعيم من السبت المقبل حتى 30 يناير 2015 في المراكز الصحية",
])
def test_the_weekday_stays_without_an_earlier_dated_end(text: str) -> None:
    assert values(text)[0][1] == "2015-07-25"
