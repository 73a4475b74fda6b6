"""Reports of one happening with statuses of their own (issue 15, round 48): talks told once between
two leaders and once between the states they act for are one happening whatever their statuses, as
reports with the very same parties are (`repeats._statuses_agree`, `acting_persons.acting_for`)."""

from __future__ import annotations

from marsad.events.repeats import merge_repeats
from marsad.model import EventAttrs, Span


def test_talks_of_two_states_told_again_by_their_leaders_with_another_status_are_one() -> None:
    # events-dev-fresh23 25951: «يتم حاليا الإعداد لعقد قمة بين الرئيسين المصري عبدالفتاح السيسي والروسي
    # فلاديمير بوتين» (planned), then «سيتم الإعلان عن تاريخ القمة بعد الاتفاق عليها مع المسؤولين من كلا
    # البلدين» read with the two states: the leaders act for the states, one summit
    planned = Span(0, 10, "MEET", EventAttrs(participants=["abdel_fattah_el_sisi", "vladimir_putin"],
                                             status="planned"))
    told = Span(20, 30, "MEET", EventAttrs(participants=["egypt", "russia"], status="happened"))
    assert len(merge_repeats([(0, planned), (1, told)], frozenset())) == 1


def test_a_state_the_leaders_do_not_stand_for_keeps_its_meeting_apart() -> None:
    planned = Span(0, 10, "MEET", EventAttrs(participants=["abdel_fattah_el_sisi", "vladimir_putin"],
                                             status="planned"))
    other = Span(20, 30, "MEET", EventAttrs(participants=["egypt", "france"], status="happened"))
    assert len(merge_repeats([(0, planned), (1, other)], frozenset())) == 2
