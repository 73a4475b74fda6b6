"""A meeting told before the visit it is held within (`event_cues.tsv` kind during: «سيعقد اجتماعا
مع X خلال زيارة عمل لقطر») is held where the visit goes (`events.happenings.consolidate`, issue 15:
the place of matched events), each row at a time."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run

_DURING = [r["form"] for r in load_table("event_cues") if r["kind"] == "during"]


@pytest.mark.parametrize("form", _DURING)
def test_every_row_is_read_at_its_word(form: str) -> None:
    cue = event_cues().at(words_of(form + " زيارة"), 0, frozenset({"during"}))
    assert cue is not None and cue.kind == "during"


@pytest.mark.parametrize("form", [f for f in _DURING if f != "هامش"] + ["على هامش"])
def test_a_meeting_told_before_the_visit_is_held_where_it_goes(form: str) -> None:
    evs = run("وقالت الوزارة [اليوم السبت](DATE:2015-08-01) إن الوزير [سيرجي لافروف](PER:lavrov) سيعقد "
              f"اجتماعا ثلاثيا مع نظيريه [جون كيري](PER:kerry) و[عادل الجبير](PER:jubeir) {form} زيارة عمل "
              "ل[قطر](LOC:qatar) [يومي الثاني والثالث من أغسطس](DATE:2015-08-02/2015-08-03).", "2015-08-01")
    meets = [e for e in evs if e.label == "MEET"]
    assert meets and meets[0].attrs.place == "qatar"


def test_a_meeting_before_another_visit_keeps_no_place_of_it() -> None:
    evs = run("وقالت الوزارة [اليوم السبت](DATE:2015-08-01) إن الوزير [سيرجي لافروف](PER:lavrov) سيعقد "
              "اجتماعا ثلاثيا مع نظيريه [جون كيري](PER:kerry) و[عادل الجبير](PER:jubeir) قبل زيارة عمل "
              "ل[قطر](LOC:qatar) [يومي الثاني والثالث من أغسطس](DATE:2015-08-02/2015-08-03).", "2015-08-01")
    meets = [e for e in evs if e.label == "MEET"]
    assert meets and meets[0].attrs.place is None
