"""A bare year after a noun naming an event by its year and one word between them, the place or kind
of the event («مونديال روسيا 2018», «أولمبياد لندن 2012», «انتخابات برلمان 2012»), is that year, as
right after the noun («كأس العالم 2018»: the `year_event` cues of `lang/ar/date_cues.tsv`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize(("text", "year"), [
    ("وتقام في سان بطرسبرج مراسم سحب قرعة مونديال روسيا 2018 بحضور شخصيات رياضية", "2018"),
    ("وكان قد فاز بالذهبية في أولمبياد لندن 2012 بعد منافسة قوية", "2012"),
    ("رأينا كلنا في انتخابات برلمان 2012 كيف تكتل الناس", "2012"),
    ("لتجعل من فعالية إكسبو دبي 2020 حدثا لا ينسى", "2020"),
    ("بعد الإخفاق الذي مني به في نهائي لمونديال البرازيل 2014 أمام ألمانيا", "2014"),
])
def test_a_year_after_an_event_noun_and_its_place(text: str, year: str) -> None:
    assert (year, year) in found(text)


@pytest.mark.parametrize("text", [
    "وشهدت أحداث العنف 2000 شخص في المدينة",  # a count of people
    "وزار المنتخب روسيا 2018 مرة",  # no event noun before the place
])
def test_no_year_without_the_event_noun_or_before_a_count(text: str) -> None:
    assert found(text) == []
