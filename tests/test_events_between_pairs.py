"""The list after «بين» ends at another «بين» (issue 15, round 26): «اللقاء بين الطرفين وأنه تم بحث
العلاقات بين المملكة ومصر» names the meeting's sides elsewhere; the second pair is what they
discussed, no party of the meeting."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_PAGE = "2015-07-24T08:00:00"


def test_a_second_between_opens_another_pair() -> None:
    src = ("تحدث وزير الخارجية [عادل الجبير](PER:jubeir) خلال مؤتمر صحفي مع وزير الخارجية المصري "
           "[سامح شكري](PER:shoukry) عن اللقاء بين الطرفين وأنه تم بحث العلاقات التاريخية بين "
           "[المملكة العربية السعودية](LOC:saudi_arabia) و[مصر](LOC:egypt).")
    meetings = [p for p in labelled_parties(run(src, _PAGE)) if p[0] == "MEET"]
    assert meetings == [("MEET", ["jubeir", "shoukry"])]


def test_the_list_right_after_between_stays() -> None:
    src = "وتناول [الجبير](PER:jubeir) الاتفاق النووي بين [إيران](LOC:iran) و[مجموعة 5+1](ORG:p5)."
    assert labelled_parties(run(src, _PAGE)) == [("AGREE", ["iran", "p5"])]
