"""model.dates.span_days: the days a DURATION of whole days or weeks lasts, read by the events of a
visit's length (events.lasting_visits) and of a leg told days apart (events.trip_legs)."""

from __future__ import annotations

import pytest

from marsad.model.dates import span_days


@pytest.mark.parametrize(("value", "days"), [("P3D", 3), ("P1W", 7), ("P2W", 14), ("P10D", 10)])
def test_days_and_weeks(value: str, days: int) -> None:
    assert span_days(value) == days


@pytest.mark.parametrize("value", [None, "", "P1M", "PT3H", "P1.5D", "2015-08-06", "XP3D", "P3DT2H"])
def test_any_other_value_is_none(value: str | None) -> None:
    assert span_days(value) is None
