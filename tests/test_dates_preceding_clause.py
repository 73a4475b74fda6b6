"""«العام الذي سبقه», «السنة التي قبلها», «الشهر الذي سبقه»: a relative clause of preceding with its
pronoun is a last word as «السابق» is (date_relative modifier, date_cues preceding), counted from the
year or month its sentence named before it."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import extract

MONDAY = date(2015, 8, 10)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize(("text", "earlier", "span", "value"), [
    ("ارتفعت صادرات التمور العام الماضي بنسبة 12% مقارنة بالعام الذي سبقه",
     ("العام الماضي", "DATE", "2014"), "العام الذي سبقه", "2013"),
    ("بلغت أرباح الشركة في عام 2012 ضعف ما حققته في العام الذي قبله",
     ("عام 2012", "DATE", "2012"), "العام الذي قبله", "2011"),
    ("تراجعت أعداد الزوار في سنة 2010 عن السنة التي سبقتها",
     ("سنة 2010", "DATE", "2010"), "السنة التي سبقتها", "2009"),
    ("استقر معدل البطالة في مايو الماضي مقارنة بالشهر الذي سبقه",
     ("مايو الماضي", "DATE", "2015-05"), "الشهر الذي سبقه", "2015-04"),
])
def test_the_period_before_the_one_its_sentence_named(
        text: str, earlier: tuple[str, str, str], span: str, value: str) -> None:
    assert found(text) == [earlier, (span, "DATE", value)]


def test_the_year_before_a_hijri_year_is_the_hijri_year_before() -> None:
    # «عام 1435» is 2013-11-04/2014-10-24; the year before it is 1434, not the Gregorian 2012
    assert found("صدرت 900 ألف تأشيرة عام 1435 بانخفاض 41% عن العام الذي قبله") == [
        ("عام 1435", "DATE", "2013-11-04/2014-10-24"), ("العام الذي قبله", "DATE", "2012-11-15/2013-11-03")]


def test_the_quarter_before_the_one_its_sentence_named() -> None:
    assert found("نما الإنتاج في الربع الثاني من العام الحالي مقارنة بالربع الذي سبقه") == [
        ("الربع الثاني من العام الحالي", "DATE", "2015-Q2"), ("الربع الذي سبقه", "DATE", "2015-Q1")]


def test_with_no_period_named_before_it_counts_from_the_publication_date() -> None:
    assert found("ارتفعت الصادرات بنسبة 12% مقارنة بالعام الذي سبقه") == [("العام الذي سبقه", "DATE", "2014")]


def test_a_month_before_with_a_last_word_still_counts_from_the_publication_date() -> None:
    # only the relative clause points back to the sentence's month; «الشهر السابق» is unchanged
    assert found("ارتفع التضخم في مايو مقارنة بالشهر السابق") == [
        ("مايو", "DATE", "2015-05"), ("الشهر السابق", "DATE", "2015-07")]


def test_a_year_before_an_event_is_no_date() -> None:
    # no pronoun: the year before the war, not before a year named
    assert found("وقع الحادث في العام الذي سبق الحرب") == []
