"""«كما» before a visit: another stop of the tour, with the visitor told before (issue 15, round 43,
events-dev census: «كما قام بزيارة مركز صحي الباحة رقم 1» after a tour of projects was merged into
the tour and its stop lost). The guide makes each named stop of a tour a VISIT of its own."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(src: str) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in run(src, "2015-08-01") if e.label == "VISIT"]


def test_a_site_visit_after_also_is_a_stop_of_its_own_with_the_visitor_before() -> None:
    assert _visits("وتفقد مدير الشؤون الصحية [سعد الغامدي](PER:g) مشروع المستشفى الجديد. كما قام "
                   "بزيارة [مركز صحي الحوية](ORG:c) والتقى العاملين بالمركز.") \
        == [(["g"], None), (["g"], "c")]


def test_also_right_before_the_visit_verb_names_the_site_it_goes_to() -> None:
    assert _visits("وزار [فهد العتيبي](PER:f) المرضى في المدينة. كما زار [مستشفى الخرج العام](ORG:h).") \
        == [(["f"], None), (["f"], "h")]


def test_without_also_the_site_told_again_is_the_same_visit() -> None:
    assert _visits("وزار [فهد العتيبي](PER:f) [مستشفى الخرج العام](ORG:h). وخلال زيارته "
                   "[مستشفى الخرج العام](ORG:h) التقى المرضى.") == [(["f", "h"], "h")]


def test_a_visit_after_also_with_a_visitor_of_its_own_borrows_none() -> None:
    evs = _visits("وزار فريق [ماكدونالدز](ORG:mc) برفقة [وضاح سالم](PER:w) [مستشفى الملك سلمان](ORG:ks). "
                  "كما زارت [ماكدونالدز](ORG:mc) مستشفيات أخرى في [الشرقية](LOC:e).")
    assert all("w" not in parts for parts, _ in evs)


def test_another_guest_arriving_after_also_is_a_visit_of_his_own() -> None:
    assert _visits("وصل إلى [القاهرة](LOC:cairo) [أمس](DATE:2015-07-31) [سالم المري](PER:sm) على رأس وفد. "
                   "وأشارت المصادر إلى أهمية الزيارة. كما وصل إلى [القاهرة](LOC:cairo) "
                   "[أمس](DATE:2015-07-31) [مايكل فالون](PER:mf) على رأس وفد.") \
        == [(["sm"], "cairo"), (["mf"], "cairo")]
