"""Issue 16, round 12: a clock time that names no day is on the day the text's day words name,
not on the publication day (`dates/narrative.py`)."""

from __future__ import annotations

from datetime import date

from marsad.dates import extract

PUB = date(2015, 8, 7)  # a Friday


def values(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, PUB)]


def test_a_clock_time_is_on_the_day_told_before_it() -> None:
    """«... في أبها أمس. ... فجر نفسه أثناء صلاة الظهر عند الساعة الـ12:40 ظهرا»: yesterday's 12:40,
    paragraphs later (timex-dev-3, line 24573)."""
    text = ("فشلت العملية الإرهابية التي استهدفت مسجد قوة طوارئ عسير في أبها أمس، في حصد أرواح.\n"
            "وأكد شهود عيان أن الانتحاري فجر نفسه أثناء صلاة الظهر عند الساعة الـ12:40 ظهرا، حيث فوجئ\n")
    assert values(text)[-1] == ("الساعة الـ12:40 ظهرا", "2015-08-06T12:40")


def test_a_weekday_tells_the_day_too() -> None:
    text = "افتتح الوزير المعرض يوم الأربعاء الماضي. وبدأت الفعاليات عند الساعة التاسعة مساء."
    assert values(text)[-1] == ("الساعة التاسعة مساء", "2015-08-05T21:00")


def test_a_day_word_right_after_the_clock_time_wins() -> None:
    """«بلغ سعر الذهب 1104 دولارات للأوقية الساعة 14:38 بتوقيت غرينتش أمس»: the day written after
    it in its sentence, not the one told before («يوم الأربعاء الماضي»)."""
    text = ("انخفض الذهب يوم الأربعاء الماضي. وبلغ سعر الذهب 1104 دولارات للأوقية الساعة 14:38 بتوقيت "
            "غرينتش أمس وجرى تداول 29 طنا.")
    assert values(text)[-2:] == [("الساعة 14:38", "2015-08-06T14:38"), ("أمس", "2015-08-06")]


def test_without_a_day_word_the_clock_time_stays_on_the_anchor() -> None:
    """An explicit date told before is another event's (an agreement «أعلن عنه في 30 يونيو»), not
    the story's day; with no day word the publication day stands."""
    assert values("أعلن الاتفاق في 30 يونيو. وسيقام الاحتفال في الساعة 14:30 بتوقيت غرينتش.")[-1] == \
        ("الساعة 14:30", "2015-08-07T14:30")
    assert values("وتبدأ المحاضرة في الساعة العاشرة صباحا.") == [("الساعة العاشرة صباحا", "2015-08-07T10:00")]


def test_a_range_of_days_tells_no_day() -> None:
    """«عند الساعة الخامسة من صباح أحد أيام شهر رمضان»: a month's days are no one day."""
    text = "كنت قد كتبت هذا عند الساعة الخامسة من صباح أحد ايام شهر رمضان 1436 هـ"
    assert values(text)[0][1] == "2015-08-07T05:00"
