"""«في وقت لاحق من اليوم», «في وقت سابق هذا الشهر»: a time later or earlier within a named period is
that period, one span (dates/later_within.py); alone, «وقت لاحق/سابق» stays the future or the past."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

THURSDAY = date(2015, 8, 6)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, THURSDAY)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("ويلتقي الوزير نظيره الأردني في وقت لاحق من اليوم لبحث ملف اللاجئين", "وقت لاحق من اليوم", "2015-08-06"),
    ("ومن المنتظر أن تصدر النتائج في وقت لاحق هذا الشهر", "وقت لاحق هذا الشهر", "2015-08"),
    ("وكانت الهيئة أعلنت في وقت سابق من هذا الأسبوع عن خطتها", "وقت سابق من هذا الأسبوع", "2015-W32"),
    ("وقد نشرت الصحيفة في وقت سابق أمس تقريرا عن الحادث", "وقت سابق أمس", "2015-08-05"),
    ("أغلقت السلطات المعبر في وقت سابق من العام الماضي", "وقت سابق من العام الماضي", "2014"),
])
def test_a_time_within_a_named_period_is_that_period(text: str, span: str, value: str) -> None:
    assert _found(text) == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وسيعلن الفريق تشكيلته في وقت لاحق.", "وقت لاحق", "FUTURE_REF"),
    ("كما ذكرنا في وقت سابق، فإن المشروع متأخر", "في وقت سابق", "PAST_REF"),  # «في» in (date_relative.tsv)
])
def test_alone_it_stays_the_future_or_the_past(text: str, span: str, value: str) -> None:
    assert _found(text) == [(span, value)]


def test_a_period_after_a_stop_is_apart() -> None:
    found = _found("أعلنت الوزارة ذلك في وقت سابق، الأحد الماضي، في بيان")
    assert found == [("في وقت سابق", "PAST_REF"), ("الأحد الماضي", "2015-08-02")]
