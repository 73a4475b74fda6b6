"""A visit noun followed by the lam of whom it goes to (issue 15, round 25): «قام X بزيارة لمشغل
المعدات Y» is X's visit to Y, not Y's visit; the noun names its own visitor only without it
(«زيارة فابيوس إلى طهران»)."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(text: str) -> list:
    return [e for e in run(text) if e.label == "VISIT"]


def test_the_one_after_the_lam_is_visited_and_the_subject_visits() -> None:
    visit = _visits("وكان المدير التنفيذي [سالم العمري](PER:omari) قد قام بزيارة لمشغل المعدات بالشركة "
                    "[خالد الحربي](PER:harbi) الذي يتلقى العلاج في [جدة](LOC:jeddah).")
    assert visit and set(visit[0].attrs.participants) == {"omari", "harbi"}
    assert visit[0].attrs.roles.get("omari") == "guest"


def test_a_visit_noun_names_its_visitor_without_the_lam_or_before_a_goal() -> None:
    visit = _visits("وقال [سالم العمري](PER:omari) إن زيارة الوزير [خالد الحربي](PER:harbi) إلى "
                    "[جدة](LOC:jeddah) ناجحة.")
    assert visit and visit[0].attrs.participants == ["harbi"]
    # «زيارة للرئيس X إلى عدن»: the lam of the visit's owner before its goal, X visits
    visit = _visits("وقال [سالم العمري](PER:omari) إن زيارة للوزير [خالد الحربي](PER:harbi) إلى "
                    "[جدة](LOC:jeddah) مرتقبة.")
    assert visit and visit[0].attrs.participants == ["harbi"]
