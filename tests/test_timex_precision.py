"""Date precision on real-text patterns: stretches of time after «على مدى», days and counts in
cardinal words, dates and lengths that are titles, recurring-time adjectives, «اليوم» counted."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 8, 1)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("text, expected", [
    ("على مدى العقد الماضي، نمت المدن", ("العقد الماضي", "DURATION", "P10Y")),
    ("وعلى مدى العام المقبل ستبني الشركة", ("العام المقبل", "DURATION", "P1Y")),
])
def test_the_last_unit_after_a_span_word_is_a_length(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("على مدار الأشهر الماضية تراجعت الأسعار", ("الأشهر الماضية", "DATE", "PAST_REF")),
    ("على مدى السنوات الماضية نمت المدن", ("السنوات الماضية", "DATE", "PAST_REF")),
    ("ستنمو على مدى العقود القليلة المقبلة", ("العقود القليلة المقبلة", "DATE", "FUTURE_REF")),
])
def test_a_plural_with_no_count_after_a_span_word_is_a_reference(text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    # docs/realtext-annotation.md (issue 16): a stretch without a count is PAST_REF / FUTURE_REF,
    # whatever comes before it («على مدى» too); round 30 read it so (it was PXM)
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("في العقد الماضي نمت المدن", ("العقد الماضي", "DATE", "200")),  # no span word: the calendar decade
    ("على مدى العقود القليلة المقبلة", ("العقود القليلة المقبلة", "DATE", "FUTURE_REF")),  # vague
    ("طوال العام الماضي لم يسجل", ("العام الماضي", "DATE", "2014")),  # طوال is no span word
])
def test_without_a_span_word_or_with_a_filler_the_unit_keeps_its_reading(
        text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_every_span_cue_makes_a_length() -> None:
    for row in (r for r in load_table("date_cues") if r["kind"] == "span"):
        assert found(f"على {row['word']} العقد الماضي") == [("العقد الماضي", "DURATION", "P10Y")], row


@pytest.mark.parametrize("text, expected", [
    ("ليلة سبعة وعشرين من رمضان", ("سبعة وعشرين من رمضان", "DATE", "2015-07-14")),
    ("في ثلاثة وعشرين مارس 2015", ("ثلاثة وعشرين مارس 2015", "DATE", "2015-03-23")),
    ("لمدة سبعة وعشرين يوما", ("سبعة وعشرين يوما", "DURATION", "P27D")),
    ("قبل ثلاثة وعشرين عاما", ("قبل ثلاثة وعشرين عاما", "DATE", "1992")),
    ("الأكثر جفافا منذ مائة وعامين.", ("مائة وعامين", "DURATION", "P102Y")),  # a number and a dual
    ("في السابع من رجب", ("السابع من رجب", "DATE", "2015-04-26")),  # a day in words dates «رجب» (a name)
])
def test_days_and_counts_in_cardinal_words(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_a_hundred_and_twenty_is_no_day_of_a_month() -> None:
    assert found("مائة وعشرين من رمضان") == [("رمضان", "DATE", "2015-06-18/2015-07-16")]


@pytest.mark.parametrize("text", [
    "عرضت افلام ”1 ديسمبر“ وغيرها",
    "فيلم «ثلاثون يوما» الذي عرض",
    'مسلسل "7 أيام" الجديد',
])
def test_a_date_or_length_alone_in_quotation_marks_is_a_title(text: str) -> None:
    assert found(text) == []


def test_a_date_in_running_text_is_still_a_date() -> None:
    assert found("عرض الفيلم في 1 ديسمبر الماضي") == [("1 ديسمبر الماضي", "DATE", "2014-12-01")]


@pytest.mark.parametrize("text, value", [
    ("اطلع المجلس على التقرير السنوي للهيئة", "P1Y"),
    ("من خلال التدريبات اليومية للفريق", "P1D"),
    ("صدرت النشرة الأسبوعية للوزارة", "P1W"),
    ("ارتفعت الرواتب الشهرية للموظفين", "P1M"),
])
def test_a_recurring_time_adjective_is_a_set(text: str, value: str) -> None:
    assert [(t, v) for _, t, v in found(text)] == [("SET", value)]


def test_today_followed_by_a_number_word_is_a_day_of_something_else() -> None:
    assert found("جراحة اليوم الواحد حيث") == [("اليوم", "DATE", None)]
    assert found("أعلن اليوم الوزير") == [("اليوم", "DATE", "2015-08-01")]


TUESDAY = date(2015, 8, 4)


@pytest.mark.parametrize("text, expected", [
    # «أمس الجمعة» in a text dated Tuesday: written on Saturday; every other «أمس», «اليوم» counts from it
    ("قال أمس الجمعة إن الوزير وصل، وأعلن اليوم", [("أمس الجمعة", "2015-07-31"), ("اليوم", "2015-08-01")]),
    # one day ahead at most: «اليوم الأربعاء» on a Tuesday is the next day, not six days back
    ("اليوم الأربعاء وصل الوزير، وأمس أعلن", [("اليوم الأربعاء", "2015-08-05"), ("أمس", "2015-08-04")]),
    # statements that disagree leave the anchor
    ("أمس الجمعة وصل، واليوم الأحد غادر، وأمس أعلن",
     [("أمس الجمعة", "2015-07-31"), ("اليوم الأحد", "2015-08-02"), ("أمس", "2015-08-03")]),
    # no statement: the anchor itself
    ("أعلن اليوم الوزير", [("اليوم", "2015-08-04")]),
])
def test_relative_days_count_from_the_day_the_text_says_it_was_written(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[t.start:t.end], t.value) for t in extract(text, TUESDAY)] == expected


def test_an_anaphoric_today_says_nothing_of_the_writing_day() -> None:
    text = "وفي نفس اليوم الجمعة وصل، وأعلن أمس"  # «the same day, Friday»: a day of the story
    assert [t.value for t in extract(text, TUESDAY)][-1] == "2015-08-03"


@pytest.mark.parametrize("text, clock", [
    ("وقع عصر اليوم السبت في تمام الساعة 5:30 حادث", "2015-08-01T17:30"),  # the day and its afternoon
    ("يوم الجمعة الساعة 10 صباحا", "2015-07-31T10:00"),  # the clock's own daypart stands
    # another sentence: the day told before (dates/narrative.py), its hour as written (no afternoon)
    ("وصل أمس. الساعة 5:30 بدأ الاجتماع", "2015-08-03T05:30"),
])
def test_a_clock_time_right_after_a_day_is_a_time_of_that_day(text: str, clock: str) -> None:
    assert [t.value for t in extract(text, TUESDAY)][-1] == clock


@pytest.mark.parametrize("text, value", [
    ("ستصدر في عطلة نهاية الأسبوع الأرقام", "2015-W32-WE"),  # the weekend
    ("خلال إجازة نهاية الأسبوع الماضي", "2015-W31-WE"),
    ("تغادر نهاية الأسبوع المقبل", "2015-W33"),  # the end of next week, not a weekend
])
def test_the_holiday_at_the_end_of_the_week_is_the_weekend(text: str, value: str) -> None:
    assert [t.value for t in extract(text, TUESDAY)] == [value]
