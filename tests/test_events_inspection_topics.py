"""What a visit goes to see is its topic (issue 15, round 26): after «للوقوف على», «للاطلاع على»
(`event_cues` kind topic_prep) the names are of what is inspected, no visitor or host."""

from __future__ import annotations

import pytest

from tests.test_events_units import labelled_parties, run


@pytest.mark.parametrize("purpose", ["للوقوف على", "للاطلاع على"])
def test_a_name_in_the_inspection_is_no_visitor(purpose: str) -> None:
    src = (f"وقال [اليامي](PER:yami) ان اللجنة استعرضت الترتيب لزيارة [اليمن](LOC:yemen) {purpose} "
           "انتهاكات حقوق الإنسان من جانب القوات الموالية للرئيس السابق [علي عبد الله صالح](PER:saleh).")
    assert all("saleh" not in e.attrs.participants for e in run(src, "2015-08-06T08:00:00"))


def test_the_visitor_before_the_inspection_stays() -> None:
    src = ("زار الوزير [خالد](PER:khalid) [جدة](LOC:jeddah) للاطلاع على مشروعات الأمير "
           "[سلطان](PER:sultan) الخيرية.")
    assert labelled_parties(run(src, "2015-08-06T08:00:00")) == [("VISIT", ["khalid"])]
