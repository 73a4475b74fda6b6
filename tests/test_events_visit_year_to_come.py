"""A visit still to come told once by its year («زيارته لطهران ستجري هذا العام») and once by a month
within it («سأرافقه في زيارته لطهران في أكتوبر») is one visit, dated by the month
(`happenings.consolidate`); a visit made, or one to another place or year, stays apart."""

from __future__ import annotations

from marsad.events.happenings import consolidate
from marsad.model import EventAttrs, Span


def _visit(parts: list[str], date: str, status: str = "planned", place: str = "tehran") -> Span[EventAttrs]:
    return Span(0, 10, "VISIT", EventAttrs(participants=list(parts), place=place, date=date, status=status))


def test_a_planned_visit_told_by_its_year_and_its_month_is_one() -> None:
    month = _visit(["president", "minister"], "2015-10")
    year = _visit(["president"], "2015")
    out = [ev for _, ev in consolidate([(0, year), (3, month)])]
    assert len(out) == 1
    assert out[0].attrs.date == "2015-10"
    assert set(out[0].attrs.participants) == {"president", "minister"}


def test_visits_made_in_one_year_stay_apart() -> None:
    first = _visit(["president"], "2015", status="happened")
    second = _visit(["president"], "2015-10", status="happened")
    assert len(consolidate([(0, first), (3, second)])) == 2


def test_a_planned_visit_of_another_year_or_place_stays_apart() -> None:
    month = _visit(["president"], "2016-10")
    assert len(consolidate([(0, _visit(["president"], "2015")), (3, month)])) == 2
    elsewhere = _visit(["president"], "2015-10", place="moscow")
    assert len(consolidate([(0, _visit(["president"], "2015")), (3, elsewhere)])) == 2
