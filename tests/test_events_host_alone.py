"""A visit with only its host is none (issue 15, round 26): «استضافت مدينة الملك عبدالعزيز ...
مجموعة من الطلبة» names who receives and no visitor, so no one is known to visit."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_PAGE = "2015-08-06T08:00:00"


def test_a_host_of_unnamed_guests_makes_no_visit() -> None:
    src = ("استضافت [مدينة الملك عبدالعزيز للعلوم والتقنية](ORG:kacst) في [الرياض](LOC:riyadh) على مدى "
           "يومين مجموعة من الطلبة والطالبات من أبناء الجنود.")
    assert [e for e in run(src, _PAGE) if e.label == "VISIT"] == []


def test_a_host_of_a_named_guest_keeps_the_visit() -> None:
    src = "استضافت [جامعة الملك سعود](ORG:ksu) أمس وزير التعليم الأردني [محمد الذنيبات](PER:thneibat)."
    assert labelled_parties(run(src, _PAGE)) == [("VISIT", ["ksu", "thneibat"])]
