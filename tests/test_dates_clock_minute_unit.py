"""A clock time whose minutes' unit is written out before the part of the day («الساعة 8:20 دقيقة
مساء») is in that part of the day: 20:20, not 08:20 (the seed-36 dates reading, line 2890)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "value"), [
    ("وعاد التيار إلى الحي في تمام الساعة 8:20 دقيقة مساء.",
     [("الساعة 8:20 دقيقة مساء", "TIME", "2015-07-21T20:20")]),
    ("وصل الوفد الساعة 9:45 دقيقة من مساء أمس",
     [("الساعة 9:45 دقيقة من مساء أمس", "TIME", "2015-07-20T21:45")]),
    ("انطلقت الرحلة في تمام 6:15 دقيقة صباحا", [("6:15 دقيقة صباحا", "TIME", "2015-07-21T06:15")]),
])
def test_the_minutes_unit_before_a_part_of_the_day(text: str, value: list[tuple[str, str, str]]) -> None:
    assert found(text) == value


def test_the_minutes_unit_alone_stays_out_of_the_span() -> None:
    assert found("وعاد التيار في تمام الساعة 8:20 دقيقة.") == [("الساعة 8:20", "TIME", "2015-07-21T08:20")]
