"""A visit of care is made in the hospital its patients are said to lie in (events/care_places.py)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_WARDS = [r["form"] for r in load_table("event_senses") if r["kind"] == "ward"]


def _places(src: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.label, e.attrs.participants, e.attrs.place) for e in run(src, "2015-08-06")]


def test_the_hospital_the_wounded_are_treated_in_is_the_visits_place() -> None:
    assert _places("زار أمير منطقة الجوف الأمير [فهد بن بدر](PER:fb) عصر اليوم، المصابين من رجال الدفاع "
                   "المدني، الذين يتلقون العلاج في [مستشفى الملك عبدالعزيز](ORG:kah).") \
        == [("VISIT", ["fb"], "kah")]


def test_the_hospital_after_bi_on_its_noun_and_past_the_incidents_region() -> None:
    # the region of the incident told between is not where the visit went
    assert _places("اطمأن نائب وزير الصحة [سعد الحربي](PER:h) أمس على المصابين في حادث الحافلة "
                   "[بمنطقة تبوك](LOC:tabuk)، والمنومين بمستشفى [الملك خالد](ORG:kkh).") \
        == [("VISIT", ["h"], "kkh")]


def test_the_hospital_in_construct_with_the_patients() -> None:
    assert _places("قام محافظ الغاط [سلمان العنزي](PER:a) بزيارة لمرضى [مستشفى الغاط العام](ORG:gh) "
                   "وتهنئتهم بالعيد.") == [("VISIT", ["a"], "gh")]


def test_a_hospital_the_patients_came_from_is_no_place() -> None:
    assert _places("زار محافظ الغاط [سلمان العنزي](PER:a) المرضى المحولين من [مستشفى الغاط العام](ORG:gh) "
                   "أمس.") == [("VISIT", ["a"], None)]


def test_a_hospital_after_another_event_of_the_sentence_is_not_the_visits() -> None:
    assert _places("زار محافظ الغاط [سلمان العنزي](PER:a) المرضى أمس، ثم التقى مدير [مستشفى الغاط العام]"
                   "(ORG:gh) [خالد السبيعي](PER:s).")[0] == ("VISIT", ["a"], None)


def test_a_place_of_the_visits_own_stays() -> None:
    assert _places("زار الأمير [فهد بن بدر](PER:fb) في [سكاكا](LOC:sakaka) المصابين الذين يتلقون العلاج في "
                   "[مستشفى الملك عبدالعزيز](ORG:kah).") == [("VISIT", ["fb"], "sakaka")]


@pytest.mark.parametrize("form", _WARDS)
def test_each_ward_noun_names_the_hospital(form: str) -> None:
    if form.startswith("ال"):  # the name over the definite noun: في [المستشفى العسكري]
        text = f"زار الأمير [فهد بن بدر](PER:fb) المرضى المنومين في [{form} العسكري](ORG:kf) أمس."
    else:  # the name right after the noun with bi: ب{noun} [الملك فهد]
        text = f"زار الأمير [فهد بن بدر](PER:fb) المرضى المنومين ب{form} [الملك فهد](ORG:kf) أمس."
    assert [(e.label, e.attrs.participants[0], e.attrs.place) for e in run(text, "2015-08-06")] \
        == [("VISIT", "fb", "kf")]


def test_the_patients_noun_inside_a_name_is_no_patient() -> None:
    # «لجنة أصدقاء المرضى»: a committee's name, the patients visited come after it
    assert _places("زار محافظ المذنب رئيس [لجنة أصدقاء المرضى](ORG:c) [سليمان التويجري](PER:s)، مرضى "
                   "[مستشفى المذنب العام](ORG:h)، وقدم لهم التهاني.")[0] == ("VISIT", ["s"], "h")
