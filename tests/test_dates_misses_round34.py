"""Date mechanisms of round 34 (issue 16), on invented sentences:

- a clock time of wire copy written as a decimal with «ر» (`الساعة 32ر06 بتوقيت جرينتش`): such copy
  writes the fraction first («5ر3 مليون» is 3.5 million), so the minutes stand before «ر» and the hour
  after it, 06:32; only after «الساعة» and with two digits of minutes (an amount keeps its «ر»);
- the article written apart from the count, «الساعات الـ 24 الماضية» (tatweel gone, a space left), is
  read as «الساعات الـ24 الماضية», a length of 24 hours.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

AUGUST = date(2015, 8, 11)
Found = list[tuple[str, str, str | None]]


def found(text: str, anchor: date = AUGUST) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتراجع خام برنت 20 سنتا إلى 49 دولارا بحلول الساعة 45ر07 بتوقيت جرينتش.",
     [("الساعة 45ر07", "TIME", "2015-08-11T07:45")]),
    ("وسجلت هيئة الرصد هزة أرضية عند الساعة 10ر23 من مساء اليوم.",
     [("الساعة 10ر23 من مساء اليوم", "TIME", "2015-08-11T23:10")]),
])
def test_wire_clock_with_ra_puts_the_minutes_first(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "وبلغت الخسائر 5ر3 مليون دولار في الربع.",
    "وارتفع المؤشر 25ر1 في المائة عند الإغلاق.",
])
def test_a_decimal_amount_with_ra_is_no_clock(text: str) -> None:
    assert found(text) == []


def test_the_article_apart_from_the_count_of_hours() -> None:
    text = "وسجلت الوزارة ثلاث إصابات جديدة خلال الساعات الـ 48 الماضية في جدة."
    assert found(text) == [("الساعات الـ 48 الماضية", "DURATION", "PT48H")]
