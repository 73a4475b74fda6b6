"""An event noun whose present light verb follows it in a clause of its own is under way (issue 15,
round 48: events-dev-fresh19 12349 «أثناء زيارة رسمية يقوم بها الرئيس الأميركي باراك أوباما إلى
كينيا», gold ongoing); with the future prefix it is still to come."""

from __future__ import annotations

from tests.test_events_units import run


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.attrs.status) for e in run(text)]


def test_a_visit_its_present_light_verb_carries_is_under_way() -> None:
    assert _statuses("وقال المتحدث في نيروبي أثناء زيارة رسمية يقوم بها الرئيس [باراك أوباما](PER:obama) "
                     "إلى [كينيا](LOC:kenya) إن الأمن مستتب.") == [("VISIT", "ongoing")]


def test_with_the_future_prefix_it_is_to_come_and_a_perfect_one_was_made() -> None:
    assert _statuses("وقال المتحدث إن الزيارة التي سيقوم بها الرئيس [باراك أوباما](PER:obama) إلى "
                     "[كينيا](LOC:kenya) مهمة.") == [("VISIT", "planned")]
    assert _statuses("وقال المتحدث إن الزيارة التي قام بها الرئيس [باراك أوباما](PER:obama) إلى "
                     "[كينيا](LOC:kenya) مهمة.") == [("VISIT", "happened")]
