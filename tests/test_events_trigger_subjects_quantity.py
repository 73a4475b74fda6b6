"""A phrase of quantity in the nominative right after a verb trigger is its own unnamed subject
(issue 15, round 35 fresh-text audit: «وقد زار عدد من الأساتذة والقضاة ... الجامعة الهندية» took
for its visitor a name from the sentence before). The `event_senses` rows of kind quantity_subject,
row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r["form"] for r in load_table("event_senses") if r["kind"] == "quantity_subject"]


@pytest.mark.parametrize("form", _ROWS)
def test_an_unnamed_group_visiting_carries_no_person_named_before(form: str) -> None:
    evs = run(f"وقد ذهب الدكتور [سامي العتيبي](PER:s) إلى جامعة [أكسفورد](ORG:o). وقد زار {form} "
              "الأساتذة الجامعة الأهلية.")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == []


def test_a_group_received_is_an_object_and_the_subject_is_carried() -> None:
    evs = run("وصل الدكتور [سامي العتيبي](PER:s) إلى [جدة](LOC:j). واستقبل عددا من المسؤولين في مكتبه.")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == [["s"]]
