"""A meeting's partner named by an office with the pronoun of the state or body just named («واجتماعه
مع رئيسها»: with its president) is one person, not an unnamed group («مع جنود»): the meeting is
kept, its partner the person the sentence names (round 37)."""

from __future__ import annotations

from tests.test_events_units import run

_BEFORE = ("أشاد المجلس بالعلاقات بين [السعودية](LOC:ksa) و[تونس](LOC:tunisia) في عهد الرئيس "
           "[قيس سعيد](PER:saied)، وبنتائج زيارة الوزير [أحمد الهاشمي](PER:hashimi) ل[تونس](LOC:tunisia) ")


def test_a_meeting_with_its_president_is_kept() -> None:
    meet = [e for e in run(_BEFORE + "واجتماعه مع رئيسها.") if e.label == "MEET"]
    assert meet and set(meet[0].attrs.participants) == {"hashimi", "saied"}


def test_a_meeting_with_an_unnamed_group_is_still_none() -> None:
    assert not [e for e in run(_BEFORE + "واجتماعه مع جنود.") if e.label == "MEET"]
