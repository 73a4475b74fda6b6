"""«قريبا», «لاحقا» and «في وقت لاحق» after an imperfect or noun trigger tell a time to come
(issue 15, round 35 fresh-text audit: «عندما يزور وزير الدفاع X إسرائيل قريبا», «وزيارة X في وقت
لاحق هذا الشهر ستكون الرابعة له إلى أفريقيا» read as made)."""

from __future__ import annotations

from tests.test_events_units import run


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.attrs.status) for e in run(text)]


def test_a_visit_soon_is_planned() -> None:
    assert _statuses("وقال إن الملف سيبحث عندما يزور الوزير [سامي العتيبي](PER:s) [عمان](LOC:a) "
                     "قريبا.") == [("VISIT", "planned")]


def test_a_visit_later_this_month_is_planned() -> None:
    assert _statuses("وزيارة الرئيس [سامي العتيبي](PER:s) في وقت لاحق هذا الشهر ستكون الثالثة له إلى "
                     "[كينيا](LOC:k).") == [("VISIT", "planned")]


def test_a_perfect_verb_told_later_was_made() -> None:
    assert _statuses("وزار الوزير [سامي العتيبي](PER:s) [عمان](LOC:a) لاحقا.") == [("VISIT", "happened")]
