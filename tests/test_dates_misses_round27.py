"""Date mechanisms taken from the misses of the dev dates batches (issue 16, round 27), each data row
tested, on invented sentences:

- «المرحلة المقبلة/القادمة» (the coming stage) is the future, FUTURE_REF, as «الفترة المقبلة»
  (date_relative.tsv, kind ref);
- «أيام الجمع» (Fridays, the plural) is every Friday, a SET, as «أيام الجمعة» (date_sets.tsv);
- a verb of exceeding before one bare unit is a length («لا تتجاوز الشهر» P1M: `whole` cues);
- an hour word before a part of the day and «بتوقيت» («الرابعة عصر بتوقيت السعودية») is a clock time
  with no preposition before it (dates/patterns.py, the `hour` pattern);
- a bare «الأسبوع»/«الشهر» after a noun of trading («ختام تداولات الأسبوع») is the present one
  (`trading` cues), as after a verb of closing it.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

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


@pytest.mark.parametrize("word", [r["word"] for r in load_table("date_cues") if r["kind"] == "trading"])
def test_the_week_of_trading_is_this_week(word: str) -> None:
    # `trading` cues: a bare «الأسبوع»/«الشهر» in construct with a noun of trading is the present one
    assert found(f"تراجع المؤشر في ختام {word} الأسبوع، إذ انخفض") == [("الأسبوع", "DATE", "2015-W30")]
    assert found(f"خلال {word} الشهر") == [("الشهر", "DATE", "2015-07")]
    # with a last/next word it stays that week
    assert found(f"خلال {word} الأسبوع الماضي") == [("الأسبوع الماضي", "DATE", "2015-W29")]


def test_a_bare_week_after_another_noun_stays_no_timex() -> None:
    assert found("في ختام فعاليات الأسبوع") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ولفترة لا تتجاوز الشهر، حتى لا تتضرر الأسواق", [("الشهر", "DURATION", "P1M")]),
    ("في وقت لا يتعدى العام", [("العام", "DURATION", "P1Y")]),
    ("لا يتجاوز العام الماضي", [("العام الماضي", "DATE", "2014")]),
])
def test_a_unit_after_a_verb_of_exceeding_is_a_length(text: str, expected: Found) -> None:
    # `whole` cues: «تتجاوز», «يتعدى», «تتخطى» before one bare unit measure a length
    assert found(text) == expected
