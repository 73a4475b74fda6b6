"""The first end of a range whose second end is of every year is of every year too (dates/day_ranges.py
`every_year_ranges`; timex-dev-23 16463 «من 25 يوليو (تموز) إلى غاية الثاني من سبتمبر (أيلول) من كل سنة»
`XXXX-07-25`), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

AUGUST = date(2015, 8, 2)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, AUGUST) if t.type == "DATE"]


@pytest.mark.parametrize("joint", ["إلى", "حتى", "-"] + [
    f"إلى {r['word']}" for r in load_table("date_cues") if r["kind"] == "until_word"])
def test_the_first_end_of_a_yearly_range_is_of_every_year(joint: str) -> None:
    text = f"ويمتد موسم القطاف من 25 يوليو (تموز) {joint} الثاني من سبتمبر (أيلول) من كل سنة في الواحات."
    assert _values(text) == [("25 يوليو (تموز)", "XXXX-07-25"), ("الثاني من سبتمبر (أيلول)", "XXXX-09-02")]


def test_a_month_range_of_every_year() -> None:
    assert [v for _, v in _values("ويقام المعرض من مايو حتى 5 يونيو من كل عام.")] == ["XXXX-05", "XXXX-06-05"]


@pytest.mark.parametrize("text", [
    "ويمتد المهرجان من 25 يوليو إلى 2 سبتمبر المقبل.",  # no «من كل سنة»: this year's
    "وافتتح في 25 يوليو، ويقام في الثاني من سبتمبر من كل عام سوق للتمور.",  # no range between them
    "ويمتد من 25 يوليو 2014 إلى الثاني من سبتمبر من كل عام.",  # the first end has its year
])
def test_without_a_yearly_range_the_first_end_keeps_its_year(text: str) -> None:
    assert not _values(text)[0][1].startswith("XXXX")
