"""The object of a visit verb past a visitor with a long title (issue 15, place): a body or place
in the visitor's title before his name (إمام وخطيب المسجد النبوي الشيخ X, مدير فرع وزارة ...
الشيخ X) is part of the subject, a long name does not use up the reach, and a facility noun
opening a construct chain that ends in a location (مقر قيادة قوة جازان) names the site visited,
which lies in that place."""

from __future__ import annotations

from tests.test_events_units import run


def _places(evs: list) -> list[tuple[str, str | None]]:
    return [(e.label, e.attrs.place) for e in evs]


def test_a_site_chain_after_a_visitor_with_a_place_in_his_title() -> None:
    # events-dev: «زار إمام وخطيب المسجد النبوي الشريف الشيخ صلاح بن محمد البدير مقر قيادة قوة جازان»
    evs = run("زار إمام وخطيب [المسجد النبوي](LOC:mosque) الشيخ [صالح بن محمد العلي](PER:ali) "
              "مقر قيادة قوة [جازان](LOC:jazan) [أمس](DATE:2015-08-09).", "2015-08-10")
    assert _places(evs) == [("VISIT", "jazan")]


def test_a_body_in_the_visitors_title_is_no_object() -> None:
    evs = run("زار مدير فرع [وزارة الشؤون الإسلامية](ORG:moia) الشيخ [أحمد الحازمي](PER:hazmi) "
              "مركز قيادة قوة [جازان](LOC:jazan).", "2015-08-01")
    assert _places(evs) == [("VISIT", "jazan")]


def test_a_plain_object_place_still_reads() -> None:
    evs = run("زار وزير الخارجية [لوران فابيوس](PER:fabius) [طهران](LOC:tehran).", "2015-08-01")
    assert _places(evs) == [("VISIT", "tehran")]


def test_a_body_after_the_visitor_is_still_no_place() -> None:
    # «زار مقر الأمم المتحدة»: a body named as the object, no location
    evs = run("زار الوزير [لوران فابيوس](PER:fabius) مقر [الأمم المتحدة](ORG:un).", "2015-08-01")
    assert [p for _, p in _places(evs)] != ["un"]
