"""An office in construct with a place after a bare noun of its own (وزير [خارجية] السودان, أمير
[منطقة] الجوف): that noun is a word of the office its holder was introduced with, not where the
office ends, so the office said again without the name is his (issue 15, round 35: «خلال لقائه
وزير الخارجية المصري» after «وزير خارجية جمهورية مصر العربية الأستاذ X»); the same office of
another place is not (`coref.TitleIndex.resolve`, dropped)."""

from __future__ import annotations

from tests.test_events_units import run

_BETWEEN = " وتشهد العلاقات بين البلدين تطورا ملحوظا في المجالات كافة. "  # no person: nothing carried


def _parties(evs: list, label: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


def test_a_minister_introduced_in_construct_with_his_state_is_the_office_said_again() -> None:
    evs = run("قال وزير خارجية [السودان](LOC:sudan) [أحمد الطيب](PER:tayeb) إن العلاقات متينة." + _BETWEEN
              + "واجتمع وزير خارجية [السودان](LOC:sudan) مع الشيخ [صباح الخالد](PER:khaled) في "
              "[الكويت](LOC:kuwait).", "2015-08-06")
    assert {"tayeb", "khaled"} in _parties(evs, "MEET")


def test_an_emir_introduced_with_his_region_is_the_office_said_again() -> None:
    evs = run("قال أمير منطقة [الجوف](LOC:jouf) الأمير [فهد بن بدر](PER:fahd) إن المشروعات تسير وفق الخطة."
              + _BETWEEN + "واجتمع أمير منطقة [الجوف](LOC:jouf) مع رئيس الجامعة الدكتور "
              "[إسماعيل البشري](PER:bishri).", "2015-08-06")
    assert {"fahd", "bishri"} in _parties(evs, "MEET")


def test_the_same_office_of_another_state_is_not_his() -> None:
    evs = run("قال وزير خارجية [السودان](LOC:sudan) [أحمد الطيب](PER:tayeb) إن العلاقات متينة." + _BETWEEN
              + "واجتمع وزير خارجية [قطر](LOC:qatar) مع الشيخ [صباح الخالد](PER:khaled) في "
              "[الكويت](LOC:kuwait).", "2015-08-06")
    assert not any("tayeb" in p for p in _parties(evs, "MEET"))


def test_the_same_office_of_another_region_is_not_his() -> None:
    evs = run("قال أمير منطقة [الجوف](LOC:jouf) الأمير [فهد بن بدر](PER:fahd) إن المشروعات تسير وفق الخطة."
              + _BETWEEN + "واجتمع أمير منطقة [تبوك](LOC:tabuk) مع رئيس الجامعة الدكتور "
              "[إسماعيل البشري](PER:bishri).", "2015-08-06")
    assert not any("fahd" in p for p in _parties(evs, "MEET"))
