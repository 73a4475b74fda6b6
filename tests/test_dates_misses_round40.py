"""Dates read wrongly in the dev dates batches (round 40), on invented sentences:

- a verb of passing («تمر», «يمر»: `present_through` cues) before «اليوم» is a cue of the present when the
  word after «اليوم» is indefinite with «ب» written onto it («المنظومة العربية تمر اليوم بواحدة من أدق
  المراحل»: going through a state, timex-dev-5); «تمر اليوم ذكرى ...» and «يمر اليوم بالمدينة» stay today;
- the first year of a range opened by «من» is a date whatever its century («في الفترة من 1897 إلى 1905»: a
  bare year alone is one only from 1900), when a later year follows «إلى/حتى» and no amount word follows
  it (`quantity` cues, «نسمة» and «شخص» since round 40: «ارتفع عدد السكان من 1897 إلى 1905 نسمة»).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
Found = list[tuple[str, str, str | None]]
CUES = load_table("date_cues")


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "present_through"], ids=lambda r: r["word"])
def test_passing_through_a_state_today_is_the_present(row: dict[str, str]) -> None:
    verb = row["word"]
    assert found(f"وقال إن الجميع {verb} اليوم بمرحلة صعبة") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"وقال إن الجميع {verb} اليوم بظروف صعبة") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"وقال إن الوفود {verb} اليوم بالمدينة في طريقها") == [("اليوم", "DATE", "2015-07-25")]


@pytest.mark.parametrize("text", ["وتمر اليوم ذكرى تأسيس المملكة", "ويمر اليوم موكب الرئيس في الشارع",
                                  "وتمر القافلة اليوم بالمدينة"])
def test_passing_without_a_state_is_today(text: str) -> None:
    assert found(text) == [("اليوم", "DATE", "2015-07-25")]


def test_passing_through_a_state_further_back_in_the_clause() -> None:
    assert found("إن المنظومة العربية تمر اليوم بواحدة من أدق المراحل في تاريخها") == [
        ("اليوم", "DATE", "PRESENT_REF")]
    assert found("ويمر العالم العربي اليوم بأزمة خانقة") == [("اليوم", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize(("text", "years"), [
    ("وحكم البلاد في الفترة من 1897 إلى 1905 قبل أن يتنحى", ["1897", "1905"]),
    ("وعاش في المدينة من 1885 حتى 1931 كما تقول المصادر", ["1885", "1931"]),
    ("وفي الفترة من 2010 إلى 2015 تضاعف الإنتاج", ["2010", "2015"]),
])
def test_the_first_year_of_a_range_after_min(text: str, years: list[str]) -> None:
    assert [v for _, _, v in found(text)] == years


@pytest.mark.parametrize("text", ["وارتفع عدد السكان من 1897 إلى 1905 نسمة خلال العقد",
                                  "وارتفع العدد من 1200 إلى 1950 شخص"])
def test_no_year_range_of_amounts(text: str) -> None:
    assert found(text) == []


def test_an_earlier_year_after_ila_opens_no_range() -> None:
    assert "1897" not in [v for _, _, v in found("وانخفض الرقم من 1905 إلى 1897 في الجدول")]
