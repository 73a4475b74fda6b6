"""Event recall on events-dev (issue 15, round 28): a visit noun's lam of whom it goes to may
follow words describing the visit («بزيارة سلام ومعايدة للشيخ X»): X is the one visited, not the
visitor."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(evs: list) -> list:
    return [e for e in evs if e.label == "VISIT"]


def test_the_lam_of_whom_a_visit_goes_to_may_follow_words_of_the_visit() -> None:
    evs = run("قام محافظ شقراء [محمد الهلال](PER:hilal) بزيارة سلام ومعايدة للشيخ [محمد المانع](PER:mani) "
              "في منزله.")
    visit = _visits(evs)
    assert visit and {"hilal", "mani"} <= set(visit[0].attrs.participants)
    assert visit[0].attrs.roles.get("hilal") == "guest"
