"""A year word with the Hijri adjective («السنة الهجرية», «العام الهجري») is a Hijri year, its Gregorian
span (the guide: a Hijri year gets the Gregorian interval), never the Gregorian year: pointed at by a
part, demonstrative or last/next word («بداية السنة الهجرية», «هذا العام الهجري», «العام الهجري
الماضي»), or numbered («السنة الهجرية 1436»). Each `hijri_suffix` adjective row is tried. Written on
2015-07-20 (Shawwal 1436; 1436 AH is 2014-10-25/2015-10-13)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
Y1436, Y1437, Y1435 = "2014-10-25/2015-10-13", "2015-10-14/2016-10-01", "2013-11-04/2014-10-24"
ADJECTIVES = [r["word"] for r in load_table("date_cues")
              if r["kind"] == "hijri_suffix" and len(r["word"]) > 2]


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


def test_the_adjective_rows() -> None:
    assert sorted(ADJECTIVES) == ["هجري", "هجرية"]


@pytest.mark.parametrize(("text", "value"), [
    ("وتبدأ الإجازة مع بداية السنة الهجرية في المدينة", Y1436),
    ("ويعود المشروع مع بداية السنة الهجرية المقبلة", Y1437),
    ("وتنتهي المهلة بنهاية العام الهجري الحالي", Y1436),
    ("وارتفع العدد خلال العام الهجري الماضي", Y1435),
    ("وتم ذلك في هذا العام الهجري", Y1436),
    ("وخلال السنة الهجرية 1436 تم افتتاح المبنى", Y1436),
])
def test_a_hijri_year_word_is_the_hijri_year(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


def test_the_hijri_part_word_stays_the_start() -> None:
    [t] = extract("وتبدأ الإجازة مع بداية السنة الهجرية في المدينة", MONDAY)
    assert t.mod == "START"


def test_the_gregorian_year_word_stays_gregorian() -> None:
    assert found("وتبدأ الإجازة مع بداية العام في المدينة") == [("بداية العام", "DATE", "2015")]
    assert found("وارتفع العدد خلال العام الماضي") == [("العام الماضي", "DATE", "2014")]
