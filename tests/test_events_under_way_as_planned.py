"""A visit told under way in reported speech with no day of its own («وذكرت أن X يزور قطر
لمناقشة ...») is the planned visit of the same visitor to the same place, due within a week of
the writing, told again: one VISIT, still to come (`events.repeats.under_way_as_planned`)."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(src: str) -> list[tuple[list[str], str | None, str | None, str | None]]:
    evs = run(src, published="2015-08-01")
    return [(e.attrs.participants, e.attrs.place, e.attrs.date, e.attrs.status)
            for e in evs if e.label == "VISIT"]


def test_the_present_tense_visit_is_the_planned_one() -> None:
    vs = _visits("قالت الوزارة [اليوم السبت](DATE:2015-08-01) إن [سيرغي لافروف](PER:lavrov) سيعقد اجتماعا "
                 "مع نظيره [جون كيري](PER:kerry) خلال زيارة عمل إلى [قطر](LOC:qatar) "
                 "[يوم الاثنين](DATE:2015-08-03). "
                 "وأضافت أن [لافروف](PER:lavrov) سيعقد اجتماعات أيضا مع أمير قطر [تميم بن حمد](PER:tamim). "
                 "وذكرت أن [لافروف](PER:lavrov) يزور [قطر](LOC:qatar) لمناقشة الأوضاع في المنطقة.")
    assert [(v[1], v[2], v[3]) for v in vs] == [("qatar", "2015-08-03", "planned")]


def test_a_visit_under_way_elsewhere_stays_apart() -> None:
    vs = _visits("قالت الوزارة [اليوم السبت](DATE:2015-08-01) إن [سيرغي لافروف](PER:lavrov) سيعقد اجتماعا "
                 "مع نظيره [جون كيري](PER:kerry) خلال زيارة عمل إلى [قطر](LOC:qatar) "
                 "[يوم الاثنين](DATE:2015-08-03). "
                 "وأضافت أن [لافروف](PER:lavrov) سيعقد اجتماعات أيضا مع أمير قطر [تميم بن حمد](PER:tamim). "
                 "وذكرت أن [لافروف](PER:lavrov) يزور [الكويت](LOC:kuwait) لمناقشة الأوضاع في المنطقة.")
    assert len(vs) == 2


def test_the_merge_keeps_the_planned_visits_time_in_either_order() -> None:
    from marsad.events.repeats import merge_repeats
    from marsad.model import EventAttrs, Span

    def visit(status: str, date: str | None) -> Span[EventAttrs]:
        attrs = EventAttrs(participants=["lavrov"], place="qatar", status=status, date=date)
        return Span(0, 1, "VISIT", attrs)

    for first, second in ((visit("ongoing", None), visit("planned", "2015-08-03")),
                          (visit("planned", "2015-08-03"), visit("ongoing", None))):
        out = merge_repeats([(1, first), (2, second)], frozenset(), written="2015-08-01")
        assert [(e.attrs.status, e.attrs.date) for _, e in out] == [("planned", "2015-08-03")]
    far = merge_repeats([(1, visit("ongoing", None)), (2, visit("planned", "2015-08-20"))], frozenset(),
                        written="2015-08-01")
    assert [e.attrs.status for _, e in far] == ["ongoing"]  # due more than a week on: not its time
