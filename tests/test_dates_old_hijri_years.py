"""A Hijri date before Umm al-Qura's table (1343 AH) is converted by the tabular calendar: Saudi
history names its years so («سنة 1308ه», «في الخامس من شوال عام 1319»), and they had no value."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.dates.hijri import hijri_month_range, hijri_to_gregorian, hijri_year_range

ANCHOR = date(2015, 7, 22)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "value"), [
    ("وفي سنة 1308ه نزل بها الإمام عبدالرحمن", [("سنة 1308ه", "DATE", "1890-08-17/1891-08-06")]),
    ("استرد الملك عبدالعزيز الرياض في الخامس من شوال عام 1319هـ",
     [("الخامس من شوال عام 1319ه", "DATE", "1902-01-15")]),
    ("وفي عام 1331 هـ ضم الأحساء", [("عام 1331 ه", "DATE", "1912-12-11/1913-11-29")]),
])
def test_a_hijri_date_before_1343_has_its_gregorian_value(text: str, value: list[tuple[str, str, str]]) \
        -> None:
    assert found(text) == value


def test_the_tabular_calendar_meets_umm_al_qura() -> None:
    assert hijri_to_gregorian(1, 1, 1) == date(622, 7, 19)  # the civil epoch, 16 July 622 (Julian)
    assert hijri_month_range(1341, 12) == (date(1923, 7, 15), date(1923, 8, 13))  # a leap year's 30 days
    assert hijri_month_range(1340, 12) == (date(1922, 7, 26), date(1922, 8, 23))  # 29 days
    last_tabular, first_table = hijri_year_range(1342), hijri_year_range(1343)
    assert last_tabular is not None and first_table is not None
    assert abs((first_table[0] - last_tabular[1]).days) <= 2  # the two calendars meet within two days
    assert hijri_to_gregorian(1319, 13, 1) is None and hijri_to_gregorian(1319, 2, 30) is None
    assert hijri_to_gregorian(1501, 1, 1) is None  # after the table: still none
