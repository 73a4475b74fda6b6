"""A verb of meeting, agreeing or arriving whose subject is an unnamed group of members or sides
(issue 15, round 42 events-dev errors: «واتفق الأعضاء على النظر في مشروع مسودة», «أن الأطراف التي
وصلت إلى جنيف»): the doers are unnamed and the sentence's other names are not theirs, no event; a
name right after the group («الأعضاء في مجلس الأمن») keeps it. The `event_senses` rows of kind
unnamed_subject, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_GROUPS = [r["form"] for r in load_table("event_senses") if r["kind"] == "unnamed_subject"]


@pytest.mark.parametrize("form", _GROUPS)
def test_an_unnamed_group_after_the_verb_makes_no_agreement(form: str) -> None:
    evs = run(f"وسحب مفاوضو [كوريا الجنوبية](LOC:korea) اعتراضهم في [نيروبي](LOC:nairobi)، واتفق ال{form} "
              "على النظر في مشروع القائمة.")
    assert [label for label, _ in labelled_parties(evs)] == []


def test_an_unnamed_group_before_its_relative_clause_makes_no_visit() -> None:
    evs = run("وقال [غازي القصيبي](PER:ghazi) إن الأطراف التي وصلت إلى [جنيف](LOC:geneva) "
              "تريد أن تسجل نقاطا.")
    assert [label for label, _ in labelled_parties(evs)] == []


def test_a_named_subject_keeps_the_agreement() -> None:
    evs = run("وسحب مفاوضو [كوريا الجنوبية](LOC:korea) اعتراضهم، واتفقت [اليابان](LOC:japan) مع "
              "[الصين](LOC:china) على النظر في مشروع القائمة.")
    assert [label for label, _ in labelled_parties(evs)] == ["AGREE"]


def test_members_of_a_named_body_are_no_unnamed_group() -> None:
    evs = run("واتفق الأعضاء في [مجلس التعاون الخليجي](ORG:gcc) مع [الولايات المتحدة](LOC:united_states) "
              "على تسريع مبيعات الأسلحة.")
    assert [label for label, _ in labelled_parties(evs)] == ["AGREE"]
