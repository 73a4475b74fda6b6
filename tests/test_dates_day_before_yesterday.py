"""«قبل أمس» is the day before yesterday, as «أول من أمس» and «أمس الأول» are («نشرته قبل أمس
(السبت)»: two days back, and with its weekday it says the page was written on the Monday)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.dates.extract import text_writing_day
from marsad.dates.lexicon import lexicon

TUESDAY = date(2015, 7, 21)


def test_the_table_gives_it_two_days_back() -> None:
    assert lexicon().day_words["قبل امس"] == lexicon().day_words["اول من امس"] == -2


@pytest.mark.parametrize("text, expected", [
    ("وصل الوفد مساء قبل أمس إلى العاصمة", [("مساء قبل أمس", "2015-07-19TEV")]),
    ("وبموجب مرسوم نشرته قبل امس الحكومة", [("قبل امس", "2015-07-19")]),
])
def test_before_yesterday_is_two_days_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[t.start:t.end], t.value) for t in extract(text, TUESDAY)] == expected


def test_with_its_weekday_it_names_the_writing_day() -> None:
    text = "وبموجب مرسوم نشرته قبل أمس (السبت) الحكومة الجديدة"
    assert text_writing_day(text, TUESDAY) == date(2015, 7, 20)
    assert [t.value for t in extract(text, TUESDAY)] == ["2015-07-18"]


def test_a_count_after_qabl_is_still_ago() -> None:
    text = "وصل الوفد قبل ثلاثة أيام"
    assert [t.value for t in extract(text, TUESDAY)] == ["2015-07-18"]
