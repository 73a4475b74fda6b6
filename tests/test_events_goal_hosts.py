"""A body a visit goes to hosts it (`visit_parties.goal_hosts`, «بزيارة إلى جامعة الملك سعود»), but only
at the visit's first goal: a later «إلى» belongs to another phrase, such as the addressee of a letter
the visitor carried (round 49, the 3,000-record run: «خلال زيارته إلى الولايات المتحدة ... رسالة من
الرئيس باراك أوباما إلى القيادة الإيرانية»)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_DAY = "2015-08-06"


def test_a_body_at_the_visits_goal_hosts_it() -> None:
    evs = run("قام وزير الصحة [خالد الفالح](PER:falih) بزيارة إلى [جامعة الملك سعود](ORG:ksu) أمس.", _DAY)
    assert ("VISIT", ["falih", "ksu"]) in labelled_parties(evs)


def test_the_addressee_of_a_letter_after_the_goal_hosts_nothing() -> None:
    evs = run("وكان رئيس الوزراء [حيدر العبادي](PER:abadi) قد حمل خلال زيارته إلى "
              "[الولايات المتحدة](LOC:us) الشهر الماضي رسالة من الرئيس [باراك أوباما](PER:obama) إلى "
              "[وزارة الخارجية الإيرانية](ORG:iran_mfa).", _DAY)
    assert labelled_parties(evs) == [("VISIT", ["abadi"])]
