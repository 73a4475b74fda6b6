"""A sports season named by its two years is no timex, however many words stand between «موسم» and
its years and whether its later year carries «م» (dates/season_years.py)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

THURSDAY = date(2015, 8, 6)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, THURSDAY)]


@pytest.mark.parametrize("text", [
    "سجل المهاجم ثمانية أهداف في الموسم الماضي 2013 - 2014م مع فريقه السابق",
    "ويعد الموسم ما قبل الماضي 2012 - 2013م الأفضل في مسيرة الحارس",
    "بدأ النادي تحضيراته للموسم الرياضي الجديد 2015/2016م، بمعسكر في النمسا",
    "تنطلق النسخة الجديدة 2015 ـ 2016 من الدوري في أغسطس",
    "عرضت الفرقة ست مسرحيات في موسم (1961 - 1962) على خشبة المسرح القومي",
])
def test_the_years_of_a_season_are_no_dates(text: str) -> None:
    assert [v for _, v in _found(text) if v and v[:2] in ("19", "20") and len(v) == 4] == []


def test_the_month_beside_a_season_stays() -> None:
    found = _found("انتقل اللاعب في يناير الماضي وشارك في الموسم الماضي 2014 - 2015م")
    assert found == [("يناير الماضي", "2015-01")]


@pytest.mark.parametrize(("text", "years"), [
    ("ارتفعت الصادرات خلال الفترة 2011 - 2014م بنسبة كبيرة", ["2011", "2014"]),
    ("انتهى موسم الحصاد. وفي 2013 - 2014م تضاعف الإنتاج", ["2013", "2014"]),  # the stop ends the season
    ("شارك في أربعة مواسم وتوج بالدوري عام 2010 - 2011م", ["2010", "2011"]),
])
def test_a_range_of_years_not_of_a_season_stays(text: str, years: list[str]) -> None:
    assert [v for _, v in _found(text)] == years
