"""Dates the dev dates batches missed or found falsely (issue 16, round 25), on invented sentences:

- a feast named by its days («طيلة أيام عيد الفطر») is the day it falls on, as «حفل عيد الفطر»
  (docs/realtext-annotation.md, timex-dev-4 and -6), not «أيام العيد» alone nor its joy («فرحة العيد»:
  the dev batches mark it in two articles and leave it in two); «ليلة ويوم عيد الفطر» is the eve and the
  day (timex-dev-5's «ليلة العيد»);
- a date word right after «أبو» ends a family name («محمد أبو قرنين»): no length (`kunya` names);
- «صفر» after a day in digits alone is the zero of a score («1 صفر»), a month only with a year, «شهر» or
  a last/next word (`zero_month` cues);
- the year of a case or file number («رقم 45/2015», a serial of up to three digits) is a timex
  (timex-dev-9); not a pair of years («2015 /2016», «1293 / 1876»);
- a day number in brackets («الـ(13) من شهر أغسطس», «يوم (19) شوال») is read as the day;
- «وحتى الـ18 منه», a range's second day, is that day of the Gregorian month named before it in its
  sentence (each side of a range is a timex: timex-dev-4); without a month it is no date;
- an age with no unit («البالغ من العمر: 36») is a DURATION in years (timex-dev-5).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
Found = tuple[str, str, str | None]


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


def test_a_feast_named_by_its_days_is_its_day() -> None:
    assert found("واصل الحراس عملهم طيلة أيام عيد الفطر المبارك في المنافذ") == [
        ("عيد الفطر", "DATE", "2015-07-17")]


def test_a_feast_alone_or_its_joy_is_still_no_day() -> None:
    assert found("تحدث الخطيب عن معاني عيد الفطر") == []
    assert found("وشارك الأطفال أقرانهم فرحة العيد في الحي") == []
    assert found("وقد قضى أيام العيد في المدينة") == []


def test_the_night_joined_to_the_day_of_a_feast_is_its_eve() -> None:
    assert found("وتلقى المركز ليلة ويوم عيد الفطر المبارك مئة بلاغ") == [
        ("ليلة", "TIME", "2015-07-16TNI"), ("يوم عيد الفطر", "DATE", "2015-07-17")]


@pytest.mark.parametrize("row", [r for r in load_table("date_names") if r["kind"] == "kunya"],
                         ids=lambda r: r["name"])
def test_a_date_word_after_father_of_ends_a_family_name(row: dict[str, str]) -> None:
    assert found(f"وحضر اللواء سالم {row['name']} قرنين وعدد من الضباط") == []
    assert found(f"وحضر {row['name']} سالم قبل يومين إلى المكتب") == [("قبل يومين", "DATE", "2015-07-23")]


def test_two_centuries_without_father_of_is_a_length() -> None:
    assert found("وبقي المبنى مهجورا قرنين") == [("قرنين", "DURATION", "P200Y")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "zero_month"],
                         ids=lambda r: r["word"])
def test_zero_after_a_bare_digit_is_a_score(row: dict[str, str]) -> None:
    word = row["word"]
    assert found(f"فاز الفريق على ضيفه 1 {word}، في أولى مبارياته") == []
    assert found(f"وصل الوفد يوم 15 {word} 1436هـ إلى المدينة")[0][2] == "2014-12-07"
    assert found(f"وصل الوفد في 3 {word} الماضي") == [(f"3 {word} الماضي", "DATE", "2014-11-25")]
    assert found(f"يبدأ البرنامج في الأول من {word}")[0][2] is not None


def test_the_year_of_a_case_number() -> None:
    assert found("وأحيلت القضية التي حملت رقم 45/2015 إلى المحكمة") == [("2015", "DATE", "2015")]
    assert found("سافر في 18/5/2014 إلى جدة") == [("18/5/2014", "DATE", "2014-05-18")]
    assert found("وبلغت الكمية 45/2015 طن") == []  # an amount
    assert found("يبدأ الدوري من الموسم الجديد 2015 /2016 ، حيث") == []  # a season's years (no timex)


def test_a_day_number_in_brackets() -> None:
    assert found("تقام البطولة من الـ(13) من شهر أغسطس الحالي") == [
        ("(13) من شهر أغسطس الحالي", "DATE", "2015-08-13")]
    assert [v for _, _, v in found("عقد الاجتماع يوم (19) شوال في النادي")] == ["2015-08-04"]
    assert found("وفاز (13) لاعبا في أغسطس") == [("أغسطس", "DATE", "2015-08")]


def test_the_second_day_of_a_range_of_the_same_month() -> None:
    assert found("تقام البطولة من الـ13 من أغسطس وحتى الـ18 منه في عمان") == [
        ("الـ13 من أغسطس", "DATE", "2015-08-13"), ("الـ18 منه", "DATE", "2015-08-18")]
    assert found("وتنص المادة الـ18 منه على العقوبة") == []  # no month: an article of a law
    assert found("وطلب 20 منه أن يحضر") == []


def test_an_age_without_a_unit() -> None:
    assert found("وقال سالم البالغ من العمر: 36 إنه سعيد") == [("36", "DURATION", "P36Y")]
    assert found("وقالت البالغة من العمر 30 عاما إنها") == [("30 عاما", "DURATION", "P30Y")]
    assert found("وبلغ المبلغ البالغ من العمر 5 ملايين") == []
