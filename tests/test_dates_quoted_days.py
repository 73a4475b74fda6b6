"""«اليوم» inside quoted words is the day the words were said, when the reporting sentence names that day
right before the quotation (`marsad.dates.quoted_days`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 7, 21)


def today_of(text: str) -> str | None:
    return next(t.value for t in extract(text, TUESDAY) if text[t.start:t.end] == "اليوم")


@pytest.mark.parametrize(("text", "day"), [
    ("وقال اللاعب أمس: «واليوم أوجه الشكر إلى الجماهير التي ساندتنا».", "2015-07-20"),
    ("وقال المدرب مساء أول من أمس في المؤتمر الصحافي: «سنلعب اليوم بتشكيلة مختلفة».", "2015-07-19"),
    ("وقال الوزير الأحد الماضي إن «المفاوضات تبدأ اليوم في جنيف».", "2015-07-19"),
    ('وقال الحارس أمس للصحيفة: "نلعب اليوم من أجل الجماهير".', "2015-07-20"),  # straight marks
])
def test_quoted_today_is_the_day_the_words_were_said(text: str, day: str) -> None:
    assert today_of(text) == day


@pytest.mark.parametrize("text", [
    "وقال الوزير: «نبدأ اليوم مرحلة جديدة».",  # no day named: the words of the writing day
    "وصل الوزير إلى الرياض أمس. وقال: «نبدأ اليوم جولة المباحثات».",  # the day in an earlier sentence
    "وقال الوزير أمس إن الاجتماع سيعقد اليوم في الرياض.",  # no quotation
    "وقال الوزير يوم الأحد إن «المفاوضات تبدأ اليوم في جنيف».",  # a day read as coming: never after
])
def test_quoted_today_stays_the_writing_day(text: str) -> None:
    assert today_of(text) == "2015-07-21"


def test_quoted_today_as_the_present_stays_the_present() -> None:
    assert today_of("وقال رئيس الوزراء أمس: «نعيش اليوم مرحلة صعبة».") == "PRESENT_REF"
