"""A day told in the relative clause of another event recalled as a time mark dates that event, not
the trigger before it (events/dating.py, `_another_events_clause`)."""

from __future__ import annotations

from tests.test_events_units import run


def _shape(src: str) -> list[tuple[str, str, str | None]]:
    return [(e.label, e.attrs.status, e.attrs.date) for e in run(src, "2015-07-20")]


def test_the_day_of_an_agreement_recalled_after_the_talks_is_not_theirs() -> None:
    # the talks are still to come: the agreement's past day no longer reads them as made
    assert _shape("ومن المقرر أن يجري الوزير [غابرييل](PER:g) محادثات مع الرئيس [روحاني](PER:r) عقب "
                  "الاتفاق الذي تم التوصل إليه [الثلاثاء الماضي](DATE:2015-07-14).") \
        == [("MEET", "planned", None)]


def test_a_day_after_another_recalled_event_noun_without_the_relative_still_dates() -> None:
    assert _shape("والتقى [غابرييل](PER:g) [روحاني](PER:r) عقب الاتفاق [الثلاثاء الماضي](DATE:2015-07-14).") \
        == [("MEET", "happened", "2015-07-14")]


def test_the_triggers_own_relative_clause_keeps_its_day() -> None:
    assert _shape("وزار [غابرييل](PER:g) [طهران](LOC:teh) التي وصلها [أمس](DATE:2015-07-19).") \
        == [("VISIT", "happened", "2015-07-19")]
