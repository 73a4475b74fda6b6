"""A counterpart named by office alone («مع نظيره الكيني») is the person the article names
right after the same counterpart phrase elsewhere («نظيره الكيني اوهورو كينياتا»), one
`event_cues.tsv` counterpart row at a time (issue 15, events35: too few parties)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_FORMS = [r["form"] for r in load_table("event_cues") if r["kind"] == "counterpart"]


_FILLER = ("وتشهد البلاد إجراءات أمنية مشددة. وتعاني المنطقة من الجفاف. وارتفعت الأسعار هذا العام. "
           "وتراجعت الصادرات. ")


def _of(evs: list, label: str) -> list[list[str]]:
    return [e.attrs.participants for e in evs if e.label == label]


@pytest.mark.parametrize("form", _FORMS)
def test_an_unnamed_counterpart_is_the_one_named_so_before(form: str) -> None:
    evs = run(f"وصل الرئيس [باراك أوباما](PER:obama) إلى [كينيا](LOC:kenya)، وعانق {form} الكيني "
              "[اوهورو كينياتا](PER:kenyatta) في المطار. " + _FILLER
              + "ويعقد [أوباما](PER:obama) غدا محادثات مع نظيره الكيني حول القضايا الأمنية.")
    assert ["obama", "kenyatta"] in _of(evs, "MEET")


def test_a_counterpart_named_later_is_found_too() -> None:
    evs = run("وبحث [أوباما](PER:obama) هاتفيا مع نظيره الكيني القضايا الأمنية. وكان "
              "[أوباما](PER:obama) قد التقى نظيره الكيني [اوهورو كينياتا](PER:kenyatta) في نيروبي.")
    assert any(set(p) == {"obama", "kenyatta"} for p in _of(evs, "CALL") + _of(evs, "MEET"))


def test_an_office_with_the_adjective_does_not_name_the_counterpart() -> None:
    evs = run("يزور وزير الخارجية الفرنسي [لوران فابيوس](PER:fabius) [طهران](LOC:tehran) الأربعاء. وأجرى "
              "الرئيس [حسن روحاني](PER:rouhani) اتصالا هاتفيا مع نظيره الفرنسي أمس.")
    assert not any("fabius" in p for p in _of(evs, "CALL"))


def test_two_persons_named_as_that_counterpart_name_none() -> None:
    evs = run("والتقى [كيري](PER:kerry) نظيره الروسي [سيرغي لافروف](PER:lavrov) في الدوحة. ثم التقى "
              "[أوباما](PER:obama) نظيره الروسي [فلاديمير بوتين](PER:putin). ويجري [جونسون](PER:johnson) "
              "غدا محادثات مع نظيره الروسي.")
    assert not any("johnson" in p and len(p) > 1 for p in _of(evs, "MEET"))


def test_a_counterpart_joined_to_the_partners_leaves_the_dropped_subject_its_owner() -> None:
    # «وسيلتقي أيضًا X ونظيره Y»: X and Y are met; the subject named before owns «ـه»
    evs = run("كما سيلتقي [كارتر](PER:carter) جنودا أميركيين في [العراق](LOC:iraq). وسيلتقي أيضًا "
              "[حيدر العبادي](PER:abadi) رئيس الوزراء ونظيره [خالد العبيدي](PER:obaidi).")
    assert ["carter", "abadi", "obaidi"] in _of(evs, "MEET")


def test_a_counterpart_after_the_verb_with_no_one_between_is_the_speakers() -> None:
    evs = run("وقال [كيري](PER:kerry) إنه لا حل عسكريا في سورية، مؤكدا أن [بشار الأسد](PER:assad) فقد "
              "الشرعية، مشيرا إلى أنه سيبحث الوضع السوري مع نظيريه الروسي [سيرجي لافروف](PER:lavrov) "
              "والسعودي [عادل الجبير](PER:jubeir).")
    meets = _of(evs, "MEET")
    assert any(set(p) == {"kerry", "lavrov", "jubeir"} for p in meets)


def test_a_counterpart_right_after_its_named_owner_adds_no_one() -> None:
    evs = run("وصل [أوباما](PER:obama) إلى [كينيا](LOC:kenya). والتقى [كيري](PER:kerry) نظيره الكيني "
              "[أمينة محمد](PER:amina) في نيروبي.")
    assert ["kerry", "amina"] in _of(evs, "MEET")
