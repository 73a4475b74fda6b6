"""A state named by its capital's name too stays a party (issue 15): «عقد في العاصمة الجزائر الاجتماع
... لاتفاقية التعاون الموقعة بين المملكة العربية السعودية والجمهورية الجزائرية» (one entity for the
city and the state): the place steps back from the parties only where the span names it as a place
alone; a city named once as the place still steps back."""

from __future__ import annotations

from marsad.events.place_scales import states
from tests.test_events_units import run


def test_a_state_named_again_apart_from_the_place_stays_a_party() -> None:
    assert "algeria" in states()
    evs = run("عقد في العاصمة [الجزائر](LOC:algeria) [أمس](DATE:2015-08-05) الاجتماع الثالث للجنة متابعة "
              "اتفاقية التعاون الموقعة بين [المملكة العربية السعودية](LOC:saudi_arabia) و"
              "[الجمهورية الجزائرية](LOC:algeria).", "2015-08-06")
    agree = [e for e in evs if e.label == "AGREE"]
    assert agree and set(agree[0].attrs.participants) >= {"saudi_arabia", "algeria"}


def test_a_place_named_once_is_no_party() -> None:
    evs = run("وقع وزير الخارجية [عادل الجبير](PER:jubeir) ونظيره [سيرغي لافروف](PER:lavrov) اتفاقية "
              "في [موسكو](LOC:moscow) [أمس](DATE:2015-08-10).", "2015-08-11")
    agree = [e for e in evs if e.label == "AGREE"]
    assert agree and agree[0].attrs.place == "moscow" and "moscow" not in agree[0].attrs.participants
