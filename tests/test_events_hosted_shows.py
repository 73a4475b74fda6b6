"""A verb of receiving with a show, an episode or a gathering named right after it hosts the
show, not a guest (issue 15, round 15 random-news sample: «ويستضيف في حلقاته عددا من نجوم
الدراما», «ويستضيف الشيخ ابراهيم الدويش برنامج "عائشة"», «استضاف فريق العمل في حلقة خاصة»).
The `event_senses` rows of kind hosted_show, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_SHOWS = [r for r in load_table("event_senses") if r["kind"] == "hosted_show"]


@pytest.mark.parametrize("row", _SHOWS, ids=lambda r: r["form"])
def test_each_show_word_makes_the_hosting_no_visit(row: dict[str, str]) -> None:
    assert run(f"ويستضيف [فهد السعد](PER:fahd) في {row['form']} [خالد سامي](PER:khalid) أمس.") == []


def test_a_guest_received_with_no_show_is_still_a_meeting() -> None:
    evs = run("استقبل [الملك سلمان](PER:salman) في حفل الاستقبال الرئيس [محمود عباس](PER:abbas) أمس.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["salman", "abbas"])]


def test_a_show_past_four_words_does_not_count() -> None:
    evs = run("استقبل [الملك سلمان](PER:salman) الرئيس [محمود عباس](PER:abbas) في قصره أمس، وشاهدا معا "
              "برنامج الحفل.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["salman", "abbas"])]
