"""A meeting with a state's unnamed officials told just before the meeting with its named ones is
one happening (`events/officials_met.py`): «يلتقي مسؤولين مصريين ... ثم يلتقي X الرئيس Y»."""

from __future__ import annotations

from marsad.lang.person_states import person_states
from tests.test_events_units import run

_TOLD = ("يصل وزير الخارجية الألماني [فرانك شتاينماير](PER:steinmeier) [اليوم](DATE:2015-08-10) إلى "
         "[القاهرة](LOC:cairo) حيث يلتقي مسؤولين مصريين لبحث الأوضاع في المنطقة. ومن المنتظر أن يلتقي "
         "[شتاينماير](PER:steinmeier) الرئيس [عبد الفتاح السيسي](PER:abdel_fattah_el_sisi) ووزير الخارجية "
         "[سامح شكري](PER:shoukry).")


def test_the_officials_meeting_folds_into_the_named_one() -> None:
    assert person_states().get("abdel_fattah_el_sisi") == "egypt"
    meets = [e for e in run(_TOLD, "2015-08-10") if e.label == "MEET"]
    assert len(meets) == 1
    assert meets[0].attrs.participants[0] == "steinmeier"
    assert {"abdel_fattah_el_sisi", "shoukry"} <= set(meets[0].attrs.participants)
    assert "egypt" not in meets[0].attrs.participants
    assert meets[0].attrs.place == "cairo" and meets[0].attrs.date == "2015-08-10"


def test_officials_of_a_state_no_named_partner_belongs_to_stay_apart() -> None:
    meets = [e for e in run(_TOLD.replace("مسؤولين مصريين", "مسؤولين أردنيين"), "2015-08-10")
             if e.label == "MEET"]
    assert any("jordan" in e.attrs.participants for e in meets)
    assert len(meets) == 2


def test_officials_met_after_the_named_meeting_stay_apart() -> None:
    evs = run("التقى وزير الخارجية الألماني [فرانك شتاينماير](PER:steinmeier) [أمس](DATE:2015-08-09) الرئيس "
              "[عبد الفتاح السيسي](PER:abdel_fattah_el_sisi) في [القاهرة](LOC:cairo). "
              "وكان [شتاينماير](PER:steinmeier) قد التقى مسؤولين مصريين في [برلين](LOC:berlin) الشهر الماضي.",
              "2015-08-10")
    meets = [e for e in evs if e.label == "MEET"]
    assert len(meets) == 2 and any("egypt" in e.attrs.participants for e in meets)


def test_a_named_meeting_elsewhere_is_another_happening() -> None:
    evs = run("يزور وزير الخارجية الألماني [فرانك شتاينماير](PER:steinmeier) [القاهرة](LOC:cairo) "
              "[غدا](DATE:2015-08-11) حيث يلتقي مسؤولين مصريين. وكان [شتاينماير](PER:steinmeier) قد التقى "
              "وزير الخارجية [سامح شكري](PER:shoukry) والرئيس [عبد الفتاح السيسي](PER:abdel_fattah_el_sisi) "
              "في [برلين](LOC:berlin).", "2015-08-10")
    meets = [e for e in evs if e.label == "MEET"]
    assert len(meets) == 2 and any("egypt" in e.attrs.participants for e in meets)
