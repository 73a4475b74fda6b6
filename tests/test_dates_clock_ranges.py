"""A range of two clock times is a daily rule (XXXX-XX-XX, the guide's timex-dev-5/-6 rule) unless one day
stands before it in its sentence: a tanween on its first end does not hide the range, and a month's days
(«منتصف ذي القعدة», an interval) are not one day (issue 16, round 23; `dates.extract._clock_ranges`)."""

from __future__ import annotations

from datetime import date

from marsad.dates import extract

ANCHOR = date(2015, 8, 6)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


def test_a_months_days_before_a_clock_range_do_not_make_it_that_day() -> None:
    text = "لن تخف الحرارة إلا في منتصف ذي القعدة، محذرا من العمل من العاشرة صباحاً وحتى الخامسة مساء"
    assert [v for _, _, v in found(text)][-2:] == ["XXXX-XX-XXT10:00", "XXXX-XX-XXT17:00"]


def test_one_day_before_a_clock_range_gives_that_days_hours() -> None:
    text = "وصل أمس وعمل من العاشرة صباحاً وحتى الثانية ظهرا"
    assert [v for _, _, v in found(text)] == ["2015-08-05", "2015-08-05T10:00", "2015-08-05T14:00"]


def test_a_day_in_an_earlier_clause_leaves_a_range_of_hours_a_daily_rule() -> None:
    # timex-dev-6 5838's shape: the day told before a comma is another clause's; the hours after it are a
    # rule of any day (XXXX-XX-XX), not hours of that day
    text = "ويبدأ تطبيق النظام غرة الشهر المقبل، ويمنع تشغيل العمالة من العاشرة صباحاً وحتى الخامسة مساء."
    got = [(text[t.start:t.end], t.value) for t in extract(text, date(2015, 7, 20))]
    assert got == [("غرة الشهر المقبل", "2015-08-01"), ("العاشرة صباحاً", "XXXX-XX-XXT10:00"),
                   ("الخامسة مساء", "XXXX-XX-XXT17:00")]
