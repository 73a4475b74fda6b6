"""Two weekdays joined by «و» before a dual last or next word («يومي الثلاثاء والأربعاء الماضيين»,
«الخميس والجمعة المقبلين»): the word is said of both, so the first is the last day of its name on or
before the second's day, not the nearest one before the writing day (on a Tuesday, «الثلاثاء» of
«يومي الثلاثاء والأربعاء الماضيين» is last week's, not today)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("ونشرت الصحف تقارير عن الاتفاق يومي الثلاثاء والأربعاء الماضيين", "2015-07-14", "2015-07-15"),
    ("وتقام المباريات يومي الخميس والجمعة المقبلين في جدة", "2015-07-23", "2015-07-24"),
    ("وأقيم المعرض يومي الجمعة والسبت الماضيين في الدمام", "2015-07-17", "2015-07-18"),
    ("وتعقد الورشة يوم الثلاثاء ويوم الأربعاء المقبلين", "2015-07-21", "2015-07-22"),
])
def test_the_first_weekday_shares_the_dual_word(text: str, first: str, second: str) -> None:
    assert [value for _, _, value in found(text)] == [first, second]


def test_a_singular_word_after_the_second_is_its_own() -> None:
    # «الماضي» (singular) is said of the Wednesday alone: the Tuesday stays the nearest one
    assert [value for _, _, value in found("ونشرت الصحف تقارير يوم الثلاثاء والأربعاء الماضي")] == [
        "2015-07-21", "2015-07-15"]
