"""A rate: «في/ب/ل + the singular unit» after an amount it counts is "per unit", a SET of that
unit («ثلاث مرات في اليوم» P1D, «13 دولارا في الشهر» P1M), not today nor a day of the story.
Every `rate` and `not_rate` cue row of date_cues.tsv is tried. Also: a part word before a definite
season or a year after it («نهاية الصيف», «صيف العام الماضي») dates the season, a nisba after it
makes a name («الربيع العربي»), and «الليلة» is tonight (TNI)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
CUES = load_table("date_cues")
PER = {"الساعة": "PT1H", "اليوم": "P1D", "الأسبوع": "P1W", "الشهر": "P1M", "السنة": "P1Y", "العام": "P1Y"}


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "rate"])
def test_a_rate_cue_makes_the_unit_per_unit(word: str) -> None:
    assert found(f"ويدفع {word} في الشهر للاشتراك") == [("في الشهر", "SET", "P1M")]


@pytest.mark.parametrize(("unit", "value"), PER.items())
def test_every_unit_after_an_amount_is_a_set(unit: str, value: str) -> None:
    assert found(f"يتقاضى 300 دولار في {unit}، وأضاف") == [(f"في {unit}", "SET", value)]


@pytest.mark.parametrize(("text", "expected"), [
    ("تؤخذ مرة أو مرتين باليوم بأقصى حد", [("اليوم", "SET", "P1D")]),
    ("تنتج 400 ألف سيارة في السنة موجهة للتصدير", [("في السنة", "SET", "P1Y")]),
    ("تصل إلى 150 ريالا في اليوم الواحد.", [("في اليوم الواحد", "SET", "P1D")]),
    ("وتكلف 100 دولار للساعة", [("لساعة", "SET", "PT1H")]),
    ("رفع الحد الأدنى للأجور في الساعة وتشجيع الاستثمار", [("في الساعة", "SET", "PT1H")]),
    ("وقال الوزير في اليوم نفسه", [("اليوم نفسه", "DATE", None)]),  # a day of the story
    ("قتل 3 أشخاص في اليوم التالي", [("اليوم التالي", "DATE", None)]),
    ("وصل 3 وزراء في الساعة 8", [("الساعة 8", "TIME", "2015-07-20T08:00")]),
    ("تتراوح من أربعة إلى ستة أشهر في السنة", [("ستة أشهر", "DURATION", "P6M")]),  # the length holds it
    # no amount before it: no rate, and no today either (round 38: a bare «اليوم» right after the word
    # «في» is per day or in the day; none of 75 «في اليوم» on the first 3,000 records is today)
    ("وأعلنت الوزارة في اليوم أن", []),
    ("وأعلنت الوزارة اليوم أن", [("اليوم", "DATE", "2015-07-20")]),
])
def test_rates_and_days_of_the_story(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text)[:len(expected) or None] == expected


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "not_rate"
                                  and r["word"] not in ("نفسه", "نفسها", "ذاته", "ذاتها", "عينه")])
def test_a_speed_is_no_rate(word: str) -> None:
    assert found(f"بسرعة 75 {word} في الساعة، وأضاف") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("بالمقارنة مع صيف العام الماضي. ويشير", [("صيف العام الماضي", "DATE", "2014-SU")]),
    ("يزورون الباحة في موسم صيف هذا العام، كما", [("صيف هذا العام", "DATE", "2015-SU")]),
    ("يعقد المؤتمر في أواخر الصيف أو أوائل الخريف", [("أواخر الصيف", "DATE", "2015-SU"),
                                                  ("أوائل الخريف", "DATE", "2015-FA")]),
    ("في نهاية فصل الصيف", [("نهاية فصل الصيف", "DATE", "XXXX-SU")]),
    ("خلال فصل الصيف المقبل", [("فصل الصيف المقبل", "DATE", "2016-SU")]),
    ("وفي الصيف ترتفع الحرارة", []),  # told as a habit: any summer, not read
    ("مهرجان صيف الباحة", []),
    ("منذ بداية الربيع العربي", []),  # the Arab Spring
    ("قبل أن يرحل في الصيف الحالي إلى بورتو", [("الصيف الحالي", "DATE", "2015-SU")]),
    ("خلال الصيف كيف ستعمل", []),  # «خلال» alone does not date it (not a frame of its whole length)
    ("ستشرح على مدى الصيف كيف ستعمل", [("الصيف", "DATE", "2015-SU")]),
])
def test_seasons_with_a_year_or_a_part(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "night"])
def test_tonight_is_the_night_of_the_day(word: str) -> None:
    assert found(f"يصل الفريق إلى الفندق {word} قبل مباراته") == [(word, "TIME", "2015-07-20TNI")]
