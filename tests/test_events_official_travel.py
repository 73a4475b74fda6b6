"""Visits of round 33 (events-dev): a verb of travelling (سافر, يسافر, تسافر) followed by إلى and a
named place is a VISIT when an office of state (`official` rows: وزير, أمير, سفير) stands in its
sentence before it or right after it («أعلن وزير الخارجية الفرنسي لوران فابيوس أنه سيسافر إلى
طهران»); without one it is a private journey (the first 3,000 records: «نحو 700 بريطاني سافروا إلى
سوريا», a serial's character «قرر خالد أن يسافر إلى قبرص»). The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_FORMS = [r["form"] for r in load_table("event_senses") if r["kind"] == "official_travel"]


def test_a_minister_travelling_to_a_capital_visits_it() -> None:
    evs = run("وأعلن وزير الخارجية الإيطالي [باولو جنتيلوني](PER:gentiloni) أنه سيسافر إلى [طهران]"
              "(LOC:tehran) الأسبوع المقبل.", published="2015-07-28")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == \
        [("VISIT", ["gentiloni"], "tehran")]


def test_a_private_journey_is_no_visit() -> None:
    assert run("وقرر [خالد](PER:khaled) في الحلقة أن يسافر إلى [قبرص](LOC:cyprus) بحثا عن ابنه.",
               published="2015-07-28") == []
    assert run("ومنهن [سارة](PER:sara) التي سافرت إلى [سوريا](LOC:syria) للانضمام إلى التنظيم.",
               published="2015-07-28") == []


@pytest.mark.parametrize("form", _FORMS)
def test_every_travel_verb_is_a_visit_of_an_office_holder_only(form: str) -> None:
    evs = run(f"وقال السفير [علي عواض](PER:awad) إنه {form} إلى [موسكو](LOC:moscow) غدا.",
              published="2015-07-28")
    assert [e.label for e in evs] == ["VISIT"]
    assert run(f"وقال [علي عواض](PER:awad) إنه {form} إلى [موسكو](LOC:moscow) غدا.",
               published="2015-07-28") == []
