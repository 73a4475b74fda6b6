"""Date mechanisms taken from the misses of the dev dates batches (issue 16, round 27), each data row
tested, on invented sentences:

- «المرحلة المقبلة/القادمة» (the coming stage) is the future, FUTURE_REF, as «الفترة المقبلة»
  (date_relative.tsv, kind ref);
- «أيام الجمع» (Fridays, the plural) is every Friday, a SET, as «أيام الجمعة» (date_sets.tsv);
- an hour word before a part of the day and «بتوقيت» («الرابعة عصر بتوقيت السعودية») is a clock time
  with no preposition before it (dates/patterns.py, the `hour` pattern).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

MONDAY = date(2015, 7, 20)

Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize(("text", "span"), [
    ("مغادرته صفوف الفريق خلال المرحلة القادمة سواء بالإعارة", "المرحلة القادمة"),
    ("وشدد على أن المرحلة المقبلة ستشهد مزيدا من التنسيق", "المرحلة المقبلة"),
])
def test_the_coming_stage_is_future_ref(text: str, span: str) -> None:
    assert found(text) == [(span, "DATE", "FUTURE_REF")]


def test_a_numbered_stage_is_no_timex() -> None:
    assert found("في المرحلة الثانية من الدوري") == []


@pytest.mark.parametrize(("text", "span"), [("يعمل المحل عدا أيام الجمع فقط", "أيام الجمع"),
                                          ("وفي أيام الجمعات يزدحم السوق", "أيام الجمعات")])
def test_the_plural_of_friday_is_every_friday(text: str, span: str) -> None:
    # date_sets.tsv: the plural «الجمع» after «أيام» as «أيام الجمعة» (every_weekday), a SET
    assert found(text) == [(span, "SET", "XXXX-WXX-5")]


def test_an_hour_word_before_a_part_of_the_day_and_a_time_zone_is_a_clock_time() -> None:
    # no preposition before it, the time zone after the part of the day says it is the hour
    assert found("يواجه المنتخب الجزائري الرابعة عصر بتوقيت السعودية ضمن منافسات") == [
        ("الرابعة عصر", "TIME", "2015-07-20T16:00")]
    assert found("المباراة الثامنة والنصف مساء بتوقيت مكة المكرمة") == [
        ("الثامنة والنصف مساء", "TIME", "2015-07-20T20:30")]
    # without the time zone an ordinal before a part of the day stays no time («الجولة الثامنة مساء»)
    assert found("تقام الجولة الثامنة مساء") == []
