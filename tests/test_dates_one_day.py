"""«ذات يوم», «ذات ليلة», «في أحد الأيام»: "one day" of a story told is the past (PAST_REF), of a
future clause the future; «ذات اليوم» is the same day, «يوما ما» is left alone (date_cues `one_day`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 7, 21)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize(("text", "span"), [
    ("وذات يوم خرجت من البيت فوجدت الشارع خاليا", "ذات يوم"),
    ("كنا نسهر ذات ليلة في بيت جدي عندما انقطع التيار", "ذات ليلة"),
    ("وذات صباح اتصل بي المدرب وطلب لقائي", "ذات صباح"),
    ("وفي أحد الأيام عثر الصيادون على قارب مهجور", "أحد الأيام"),
])
def test_one_day_of_a_story_is_the_past(text: str, span: str) -> None:
    assert _found(text) == [(span, "PAST_REF")]


def test_one_day_of_a_future_clause_is_the_future() -> None:
    assert _found("وسوف تدرك ذات يوم أن النصيحة كانت في مكانها") == [("ذات يوم", "FUTURE_REF")]


def test_the_same_day_is_no_one_day() -> None:
    assert ("ذات اليوم", "PAST_REF") not in _found("وتجري في ذات اليوم مقابلات المتقدمين")


def test_one_day_with_ma_is_left_alone() -> None:
    # «يوما ما» is the future as often as the past on fresh text, with no cue the tense reader sees
    assert _found("يحلم اللاعب أن يحترف في أوروبا يوما ما") == []
