"""Events of issue 15, round 32 (events-dev-fresh21): a week still to come is compared with the
day of the report as a week («الأسبوع المقبل»: 2015-W32 after a report of Sunday 2015-08-02, week 31),
as a month or a day already was, so an event told for it is planned; and a perfect verb in a
relative clause («الاتفاق التاريخي الذي أبرمته إيران») tells a deed done: a day to come in its
sentence is the main clause's («سيخاطب نتنياهو الأسبوع المقبل ...»), not the deed's."""

from __future__ import annotations

from marsad.events.dating import against_publication
from tests.test_events_units import run


def test_a_week_is_compared_with_the_report_as_a_week() -> None:
    assert against_publication("2015-W32", "2015-08-02") == 1  # Sunday 2 August is in week 31
    assert against_publication("2015-W31", "2015-08-02") == 0
    assert against_publication("2015-W30", "2015-08-02") == -1
    evs = run("التقى [هادي](PER:hadi) مع [صالح](PER:saleh) في [أنقرة](LOC:ankara) "
              "[الأسبوع المقبل](DATE:2025-W12).", published="2025-03-10")
    assert [e.attrs.status for e in evs] == ["planned"]


def test_a_deed_told_in_a_relative_clause_keeps_its_past_and_drops_the_day_to_come() -> None:
    evs = run("وسيخاطب [نتنياهو](PER:bibi) [الأسبوع المقبل](DATE:2015-W32) المنظمات اليهودية في محاولة "
              "لإحباط الاتفاق التاريخي الذي أبرمته [إيران](LOC:iran) مع [مجموعة 5+1](ORG:p5).",
              published="2015-08-02")
    agree = [e for e in evs if e.label == "AGREE"]
    assert [(e.attrs.status, e.attrs.date) for e in agree] == [("happened", "2015-08-02")]


def test_a_main_clause_verb_with_a_day_to_come_is_still_planned() -> None:
    evs = run("التقى [هادي](PER:hadi) مع [صالح](PER:saleh) في [أنقرة](LOC:ankara) "
              "[الشهر المقبل](DATE:2025-04).", published="2025-03-10")
    assert [(e.attrs.status, e.attrs.date) for e in evs] == [("planned", "2025-04")]
