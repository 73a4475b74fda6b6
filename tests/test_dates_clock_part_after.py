"""A clock hour followed by a phrase of «بعد» naming a part of the day (date_cues `clock_part_after`):
«الثالثة بعد الظهر» is 15:00, «الواحدة بعد منتصف الليل» 01:00, one span with the hour."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import extract

MONDAY = date(2015, 8, 10)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("تنطلق الحافلة في الساعة الثالثة بعد الظهر من المحطة", "الساعة الثالثة بعد الظهر", "2015-08-10T15:00"),
    ("يفتح المعرض أبوابه في الرابعة بعد الظهر", "الرابعة بعد الظهر", "2015-08-10T16:00"),
    ("وصل الوفد عند الساعة 2 بعد الظهيرة", "الساعة 2 بعد الظهيرة", "2015-08-10T14:00"),
    ("تبدأ الجلسة عند الساعة 3:30 بعد الظهر غدا", "الساعة 3:30 بعد الظهر غدا", "2015-08-11T15:30"),
    ("استمرت الاحتفالات حتى الواحدة بعد منتصف الليل", "الواحدة بعد منتصف الليل", "2015-08-10T01:00"),
])
def test_an_hour_before_a_part_of_the_day_after_bad(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, "TIME", value)]


def test_the_part_of_the_day_alone_is_no_clock_time() -> None:
    assert found("غادرت السفينة الميناء بعد الظهر متجهة إلى عدن") == []


def test_an_hour_word_without_a_frame_is_no_clock_time() -> None:
    # «الثالثة» after a verb is an ordinal (the third), not an hour: no frame word before it
    assert found("وحل الفريق الثالثة بعد الظهر أمس") == [("أمس", "DATE", "2015-08-09")]
