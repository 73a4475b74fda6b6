"""A place after a noun of what is discussed and «في» is the topic, not where the meeting is held
(`events.places.discussed`, `event_cues` kind topic), row by row; round 52 added the plural and dual
of the conflict nouns (events-dev-fresh31 19646: «سيعقد كيري اجتماعا ثلاثيا مع نظيريه ... لبحث
النزاعين في سورية واليمن» was placed in Syria)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r["form"] for r in load_table("event_cues") if r["kind"] == "topic"]
_MEETING = ("وسيعقد وزير الخارجية [جون كيري](PER:kerry) اجتماعا مع نظيره الروسي [سيرغي لافروف](PER:lavrov) "
            "لبحث {} في [سورية](LOC:syria).")


@pytest.mark.parametrize("form", _ROWS)
def test_a_place_after_each_topic_noun_is_no_venue(form: str) -> None:
    evs = run(_MEETING.format(form), published="2015-08-02")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", None)]


def test_a_place_after_another_noun_is_the_venue() -> None:
    evs = run(_MEETING.format("القضايا"), published="2015-08-02")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "syria")]
