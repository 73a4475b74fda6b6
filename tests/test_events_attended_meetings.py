"""Events (round 39, recall): a reception whose guests come «لحضور اجتماعهم ... مع Y» tells two
meetings: the host's with the guests, and the guests' own with Y (events/attended_meetings.py); Y is
no guest of the host's. Invented sentences."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_RECEPTION = ("استقبل [الشيخ صباح الأحمد](PER:sabah) أمير [دولة الكويت](LOC:kuwait) اليوم، وزراء داخلية دول "
              "[مجلس التعاون](ORG:gcc)، لحضور {noun} مع وزير الداخلية الفرنسي [برنار كازنوف](PER:cazeneuve) "
              "المنعقد ب[مدينة الكويت](LOC:kuwait_city).")


def test_the_guests_meeting_with_their_partner_is_told_apart_from_the_reception() -> None:
    evs = run(_RECEPTION.format(noun="اجتماعهم المشترك"))
    assert labelled_parties(evs) == [("MEET", ["sabah", "gcc"]), ("MEET", ["gcc", "cazeneuve"])]
    assert [e.attrs.place for e in evs] == ["kuwait_city", "kuwait_city"]  # received where they meet


def test_a_taking_part_with_the_dual_possessive_is_apart_too() -> None:
    evs = run("استقبل [محمد بن راشد](PER:mbr) في [دبي](LOC:dubai) أمس وفدي [اليابان](LOC:japan)، "
              "للمشاركة في لقائهما مع وزير الطاقة [خالد الفالح](PER:falih).")
    assert ("MEET", ["japan", "falih"]) in labelled_parties(evs)
    assert ("MEET", ["mbr", "japan"]) in labelled_parties(evs)


def test_a_singular_possessive_keeps_one_meeting() -> None:
    evs = run(_RECEPTION.format(noun="اجتماعه"))
    assert [e.attrs.trigger for e in evs] == ["استقبل"]  # «اجتماعه»: no plural owner to tell apart


def test_a_person_last_named_is_no_owner_of_their_meeting() -> None:
    evs = run("استقبل [الشيخ صباح الأحمد](PER:sabah) اليوم الوزير [علي الراشد](PER:rashed)، لحضور "
              "اجتماعهم مع وزير الداخلية الفرنسي [برنار كازنوف](PER:cazeneuve).")
    assert [e.attrs.trigger for e in evs] == ["استقبل"]  # one person is never «هم»
