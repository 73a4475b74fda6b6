"""A day, week, month or year counted from another event («اليوم التالي», «اليوم نفسه», «الثامن من الشهر
نفسه») takes its value from a date of its own sentence, or stays null (issue 16, round 23:
`dates.sentence_reference`); «نهاية الأسبوع الحالي» is this weekend."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 8, 11)


def found(text: str, anchor: date = ANCHOR) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence's date before it
    ("وصل الوفد يوم 5 مارس وعقد اجتماعه في اليوم التالي مع الوزير.", ("اليوم التالي", "2015-03-06")),
    ("وصل الوفد يوم 5 مارس وعقد اجتماعه في اليوم نفسه مع الوزير.", ("اليوم نفسه", "2015-03-05")),
    ("وصل الوفد يوم 5 مارس وعقد اجتماعه في نفس اليوم مع الوزير.", ("اليوم", "2015-03-05")),
    ("افتتح المعرض أمس على أن يختتم في اليوم التالي.", ("اليوم التالي", "2015-08-11")),
    ("بدأت الدورة في 3 مايو 2014 واستؤنفت في الأسبوع التالي.", ("الأسبوع التالي", "2014-W19")),
    ("صدر القرار في مارس 2014 ونفذ في الشهر التالي.", ("الشهر التالي", "2014-04")),
    ("صدر القرار عام 2012 ونفذ في العام التالي.", ("العام التالي", "2013")),
    # a day of the month another date of the sentence names
    ("يلعب المنتخب في الثالث من سبتمبر المقبل ثم في الثامن من الشهر نفسه بالعاصمة.",
     ("الثامن من الشهر نفسه", "2015-09-08")),
    ("سجل في 2 فبراير 2014 ويدفع في العاشر من الشهر التالي.", ("العاشر من الشهر التالي", "2014-03-10")),
    # the sentence's date after it, when none stands before
    ("ينضم لاعبو الفريق في اليوم التالي لارتباطهم بمباراة وذلك في 29 أغسطس.", ("اليوم التالي", "2015-08-30")),
])
def test_counted_from_a_date_of_its_sentence(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "DATE", expected[1]) in found(text)


@pytest.mark.parametrize(("text", "span"), [
    ("وصل الوفد أمس. وعقد اجتماعه في اليوم التالي مع الوزير.", "اليوم التالي"),  # another sentence
    ("حتى لو أقيمت الدورة في اليوم التالي فلن تتأخر.", "اليوم التالي"),
    ("يرحل باقي الدين لحساب الشهر التالي مع العمولة.", "الشهر التالي"),
    ("يلعب المنتخب ثم يسافر في الثامن من الشهر نفسه.", "الثامن من الشهر نفسه"),
])
def test_without_a_date_in_its_sentence_it_stays_null(text: str, span: str) -> None:
    assert (span, "DATE", None) in found(text)


def test_the_nearest_date_before_it_wins() -> None:
    text = "وصل يوم 5 مارس وغادر يوم 9 مارس ثم عاد في اليوم التالي."
    assert ("اليوم التالي", "DATE", "2015-03-10") in found(text)


def test_a_month_counted_needs_a_date_that_names_a_month() -> None:
    # a year alone does not say which month «الشهر التالي» follows
    assert ("الشهر التالي", "DATE", None) in found("صدر القرار عام 2012 ونفذ في الشهر التالي.")


def test_the_end_of_this_week_is_this_weekend() -> None:
    assert found("تكون بدايات الجلب الأكبر نهاية الأسبوع الحالي. واستمر السوق") == \
        [("نهاية الأسبوع الحالي", "DATE", "2015-W33-WE")]
    # the end of next week stays its end, not the weekend (the dates gold)
    assert found("يصدر القرار حتى نهاية الأسبوع المقبل") == [("نهاية الأسبوع المقبل", "DATE", "2015-W34")]
