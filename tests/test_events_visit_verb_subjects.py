"""Visit verbs with a subject of their own (round 36, `events.visit_nouns.verb_visitor`): two verbs of
visiting in one sentence, each with its own named subject beside it, are two visits, each with its own
visitor and place («يذكر أن X زار مصر ...، وزار Y روسيا»); before, the second verb's subject joined the first
visit as a party and the second visit was lost (events-dev-fresh23 line 25951)."""

from __future__ import annotations

from marsad.model import EventAttrs, Span
from tests.test_events_units import run


def _visits(evs: list[Span[EventAttrs]]) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in evs if e.label == "VISIT"]


def test_two_visit_verbs_with_their_own_subjects_are_two_visits() -> None:
    evs = run("يذكر أن [سلطان](PER:sultan) زار [مصر](LOC:egypt) في شهر فبراير الماضي في أول زيارة من نوعها، "
              "وزار [ماجد](PER:majid) [تونس](LOC:tunisia) في شهر مايو الماضي.")
    assert _visits(evs) == [(["sultan"], "egypt"), (["majid"], "tunisia")]


def test_the_second_subject_may_follow_its_titles() -> None:
    evs = run("زار الأمير [فهد](PER:fahd) [الأردن](LOC:jordan) أمس، وزار وزير الخارجية اليمني "
              "[صالح](PER:saleh) [الكويت](LOC:kuwait).")
    assert _visits(evs) == [(["fahd"], "jordan"), (["saleh"], "kuwait")]


def test_a_site_named_after_a_person_is_no_visitor_of_its_own() -> None:
    # «مدارس X»: the schools are what is visited; the verb names no subject of its own
    evs = run("زار الأمير [فهد](PER:fahd) [الرياض](LOC:riyadh) أمس، كما زار مدارس "
              "[عمر بن الخطاب](PER:omar) في حي الملز.")
    assert len(_visits(evs)) == 1 and _visits(evs)[0][0][0] == "fahd"


def test_a_second_verb_with_no_subject_of_its_own_stays_with_the_first_visitor() -> None:
    evs = run("زار الوزير [فهد](PER:fahd) [الأردن](LOC:jordan) أمس، وزار بعدها [الكويت](LOC:kuwait).")
    assert {p for parts, _ in _visits(evs) for p in parts} == {"fahd"}


def test_a_visit_verb_after_a_subordinator_is_a_visit_of_its_own() -> None:
    # round 42 (events-dev 17804): «، بينما وصل X ...» opens a clause of its own, whose subject
    # (here past a comma and his titles) is another visitor, not a second one of the first visit
    text = ("وزار [جابرييل](PER:gabriel) [طهران](LOC:tehran) قبل أسبوع، {} وصل وزير الخارجية الفرنسي، "
            "[لوران فابيوس](PER:fabius)، إلى [طهران](LOC:tehran) أمس.")
    evs = run(text.format("بينما"), published="2015-07-30")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["gabriel"]), ("VISIT", ["fabius"])]
