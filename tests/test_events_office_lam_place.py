"""A state after an office word with the lam («كرئيس للولايات المتحدة», «سفيرا لبلاده») is the
office's, no place a visit goes to (issue 15, round 45): «التي سيقوم بأول زيارة لها كرئيس
للولايات المتحدة» is his visit to the country told before, and the same visit told again
(«زيارته لكينيا») is no second one."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(text: str) -> list:
    return [e for e in run(text) if e.label == "VISIT"]


def test_a_state_after_an_office_with_the_lam_is_no_place() -> None:
    visit = _visits("وبدأ [باراك أوباما](PER:obama) أمس زيارة لها كرئيس [للولايات المتحدة](LOC:usa).")
    assert visit and visit[0].attrs.place != "usa"


def test_a_state_after_the_lam_with_no_office_before_it_stays_the_place() -> None:
    visit = _visits("وبدأ [باراك أوباما](PER:obama) أمس زيارة [للولايات المتحدة](LOC:usa).")
    assert visit and visit[0].attrs.place == "usa"


def test_the_visit_told_again_to_its_country_is_one_visit() -> None:
    visit = _visits("وبدأ [باراك أوباما](PER:obama) أمس زيارة لها كرئيس [للولايات المتحدة](LOC:usa). "
                    "وقال متحدث إن [أوباما](PER:obama) لن يغير برنامج زيارته [لكينيا](LOC:kenya).")
    assert len(visit) == 1 and visit[0].attrs.participants == ["obama"]
