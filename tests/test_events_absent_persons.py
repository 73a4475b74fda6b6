"""A person named between a word of absence and «عن» right before an event noun was kept out of
that event (round 36, `event_senses` kind absence, `events/non_parties.py`): «بعد أن وقع تغييب وزير
الخارجية X عن زيارات الرئيس إلى فرنسا» is no visit of X's."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_FORMS = [r["form"] for r in load_table("event_senses") if r["kind"] == "absence"]


@pytest.mark.parametrize("form", ["تغييب", "غياب"])
def test_who_is_kept_out_of_the_visits_is_no_visitor(form: str) -> None:
    assert form in _FORMS
    src = (f"وجاء القرار بعد أن وقع {form} وزير الخارجية [سامي الحسن](PER:hasan) عن زيارات رئيس الدولة "
           "إلى [فرنسا](LOC:france) و[إيطاليا](LOC:italy).")
    assert all("hasan" not in parts for _, parts in labelled_parties(run(src)))


def test_without_the_word_of_absence_he_is_the_visitor() -> None:
    src = "وجاء القرار بعد زيارة وزير الخارجية [سامي الحسن](PER:hasan) إلى [فرنسا](LOC:france)."
    assert labelled_parties(run(src)) == [("VISIT", ["hasan"])]


def test_an_absence_from_one_meeting_leaves_the_parties_of_another() -> None:
    # the absence governs «عن» before another noun: the meeting after it keeps its parties
    src = ("وغاب الوزير [سامي الحسن](PER:hasan) عن الحفل، واجتمع [أمس](DATE:2015-07-29) مع الرئيس "
           "[أحمد علي](PER:ali) في [الرياض](LOC:riyadh).")
    assert labelled_parties(run(src)) == [("MEET", ["hasan", "ali"])]
