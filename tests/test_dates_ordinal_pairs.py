"""Two days named by ordinals joined by و («الرابع والخامس من أغسطس») are the two days, a range like
«4 و5 أغسطس»; an ordinal and a tens word («الحادي والعشرين») stay one day, their sum."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 8, 20)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "expected"), [
    ("عقد الاجتماع في الرابع والخامس من أغسطس الجاري",
     [("الرابع والخامس من أغسطس الجاري", "2015-08-04/2015-08-05")]),
    ("يومي الثاني والثالث من أغسطس", [("الثاني والثالث من أغسطس", "2015-08-02/2015-08-03")]),
    ("يومي 4 و5 أغسطس", [("4 و5 أغسطس", "2015-08-04/2015-08-05")]),
])
def test_two_ordinal_days_are_a_pair_of_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("في الحادي والعشرين من أغسطس", "2015-08-21"),
    ("في الخامس والعشرين من أغسطس", "2015-08-25"),
    ("في الرابع من أغسطس", "2015-08-04"),
])
def test_an_ordinal_and_a_tens_word_are_one_day(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]
