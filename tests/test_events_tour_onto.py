"""A bare tour noun is a visit when «على» and the site toured follow it («قام الوزير بجولة على
مستشفى X», event_triggers row جولة, needs على): a tour of inspection; with neither a verb of
containing nor «على» («الجولة الثانية من المحادثات») the noun stays no visit."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_a_tour_onto_a_named_hospital_is_a_visit_of_its_maker() -> None:
    src = ("وقام وزير الصحة [فهد العمري](PER:fahd) أمس بجولة على [مستشفى الخرج العام](ORG:kharj) "
           "حيث اطلع على أقسام الطوارئ.")
    assert ("VISIT", ["fahd"]) in labelled_parties(run(src, published="2015-08-04"))


def test_a_round_of_talks_is_no_tour() -> None:
    src = ("وانطلقت أمس الجولة الثانية من المحادثات بين [إيران](LOC:iran) و[الاتحاد الأوروبي](ORG:eu) "
           "في [جنيف](LOC:geneva).")
    assert [label for label, _ in labelled_parties(run(src, published="2015-08-04"))] == ["MEET"]


def test_a_tour_of_a_match_day_is_no_visit() -> None:
    # the sports round «الجولة» before «على ملعب»: no one named tours anything
    src = "وحصل اللاعب [فهد العمري](PER:fahd) على جائزة الجولة على ملعب [الملك فهد](LOC:kf)."
    assert labelled_parties(run(src, published="2015-08-04")) == []
