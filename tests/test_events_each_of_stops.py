"""A visit whose object is a list opened by «كل من» (`event_cues.tsv` kind each_of) goes to the
list's first place, its other places further stops (round 36): «بزيارة كل من قطر وعمان وربما دول
أخرى في الخليج» is a visit to Qatar and one to Oman, not one to the Gulf named last."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_FORMS = [r["form"] for r in load_table("event_cues") if r["kind"] == "each_of"]


def _visits(src: str) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in run(src) if e.label == "VISIT"]


@pytest.mark.parametrize("form", _FORMS)
def test_a_visit_noun_goes_to_each_place_of_its_list(form: str) -> None:
    src = (f"وبدأ وزير الخارجية [عادل الجبير](PER:jubeir) [أمس](DATE:2015-08-04) زيارة {form} "
           "[الكويت](LOC:kuwait) و[البحرين](LOC:bahrain) ضمن جولة في [الخليج](LOC:gulf).")
    assert _visits(src) == [(["jubeir"], "kuwait"), (["jubeir"], "bahrain")]


@pytest.mark.parametrize("form", _FORMS)
def test_a_visit_verb_goes_to_each_place_of_its_list(form: str) -> None:
    src = (f"زار وزير التعليم [عزام الدخيل](PER:dakheel) [أمس](DATE:2015-08-04) {form} "
           "[نجران](LOC:najran) و[عسير](LOC:asir).")
    assert _visits(src) == [(["dakheel"], "najran"), (["dakheel"], "asir")]


def test_without_the_list_opener_the_place_after_fi_stands() -> None:
    # no «كل من»: a place the visit noun does not govern, the one after في is where it was
    src = ("وبدأ وزير الخارجية [عادل الجبير](PER:jubeir) [أمس](DATE:2015-08-04) زيارة رسمية "
           "في [الكويت](LOC:kuwait).")
    assert _visits(src) == [(["jubeir"], "kuwait")]


def test_a_list_after_kull_min_that_is_no_visits_object_is_no_stop() -> None:
    # «كل من» after another word than the trigger: the partners of the talks, no places visited
    src = ("وصل الرئيس [عبدالفتاح السيسي](PER:sisi) [أمس](DATE:2015-08-04) إلى [الرياض](LOC:riyadh) "
           "حيث بحث مع كل من [الأمير محمد بن نايف](PER:mbn) و[الأمير محمد بن سلمان](PER:mbs) العلاقات.")
    assert [pl for _, pl in _visits(src)] == ["riyadh"]
