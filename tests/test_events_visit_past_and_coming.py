"""A visit told as made on a time of its own long before the day of writing («زار الرئيس الصين في
ديسمبر الماضي») and a visit of the same visitor to the same place told still to come («زيارته
المقبلة إلى الصين») are two visits, in either order (`repeats.merge_repeats`, `_apart_in_time`);
a visit made days ago, or told with no time of its own, may still be the one announced."""

from __future__ import annotations

from marsad.events.happenings import consolidate
from marsad.model import EventAttrs, Span
from tests.test_events_units import run


def _visit(status: str, date: str | None, place: str = "china") -> Span[EventAttrs]:
    return Span(0, 10, "VISIT", EventAttrs(participants=["sisi"], place=place, date=date, status=status))


def test_a_visit_made_months_before_the_writing_is_not_the_coming_one() -> None:
    coming, made = _visit("planned", None), _visit("happened", "2024-12")
    assert len(consolidate([(0, coming), (2, made)], written="2025-08-09")) == 2
    assert len(consolidate([(0, made), (2, coming)], written="2025-08-09")) == 2  # vice versa
    expected = _visit("expected", None)
    assert len(consolidate([(0, made), (2, expected)], written="2025-08-09")) == 2


def test_a_visit_under_way_or_made_days_ago_may_be_the_announced_one() -> None:
    def twice(made: Span[EventAttrs], written: str | None = "2025-08-09") -> int:
        return len(consolidate([(0, _visit("planned", None)), (2, made)], written=written))

    assert twice(_visit("ongoing", "2025-08-08")) == 1
    assert twice(_visit("happened", None)) == 1
    assert twice(_visit("happened", "2024-12"), None) == 1  # no day of writing: nothing to say


def test_the_past_visit_and_the_coming_one_in_an_article() -> None:
    text = ("وأكد [السيسي](PER:sisi) تطلعه إلى زيارته المقبلة إلى [الصين](LOC:china). "
            "وكان [السيسي](PER:sisi) قد زار [الصين](LOC:china) [في ديسمبر الماضي](DATE:2024-12) "
            "حيث بحث التعاون الاقتصادي.")
    visits = sorted((e.attrs.status, e.attrs.date) for e in run(text, published="2025-08-09")
                    if e.label == "VISIT")
    assert visits == [("happened", "2024-12"), ("planned", None)]
