"""Date mechanisms taken from the errors of the timex-dev-4 batch (issue 16, round 10), besides
the centuries (`test_dates_centuries.py`):

- each side of a month range is a timex of its own, the year written once at its end is the
  year of both («ما بين شهري مايو (أيار) وسبتمبر (أيلول) 2006»; the year before when the first
  month comes later: «بين نوفمبر وفبراير 2006»);
- a year of an earlier century after «عام/سنة» («عام 1558»); 10xx-12xx only with «م/ميلادي» («عام
  1074م»): without it, in a Saudi text, a Hijri year as often (عام 1139); 13xx and 14xx stay Hijri;
- a month after a day in words that opens a place's name («مدينة ستة أكتوبر») is none, as
  «مدينة 6 أكتوبر»: every `head` row of `date_names.tsv` tried.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 22)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "expected"), [
    ("في إشبيلية، ما بين شهري مايو (أيار) وسبتمبر (أيلول) 2006. يضم",
     [("مايو (أيار)", "2006-05"), ("سبتمبر (أيلول) 2006", "2006-09")]),
    ("من مايو إلى سبتمبر 2006", [("مايو", "2006-05"), ("سبتمبر 2006", "2006-09")]),
    ("بين نوفمبر وفبراير 2006", [("نوفمبر", "2005-11"), ("فبراير 2006", "2006-02")]),
    ("من 5 مايو حتى 3 سبتمبر 2006", [("5 مايو", "2006-05-05"), ("3 سبتمبر 2006", "2006-09-03")]),
    ("في يناير وفبراير ومارس 2006", [("يناير", "2006-01"), ("فبراير", "2006-02"), ("مارس 2006", "2006-03")]),
])
def test_the_year_at_the_end_of_a_month_range_is_the_year_of_both_sides(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("في مايو الماضي وسبتمبر 2006", [("مايو الماضي", "2015-05"), ("سبتمبر 2006", "2006-09")]),
    ("في مايو، وفي سبتمبر 2006", [("مايو", "2015-05"), ("سبتمبر 2006", "2006-09")]),
    ("بين مايو 2005 وسبتمبر 2006", [("مايو 2005", "2005-05"), ("سبتمبر 2006", "2006-09")]),
])
def test_a_month_with_its_own_year_or_apart_from_the_range_keeps_its_year(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("اعتلت إليزابيث الأولى عرش بريطانيا عام 1558، وهي عزباء", [("عام 1558", "1558")]),
    ("في سنة 1200 م", [("سنة 1200 م", "1200")]),
    ("العام 1789 الثورة الفرنسية", [("العام 1789", "1789")]),
    ("عام 1352 هجرية", [("عام 1352 هجرية", "1933-04-26/1934-04-14")]),  # Hijri, as before
    ("احتلّ المغول أرمينيا عام 1232م في زحفهم", [("عام 1232م", "1232")]),
    ("بدأ السلاجقة التحرش عام 1020 ميلادي", [("عام 1020 ميلادي", "1020")]),
    ("أقيمت البطولة عام 1407", [("عام 1407", "1986-09-05/1987-08-24")]),
])
def test_a_year_of_an_earlier_century_after_the_word_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["في 1558 موقعا", "بلغ العدد 1558 شخصا",
                                  "قامت الدولة السعودية الأولى عام 1139 في الدرعية",  # Hijri, no هـ
                                  "ولد الملك عبدالعزيز عام 1293 / 1876 ونشأ"])
def test_an_old_year_without_the_word_year_or_maybe_hijri_is_no_gregorian_year(text: str) -> None:
    assert found(text) == []


HEADS = [r["name"] for r in load_table("date_names") if r["kind"] == "head"]


@pytest.mark.parametrize("head", HEADS)
def test_a_month_after_a_day_in_words_opening_a_name_is_no_date(head: str) -> None:
    assert found(f"في {head} ستة أكتوبر المصرية") == []
    assert found(f"في {head} 6 أكتوبر المصرية") == []


def test_a_month_after_a_number_word_without_a_head_is_still_the_month() -> None:
    assert found("وصل عددهم ستة أكتوبر الماضي") == [("أكتوبر الماضي", "2014-10")]
