"""Date mechanisms taken from the errors of the timex-dev-5 batch (issue 16, round 11), each
checked on the first 3,000 SaudiNewsNet records before it was kept:

- a feast celebrated («احتفى ... بعيد الفطر», «احتفالية ... بعيد الفطر») is the day it falls on,
  as the annotation conventions say; a feast only named («احتفالاتها بعيد الفطر») is left alone
  (the `feast_day` cues of `date_cues.tsv`; one greeted, «بمناسبة عيد الفطر», «وهنأهم بعيد
  الفطر», is its day since round 21: tests/test_dates_timex_dev_12.py);
- a feast's days are counted by any ordinal up to the tenth («رابع أيام عيد الفطر»), and one
  told in the future a few days after it fell is still this year's;
- a day of the month the text is in («الثلاثين من الشهر الحالي», «15 من هذا الشهر»);
- a quarter or half of a year with «م» after its year («الربع الأول من العام 2016م»);
- an hour with the article written apart («الساعة الـ 12 مساء»);
- a while after something («بعد فترة الاختبارات», «بعد فترة من تداول القضية») is no timex;
- «من أجل/خلال/جديد» after «قبل + a count» is no reference point of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.dates.holidays import ordinal_days
from marsad.lang import load_table

ANCHOR = date(2015, 7, 22)
CUES = load_table("date_cues")


def found(text: str, anchor: date = ANCHOR) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "feast_day"], ids=lambda r: r["word"])
def test_a_feast_celebrated_is_its_day(row: dict[str, str]) -> None:
    assert found(f"و{row['word']} أهالي المحافظة أمس بعيد الفطر المبارك") == [
        ("أمس", "2015-07-21"), ("عيد الفطر", "2015-07-17")]
    assert found(f"{row['word']} بعيد الأضحى") == [("عيد الأضحى", "2014-10-04")]


@pytest.mark.parametrize("text", [
    "ضمن برنامج احتفالاتها بعيد الفطر المبارك",  # the feast and its days
    "القيم العظيمة المرتبطة بعيد الفطر المبارك",
    "احتفل أهالي المحافظة، بعيد الفطر",  # not in the clause of the celebrating word
    "احتفل أهالي المحافظة الكرام في المدينة الجميلة أمس بعيد الفطر",  # five words apart
    "يحتفل المسلمون بعيد الفطر في الأول من شوال من كل عام.",  # a habit
])
def test_a_feast_only_named_is_left_alone(text: str) -> None:
    assert all(not t.startswith("عيد") for t, _ in found(text))


@pytest.mark.parametrize(("word", "n"), sorted(ordinal_days().items()))
def test_a_feast_day_is_counted_by_its_ordinal(word: str, n: int) -> None:
    assert found(f"استؤنف العمل {word} ايام عيد الفطر", date(2015, 7, 30)) == [
        (f"{word} ايام عيد الفطر", date(2015, 7, 16 + n).isoformat())]


def test_a_feast_day_told_in_the_future_just_after_it_fell_is_this_years_and_a_past_one_last() -> None:
    assert found("التي سوف تستمر لرابع أيام عيد الفطر المبارك") == [("رابع أيام عيد الفطر", "2015-07-20")]
    assert found("احتفل المسلمون قبل أيام بعيد الأضحى") == [
        ("قبل أيام", "PAST_REF"), ("عيد الأضحى", "2014-10-04")]


@pytest.mark.parametrize(("text", "expected"), [
    ("حتى الثلاثين من الشهر الحالي، مرحبًا", [("الثلاثين من الشهر الحالي", "2015-07-30")]),
    ("للمستخدمين يوم 29 من الشهر الجاري.", [("يوم 29 من الشهر الجاري", "2015-07-29")]),
    ("صدرت يوم الرابع عشر من هذا الشهر", [("يوم الرابع عشر من هذا الشهر", "2015-07-14")]),
    ("في اليوم الثالث من الشهر الجاري", [("اليوم الثالث من الشهر الجاري", "2015-07-03")]),
    ("حتى العاشر من الشهر المقبل", [("العاشر من الشهر المقبل", "2015-08-10")]),
    ("في 26 من الشهر الماضي", [("26 من الشهر الماضي", "2015-06-26")]),
    # the ordinal of a week is no day
    ("في نهاية الاسبوع الاول من الشهر الجاري", [("نهاية الاسبوع", "2015-W30"), ("الشهر الجاري", "2015-07")]),
])
def test_a_day_of_this_next_or_last_month(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def test_a_day_the_month_does_not_have_has_no_value() -> None:
    assert found("في 31 من الشهر المقبل", date(2015, 8, 22)) == [("31 من الشهر المقبل", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("الربع الأول من العام 2016م من بين", [("الربع الأول من العام 2016م", "2016-Q1")]),
    ("مقارنة بالربع الأول من 2014م", [("الربع الأول من 2014م", "2014-Q1")]),
    ("النصف الأول من العام 2016م", [("النصف الأول من العام 2016م", "2016-H1")]),
])
def test_a_quarter_or_half_with_the_ad_suffix_after_its_year(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_an_hour_after_the_article_written_apart() -> None:
    # a range of clock hours with no day is a rule of any day (round 12: dates/extract._clock_ranges)
    assert found("من الساعة الـ 12 مساء إلى الساعة الـ3 مساء") == [
        ("الساعة الـ 12 مساء", "XXXX-XX-XXT12:00"), ("الساعة الـ3 مساء", "XXXX-XX-XXT15:00")]
    # one alone: the anchor's day
    assert found("الساعة الـ3 مساء") == [("الساعة الـ3 مساء", "2015-07-22T15:00")]


@pytest.mark.parametrize("text", [
    "تبدأ الدراسة بعد فترة الاختبارات مباشرة",
    "وبعد فترة من تداول القضية، أوهمني",
    "بعد الفترة التجريبية المجانية",
])
def test_a_while_after_something_is_no_timex(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "not_construct"], ids=lambda r: r["word"])
def test_a_while_before_a_particle_stays_a_reference(row: dict[str, str]) -> None:
    assert found(f"كنت أشير منذ فترة {row['word']} أن") == [("منذ فترة", "PAST_REF")]


def test_a_compound_preposition_is_no_reference_point() -> None:
    assert found("الذي تنامى قبل خمسة عقود من أجل التحرر") == [("قبل خمسة عقود", "196")]
    assert found("ترك النادي قبل عام من اجل الالتحاق بتشلسي") == [("قبل عام", "2014")]
