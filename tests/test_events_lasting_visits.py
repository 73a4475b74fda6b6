"""A visit told as made on a day the text tells, whose length its sentence gives and reaches the day
of writing, is still under way: `ongoing` (events/lasting_visits.py; the guide, recorded with
events-dev-fresh24: «وصل أمس في زيارة تستغرق أربعة أيام»). The `visit_length` rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.model import Span, TimexAttrs
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def _statuses(src: str, length: str, value: str, published: str) -> list[tuple[str, str | None]]:
    """The events' (type, status) of `src`, with the words `length` marked a DURATION of `value`."""
    art = marked(src, published)
    at = art.text.index(length)
    art.set_layer("timexes", sorted([*art.layer("timexes"), Span(at, at + len(length), "DURATION",
                                                                  TimexAttrs(value=value))],
                                    key=lambda t: (t.start, t.end)))
    quotes.func(art)
    events.func(art)
    return [(e.label, e.attrs.status) for e in art.layer("events")]


_ARRIVED = ("وصل المبعوث الأميركي [دونالد بوث](PER:booth) إلى [الخرطوم](LOC:khartoum) [أمس](DATE:2015-08-05) "
            "في زيارة {cue} أربعة أيام لبحث العلاقات.")


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "visit_length"],
                         ids=lambda r: r["form"])
def test_a_visit_begun_yesterday_lasting_four_days_is_under_way(row: dict[str, str]) -> None:
    src = _ARRIVED.format(cue=row["form"])
    assert _statuses(src, "أربعة أيام", "P4D", "2015-08-06") == [("VISIT", "ongoing")]


def test_a_visit_whose_length_ends_before_the_day_of_writing_was_made() -> None:
    src = _ARRIVED.format(cue="تستغرق")
    assert _statuses(src, "أربعة أيام", "P4D", "2015-08-12") == [("VISIT", "happened")]
    # a visit of one day is over on its day
    src = src.replace("أربعة أيام", "يوم واحد")
    assert _statuses(src, "يوم واحد", "P1D", "2015-08-05") == [("VISIT", "happened")]


def test_a_visit_with_no_day_told_is_left_as_told() -> None:
    # «خلال زيارة رسمية تستمر أربعة أيام إلى كينيا»: no day of its own, its legs may be over
    src = ("روج الرئيس الأمريكي [باراك أوباما](PER:obama) للاستثمار خلال زيارة رسمية تستمر أربعة أيام إلى "
           "[كينيا](LOC:kenya).")
    assert _statuses(src, "أربعة أيام", "P4D", "2015-07-26") == [("VISIT", "happened")]


def test_a_length_that_is_no_visits_changes_nothing() -> None:
    src = ("وصل المبعوث الأميركي [دونالد بوث](PER:booth) إلى [الخرطوم](LOC:khartoum) [أمس](DATE:2015-08-05) "
           "بعد مفاوضات تستغرق أربعة أيام.")
    assert ("VISIT", "happened") in _statuses(src, "أربعة أيام", "P4D", "2015-08-06")
