"""Issue 16, round 41: a page that gives today its weekday and its date («اليوم الجمعة 10 يوليو») was
written on that date, however long before the fetch day: the weekday alone places it only within
the week before the fetch. Sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.dated_today import dated_writing_day
from marsad.dates.publication import infer_published
from marsad.dates.writing_day import writing_anchor
from marsad.model import Article
from marsad.model.published import DATED_DAY, WEEKDAY_DAY
from marsad.steps.timex import timex

FETCHED = date(2015, 7, 21)  # a Tuesday
META = {"date": "2015-07-21 10:57:32", "date_field": "date_extracted", "url": "http://example.com/a/1"}
ELEVEN_DAYS = "أعلنت الهيئة اليوم الجمعة 10 يوليو نتائج المسابقة، بعد أن أغلقت باب التسجيل أمس."


def test_a_dated_today_anchors_relative_dates_eleven_days_before_the_fetch() -> None:
    p = infer_published(ELEVEN_DAYS, META, [])
    assert (p.date, p.source) == ("2015-07-10", DATED_DAY)
    assert writing_anchor(p) == date(2015, 7, 10)
    art = Article("x", ELEVEN_DAYS, meta=META, published=p)
    timex.run([art])
    values = {ELEVEN_DAYS[s.start:s.end]: s.attrs.value for s in art.layers["timexes"]}
    assert values["أمس"] == "2015-07-09"  # the weekday alone read the Friday before the fetch: 07-16


@pytest.mark.parametrize(("text", "day"), [
    # the day word's offset: yesterday Thursday the 9th was written on Friday the 10th
    ("وكان الوزير قد وصل أمس الخميس الموافق 9 يوليو إلى العاصمة.", date(2015, 7, 10)),
    ("وتبدأ الدورة غدا الاثنين (6 يوليو) في مقر النادي.", date(2015, 7, 5)),
    ("وتقام المباراة بعد غد الأربعاء 8 يوليو على ملعب المدينة.", date(2015, 7, 6)),  # a two-word day word
    # a Hijri date: 29 Ramadan 1436 is Thursday 16 July 2015 (Umm al-Qura)
    ("وعند أذان مغرب اليوم الخميس الموافق 29 رمضان أوقف رجال الأمن السيارة.", date(2015, 7, 16)),
    # a date without its year that falls on its weekday only the year before: written in 2014
    ("أعلنت الهيئة اليوم الجمعة 11 يوليو نتائج المسابقة.", date(2014, 7, 11)),
])
def test_the_day_of_writing_is_the_dated_day_less_the_day_words_offset(text: str, day: date) -> None:
    assert dated_writing_day(text, FETCHED) == day


@pytest.mark.parametrize("text", [
    "أعلنت الهيئة اليوم الجمعة نتائج المسابقة.",  # no date: the weekday's own reading
    "أعلنت الهيئة اليوم الأربعاء 10 يوليو نتائج المسابقة.",  # a misprint: no Wednesday in 2015 or 2014
    "وصل أمس الخميس 9 يوليو وغادر اليوم الأحد 12 يوليو.",  # two days of writing: the text says nothing
    "وستقام المباراة يوم الجمعة 10 يوليو في جدة.",  # a dated weekday without a day word
    "أعلنت الهيئة اليوم الأحد 26 يوليو نتائج المسابقة.",  # after the fetch day: no day of writing
])
def test_no_single_dated_today_says_nothing(text: str) -> None:
    assert dated_writing_day(text, FETCHED) is None


def test_a_dated_today_within_the_week_agrees_with_the_weekday_reading() -> None:
    text = "أعلنت الهيئة اليوم الأحد 19 يوليو نتائج المسابقة."
    p = infer_published(text, META, [])
    assert (p.date, p.source) == ("2015-07-19", DATED_DAY)
    weekday_only = infer_published("أعلنت الهيئة اليوم الأحد نتائج المسابقة.", META, [])
    assert (weekday_only.date, weekday_only.source) == ("2015-07-19", WEEKDAY_DAY)


def test_the_day_after_the_fetch_only_when_the_fetch_was_already_that_day_in_saudi_time() -> None:
    text = "أعلنت الهيئة اليوم الأربعاء 22 يوليو نتائج المسابقة."
    assert infer_published(text, META, []).source != DATED_DAY  # fetched 10:57 UTC on the 21st
    late = {**META, "date": "2015-07-21 22:10:00"}  # 01:10 on the 22nd in Riyadh
    assert infer_published(text, late, []).date == "2015-07-22"
