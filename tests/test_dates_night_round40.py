"""A stretch of the night and midnight (round 40, the timex-dev-22 and timex-dev-13 dev misses), on
invented sentences, each `night_stretch` and `midnight` row of date_cues.tsv tested:

- «استمرت المواجهات طوال الليل», «إلى ساعات متأخرة من الليل»: the night of the day the text is on, a TIME
  `YYYY-MM-DDTNI` (the guide's round-39 ruling), on the last day the text told before it («أمس»);
- «وبعيد منتصف الليل»: the midnight that opens that day (`T00:00`); after an hour, «الواحدة بعد منتصف
  الليل», the hour is read as before (01:00), no second expression.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 8, 11)
CUES = load_table("date_cues")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


def cue_words(kind: str) -> list[str]:
    return [r["word"] for r in CUES if r["kind"] == kind]


@pytest.mark.parametrize("phrase", cue_words("night_stretch"))
def test_a_stretch_of_the_night_is_the_night_of_the_day_told(phrase: str) -> None:
    text = f"اندلعت مواجهات في المدينة أمس الاثنين واستمرت {phrase} بين الطرفين"
    assert found(text) == [("أمس الاثنين", "DATE", "2015-08-10"), (phrase, "TIME", "2015-08-10TNI")]


@pytest.mark.parametrize("phrase", cue_words("night_stretch"))
def test_a_stretch_of_the_night_with_no_day_told_is_tonight(phrase: str) -> None:
    assert found(f"استمر الاحتفال {phrase} وسط حضور كبير") == [(phrase, "TIME", "2015-08-11TNI")]


@pytest.mark.parametrize("phrase", cue_words("midnight"))
def test_midnight_opens_the_day_told(phrase: str) -> None:
    text = f"قتل خمسة شرطيين أمس الاثنين في هجمات. وبعيد {phrase} استهدف هجوم مركزا للشرطة"
    assert found(text) == [("أمس الاثنين", "DATE", "2015-08-10"), (phrase, "TIME", "2015-08-10T00:00")]


def test_an_hour_after_midnight_is_the_hour() -> None:
    assert found("وصل الوفد في الواحدة بعد منتصف الليل") == [
        ("الواحدة بعد منتصف الليل", "TIME", "2015-08-11T01:00")]


def test_the_night_alone_is_no_stretch() -> None:
    assert found("قضى ليله في قراءة الكتب") == []


@pytest.mark.parametrize("phrase", cue_words("midnight_of"))
def test_midnight_of_a_named_day_closes_that_day(phrase: str) -> None:
    """«منتصف ليل الأحد» (round 50, timex-dev-27 29716): the midnight closing Sunday, `T24:00` of that day,
    one span with its day, not Sunday's night; «منتصف ليل أمس» the same of yesterday."""
    assert found(f"ينتهي التسجيل {phrase} ليل الأحد المقبل") == [
        (f"{phrase} ليل الأحد المقبل", "TIME", "2015-08-16T24:00")]
    assert found(f"أغلقت الصناديق {phrase} ليل أمس") == [(f"{phrase} ليل أمس", "TIME", "2015-08-10T24:00")]


def test_the_middle_of_a_night_before_a_day_is_left_alone() -> None:
    """«ليلة الأحد» is the night before Sunday: «منتصف» before it is not read as Sunday's midnight."""
    assert found("وصل الوفد منتصف ليلة الأحد") == [("ليلة الأحد", "TIME", "2015-08-09TNI")]
