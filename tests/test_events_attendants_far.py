"""An attendee named after «بحضور» past a long office is no party («بحضور مساعد الأمين لتقنية
المعلومات المهندس X»), while an event trigger between «بحضور» and a name gives the name its own
clause: «وبحضور عدد من المسؤولين وقع الوزير X اتفاقية»: X signs."""

from __future__ import annotations

from tests.test_events_units import run


def _parties(evs: list, label: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


def test_an_attendee_past_a_long_office_is_no_party() -> None:
    evs = run("التقى أمين المنطقة المهندس [سالم الحربي](PER:harbi) بعضو فريق الوزارة الدكتور "
              "[فهد العتيبي](PER:otaibi) بحضور مساعد الأمين لتقنية المعلومات المهندس "
              "[ماجد القحطاني](PER:qahtani)، لبحث التعاون.")
    assert _parties(evs, "MEET") == [{"harbi", "otaibi"}]


def test_a_trigger_after_the_attendance_word_opens_the_signers_clause() -> None:
    evs = run("وبحضور المسؤولين وقع الوزير [فهد العتيبي](PER:otaibi) اتفاقية مع شركة [المراعي](ORG:almarai).")
    assert {"otaibi", "almarai"} in _parties(evs, "AGREE")
