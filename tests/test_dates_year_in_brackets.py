"""A year in brackets right after «عام/سنة» («في عام (2010) أعلن», «منذ عام (1891)») is that year: it
was missed before a word that is no pause, and «منذ عام» was read as "a year ago"."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وفي عام (2010) أعلنت الشركة خطتها", "عام (2010)", "2010"),
    ("يروي الكتاب تاريخ المدينة منذ عام (1891) وهو تاريخ تأسيسها", "عام (1891)", "1891"),
    ("وفي نهاية عام (2012) افتتح المصنع", "نهاية عام (2012)", "2012"),
    ("وقد بلغت أرباحها للعام ( 2006م ) مليار ريال", "عام ( 2006م )", "2006"),
])
def test_a_year_in_brackets_after_its_cue(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, "DATE", value)]


def test_a_year_ago_stays_a_year_ago() -> None:
    assert found("بدأ المشروع منذ عام (تقريبا) في الحي") == [("منذ عام", "DATE", "2014")]
