"""A decade counted by an ordinal in its century («العقد الثالث من القرن العشرين», «نهاية العقد الأول
من القرن الحالي») is that decade (192, 200): the century alone was read (19XX), or the part word and
«العقد» as the present decade (201)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وفي العقد الثالث من القرن العشرين ظهرت الحركة", "العقد الثالث من القرن العشرين", "192"),
    ("خلال العقد الأول من القرن الحادي والعشرين تضاعف الإنتاج",
     "العقد الأول من القرن الحادي والعشرين", "200"),
    ("وفي نهاية العقد الأول من القرن الحالي افتتح المصنع", "نهاية العقد الأول من القرن الحالي", "200"),
    ("منذ مطلع العقد الثالث من القرن الماضي", "مطلع العقد الثالث من القرن الماضي", "192"),
])
def test_an_ordinal_decade_of_a_century(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, "DATE", value)]


def test_an_ordinal_decade_of_a_life_is_no_date() -> None:
    assert found("وهو في العقد الثالث من عمره") == []
