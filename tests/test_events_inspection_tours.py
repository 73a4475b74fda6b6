"""An inspection tour («جولة تفقدية», «جولة ميدانية») is a VISIT without a verb of containing after
it (round 41, events-dev 14787 and 6467: «قام مدير عام حرس الحدود ... بجولة تفقدية على قطاعات ...»);
a bare «جولة» still needs one (a round of talks or of a league is no visit)."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(text: str) -> list[tuple[list[str], str | None]]:
    return [(list(e.attrs.participants), e.attrs.place) for e in run(text) if e.label == "VISIT"]


def test_an_inspection_tour_is_a_visit() -> None:
    assert _visits("قام وزير النقل [سامي العتيبي](PER:s) بجولة تفقدية على مشروعات الطرق في "
                   "[منطقة الرياض](LOC:r).") == [(["s"], "r")]


def test_a_field_tour_with_its_owner_pronoun_is_a_visit() -> None:
    assert _visits("اطلع المحافظ [خالد المنصور](PER:k) خلال جولته الميدانية ل[ميناء الدمام](LOC:d) "
                   "على أعمال التطوير.") == [(["k"], "d")]


def test_a_bare_tour_noun_without_stops_is_no_visit() -> None:
    assert _visits("وقال [سامي العتيبي](PER:s) إن جولة جديدة من المفاوضات ستعقد في [الدوحة](LOC:d).") == []
