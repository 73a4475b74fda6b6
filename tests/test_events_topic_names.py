"""A name in what an event is about is no party of it (issue 15, round 16 random-news sample): a
topic preposition (`event_cues` kind topic_prep: «بشأن، حول، بمناسبة») opens the topic, and a name
after it in the event's clause, with no trigger and no «مع/بين» between, is the topic. Row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_PREPS = [r for r in load_table("event_cues") if r["kind"] == "topic_prep"]


@pytest.mark.parametrize("row", _PREPS, ids=lambda r: r["form"])
def test_a_name_after_each_topic_preposition_is_no_party(row: dict[str, str]) -> None:
    evs = run(f"استقبل [الأمير فيصل](PER:faisal) [جون كيري](PER:kerry) أمس {row['form']} قرار الرئيس "
              "[باراك أوباما](PER:obama) الأخير.")
    assert labelled_parties(evs) == [("MEET", ["faisal", "kerry"])]


def test_a_partner_after_the_topic_stays_a_party() -> None:
    evs = run("بحث [الأمير فيصل](PER:faisal) بشأن الأزمة مع الوزير [جون كيري](PER:kerry).")
    assert labelled_parties(evs) == [("MEET", ["faisal", "kerry"])]


def test_the_crown_prince_of_an_occasion_is_not_received() -> None:
    evs = run("استقبل الأمير [فيصل بن سلمان](PER:faisal) أمير منطقة المدينة المنورة أهالي المنطقة "
              "بمناسبة صدور الأمر الملكي باختيار الأمير [محمد بن نايف](PER:mbn) وليا للعهد.")
    assert all("mbn" not in e.attrs.participants for e in evs)
