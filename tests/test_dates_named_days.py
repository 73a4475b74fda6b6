"""A day and month right after the noun of a well-known past event are that event's day
(`marsad.dates.named_days`, lang/ar/date_named_days.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 21)


def _values(text: str) -> dict[str, str | None]:
    return {text[t.start:t.end]: t.value for t in extract(text, ANCHOR)}


@pytest.mark.parametrize("row", load_table("date_named_days"),
                         ids=lambda r: f"{r['head']} {r['day']}/{r['month']}")
def test_every_row_dates_its_event(row: dict[str, str]) -> None:
    day, month, year = int(row["day"]), int(row["month"]), int(row["year"])
    months = {r["month"]: r["word"] for r in load_table("date_months") if r["series"] == "gregorian"}
    text = f"تغيرت المنطقة كثيرا بعد {row['head']} {day} {months[str(month)]} كما يقول المحللون"
    assert f"{year:04d}-{month:02d}-{day:02d}" in _values(text).values()


def test_the_event_of_a_past_year_not_this_years_day() -> None:
    assert _values("وبعد أحداث 11 سبتمبر تولى الأمير ملف العلاقة مع واشنطن.")["11 سبتمبر"] == "2001-09-11"
    assert _values("تعيش البلاد اضطرابات منذ ثورة 25 يناير التي أطاحت بالحكومة")["25 يناير"] == "2011-01-25"


def test_day_in_words_and_a_clitic_on_the_noun() -> None:
    got = _values("وهي عملية تذكر بهجمات الحادي عشر من سبتمبر في نيويورك")
    assert got["الحادي عشر من سبتمبر"] == "2001-09-11"
    assert _values("اندلعت الاحتجاجات قبيل الذكرى الرابعة لثورة 17 فبراير وقبل ثورة 11 فبراير")["11 فبراير"] \
        == "2011-02-11"


def test_not_without_the_event_noun_nor_at_its_anniversary() -> None:
    assert _values("يعقد المؤتمر في 11 سبتمبر بالرياض")["11 سبتمبر"] == "2015-09-11"
    assert _values("نفذت الجماعات هجمات في ذكرى ثورة 30 يونيو بالقاهرة")["30 يونيو"] == "2015-06-30"
    # another day after the same noun is no named event
    assert _values("اندلعت ثورة 3 مايو في المدينة")["3 مايو"] == "2015-05-03"


def test_not_with_a_year_or_a_word_of_its_own() -> None:
    assert _values("بعد أحداث 11 سبتمبر 2012 في بنغازي")["11 سبتمبر 2012"] == "2012-09-11"
    assert _values("منذ ثورة 25 يناير الماضي")["25 يناير الماضي"] == "2015-01-25"
