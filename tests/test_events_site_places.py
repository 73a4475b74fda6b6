"""A named site as an event's place (issue 15; guide: an official's tour of a named site is a
VISIT with the site as its place): a body named after a facility noun (بزيارة لمقر مصلحة الجمارك
العامة: the body's seat), a hospital the tagger keeps as an organisation (في مستشفى شقراء العام);
the facility rows that make them, row by row."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import facilities
from marsad.lang.normalize import normalize
from tests.test_events_units import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.label, e.attrs.place) for e in run(text)]


def test_a_visit_to_a_bodys_seat_is_in_that_seat() -> None:
    assert _places("قام وزير الإسكان [ماجد الحقيل](PER:hogail) أمس بزيارة لمقر [مصلحة الجمارك "
                   "العامة](ORG:customs)، يرافقه المستشار.") == [("VISIT", "customs")]


def test_a_meeting_in_a_bodys_seat_is_there() -> None:
    assert _places("التقى [محمد الهلال](PER:hilal) [علي الحربي](PER:ali) في مقر [مصلحة الجمارك "
                   "العامة](ORG:customs) أمس.") == [("MEET", "customs")]


def test_a_visit_in_a_hospital_named_as_a_body_is_there() -> None:
    assert _places("قام محافظ شقراء [محمد الهلال](PER:hilal) بزيارة معايدة للمرضى المنومين في "
                   "[مستشفى شقراء العام](ORG:hospital)، حيث نظمت اللجنة برنامجا.") == [("VISIT", "hospital")]


def test_a_body_after_with_is_a_party_not_a_place() -> None:
    evs = run("وقع [محمد الهلال](PER:hilal) اتفاقية مع [مصلحة الجمارك العامة](ORG:customs) أمس.")
    assert [(e.label, e.attrs.place, "customs" in e.attrs.participants) for e in evs] == \
        [("AGREE", None, True)]


def test_a_body_with_no_facility_noun_before_it_is_no_place() -> None:
    assert _places("قام [ماجد الحقيل](PER:hogail) أمس بزيارة [مصلحة الجمارك العامة](ORG:customs) "
                   "للاطلاع على أعمالها.") == [("VISIT", None)]


@pytest.mark.parametrize("form", ["مستشفى", "مستوصف"])
def test_a_hospital_noun_is_a_facility(form: str) -> None:
    assert normalize(form) in facilities()
    assert "ال" + normalize(form) in facilities()


def test_a_meeting_in_a_bodys_seat_in_a_city_is_in_the_city() -> None:
    assert _places("استقبل [ماجد الحقيل](PER:hogail) الوزير [مفرج الحقباني](PER:haqbani) أمس في مقر "
                   "[وزارة الإسكان](ORG:housing) [بالرياض](LOC:riyadh).") == [("MEET", "riyadh")]


def test_a_visit_in_a_bodys_seat_in_a_city_is_in_the_seat() -> None:
    assert _places("قام [عبدالله بن مساعد](PER:abdullah) أمس بزيارة لمقر [الهيئة العامة للرياضة](ORG:gsa) "
                   "[بالرياض](LOC:riyadh).") == [("VISIT", "gsa")]


def test_a_body_whose_site_is_visited_stays_a_party() -> None:
    evs = run("وقف فريق من [الجمعية الوطنية لحقوق الإنسان](ORG:nshr) في زيارة إلى [مستشفى أبها العام]"
              "(ORG:hospital) على الإجراءات المتبعة.")
    assert [(e.label, e.attrs.place, sorted(e.attrs.participants)) for e in evs] == \
        [("VISIT", "hospital", ["hospital", "nshr"])]


@pytest.mark.parametrize("form", ["محكمة", "محاكم", "مستشفيات", "مدارس"])
def test_a_court_or_a_plural_of_sites_is_a_facility(form: str) -> None:
    assert normalize(form) in facilities()


def test_a_tour_of_a_citys_courts_is_in_that_city() -> None:
    # round 35: «أثناء زيارته لمحاكم مكة المكرمة»: the courts' city is where the visit went
    evs = run("وفوجئ وزير العدل [خالد العمري](PER:k) بتغيب عدد من القضاة أثناء زيارته لمحاكم "
              "[مكة المكرمة](LOC:mecca).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "mecca")]
