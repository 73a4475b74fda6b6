"""Round 46 date rows, on invented sentences: «غرة» before a month or year pointed at is its first day
(date_cues `first_day`: «غرة الشهر المقبل» 2015-08-01), and a Hijri year called new («السنة الهجرية
الجديدة», date_cues `hijri_new`) is the one whose first day is nearest the anchor: late in 1436 the coming
1437, «غرة السنة الهجرية الجديدة» its 1 Muharram, 2015-10-14 (timex-dev-6 5838)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

MONDAY = date(2015, 7, 20)  # 4 Shawwal 1436


def found(text: str, anchor: date = MONDAY) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("phrase", "value"), [
    ("غرة الشهر المقبل", "2015-08-01"),
    ("غرة العام المقبل", "2016-01-01"),
    ("غرة السنة الهجرية الجديدة", "2015-10-14"),
    ("غرة العام الهجري الجديد", "2015-10-14"),
])
def test_first_day_of_a_month_or_year_pointed_at(phrase: str, value: str) -> None:
    assert found(f"ويبدأ تطبيق النظام الجديد {phrase} في جميع المناطق.") == [(phrase, "DATE", value)]


def test_the_new_hijri_year_is_the_nearest_one() -> None:
    text = "وتستعد الجمعيات لاستقبال العام الهجري الجديد بحملات توعية."
    assert found(text) == [("العام الهجري الجديد", "DATE", "2015-10-14/2016-10-01")]
    # early in 1437 (2 Safar), the year just begun
    assert found(text, date(2015, 11, 14)) == [("العام الهجري الجديد", "DATE", "2015-10-14/2016-10-01")]
    # early in 1436 (1 Rabi al-Awwal, 2014-12-23), the year then in hand, not 1437
    assert found(text, date(2014, 12, 23)) == [("العام الهجري الجديد", "DATE", "2014-10-25/2015-10-13")]


def test_first_day_word_alone_before_a_bare_month_stays_none() -> None:
    # no month pointed at: «غرة الشهر» of a habit or of the story, left alone
    assert found("ويصرف الراتب مع غرة الشهر عادة.") == []

