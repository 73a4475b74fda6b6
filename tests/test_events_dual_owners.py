"""Events (round 38, recall): a meeting noun with the dual possessive («لقائهما», «اجتماعهما») after
two names joined by «و» in its sentence is the meeting of those two (events/dual_owners.py), not a
meeting told before with no parties of its own. Invented sentences."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_a_dual_possessed_meeting_noun_is_the_meeting_of_the_pair_before_it() -> None:
    evs = run("وأكد [نبيل فهمي](PER:fahmy) و[سيرغي لافروف](PER:lavrov) خلال لقائهما في [موسكو](LOC:moscow) "
              "أهمية الحل السياسي.")
    assert labelled_parties(evs) == [("MEET", ["fahmy", "lavrov"])]
    assert evs[0].attrs.place == "moscow"


def test_their_press_conference_after_their_meeting_tells_the_meeting_too() -> None:
    evs = run("وقال [نبيل فهمي](PER:fahmy) و[جون كيري](PER:kerry) في مؤتمر صحفي عقب اجتماعهما إن الحل سياسي.")
    assert ("MEET", ["fahmy", "kerry"]) in labelled_parties(evs)


def test_a_single_possessive_makes_no_meeting_of_the_pair() -> None:
    evs = run("وأشاد [نبيل فهمي](PER:fahmy) بدور [السعودية](LOC:ksa) و[مصر](LOC:egypt) خلال لقائه أمس.")
    assert all(e.label != "MEET" for e in evs)  # «لقائه»: his, the pair is no owner


def test_a_pair_before_another_meeting_trigger_is_not_the_owner() -> None:
    evs = run("واستقبل [نبيل فهمي](PER:fahmy) [جون كيري](PER:kerry) و[سيرغي لافروف](PER:lavrov) "
              "وبحث معهما نتائج اجتماعهما.")
    assert ("MEET", ["kerry", "lavrov"]) not in labelled_parties(evs)  # «بحث» stands between
