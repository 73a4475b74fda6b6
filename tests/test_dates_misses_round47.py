"""Round 47 date rows, on invented sentences: a word of age (`age_head` cues of date_cues.tsv: «سن», «عمر»)
right before an ordinal above one is an age, a DURATION in years, as «من العمر» after the ordinal is
(«منذ عمر العاشرة» P10Y, timex-dev-24 29133; the guide's timex-dev-5 rule: an age is a DURATION)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
AGE_HEADS = [r["word"] for r in load_table("date_cues") if r["kind"] == "age_head"]


def found(text: str, anchor: date = MONDAY) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("head", AGE_HEADS)
def test_an_ordinal_after_a_word_of_age_is_an_age(head: str) -> None:
    assert found(f"وبدأ العمل في البحر منذ {head} العاشرة مع والده.") == [
        (f"{head} العاشرة", "DURATION", "P10Y")]
    assert found(f"ترك المدرسة في {head} الخامسة والعشرين ليعمل في التجارة.") == [
        (f"{head} الخامسة والعشرين", "DURATION", "P25Y")]
    # «من العمر» after the ordinal: that reading, the word of age left out
    assert found(f"وتزوج في {head} الثلاثين من عمره.") == [("الثلاثين من عمره", "DURATION", "P30Y")]


@pytest.mark.parametrize("head", AGE_HEADS)
def test_no_age_of_one(head: str) -> None:
    assert found(f"وهي الصورة {head} الأولى للمرحلة.") == []


def test_a_name_before_a_word_of_age_is_no_age() -> None:
    # «حسن» ends in the letters of «سن»: no word of age
    assert found("وكان الملك الحسن الثاني قد زار المدينة.") == []


@pytest.mark.parametrize("nisba", [r["word"] for r in load_table("date_cues") if r["kind"] == "school_year"])
def test_a_bare_school_year_repeating_one_named_is_that_year(nisba: str) -> None:
    # the guide's round-45 ruling (timex-dev-23 27900): a shortened repeat names the same year
    text = (f"وأعلنت الإدارة خطتها مع بداية العام {nisba} الجديد، وشكلت لجنة لمتابعة انطلاق العام {nisba} "
            "في جميع المدارس.")
    assert found(text) == [(f"بداية العام {nisba} الجديد", "DATE", "2015"),
                           (f"العام {nisba}", "DATE", "2015")]
    # the lam of «للعام» stays out, as for the named year
    assert found(f"استعدادا للعام {nisba} الجديد، وزعت الوزارة الكتب للعام {nisba}.")[-1] == (
        f"لعام {nisba}", "DATE", "2015")


def test_a_bare_school_year_without_one_named_stays_none() -> None:
    assert found("وتستعد المدارس لبدء العام الدراسي بعد الإجازة.") == []
    # the year named of another nisba («التدريبي») is no repeat of «الدراسي»
    assert found("مع بداية العام التدريبي الجديد تستعد المدارس لبدء العام الدراسي.") == [
        ("بداية العام التدريبي الجديد", "DATE", "2015")]


def test_two_school_years_named_apart_leave_a_bare_one_none() -> None:
    text = "وتفوق في العام الدراسي الماضي، وينتقل في العام الدراسي الحالي، ويبدأ العام الدراسي بعد الإجازة."
    assert found(text) == [("العام الدراسي الماضي", "DATE", "2014"), ("العام الدراسي الحالي", "DATE", "2015")]
