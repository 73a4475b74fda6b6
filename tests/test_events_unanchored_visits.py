"""A visit that names neither its visitor nor its place, among persons outside the catalogue
named with no office of state, is no event (docs/realtext-annotation.md, Events: events between
named actors; events-dev-fresh2, -fresh12, -fresh16, -fresh17, -fresh20)."""

from __future__ import annotations

from tests.test_events_units import run


def _shape(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


def test_a_patients_visits_to_clinics_are_no_event() -> None:
    assert run("وكان [ماجد العنزي](PER:m) ملازما للفراش لا يقوى على الحركة. زار عدة عيادات متخصصة "
               "قبل أن يجد العلاج.") == []


def test_a_festivals_expected_visitors_are_no_event() -> None:
    assert run("وأكد مدير المهرجان [فهد الدوسري](PER:f) أنه من المتوقع أن يزور المهرجان أكثر من "
               "عشرة آلاف زائر.") == []


def test_the_reader_addressed_is_no_visitor() -> None:
    assert run("وأوضح [ماجد العنزي](PER:m) أنه في أول مرة تزور فيها الموقع تسجل بياناتك.") == []


def test_an_office_of_state_keeps_the_visit() -> None:  # a governor touring a festival
    assert _shape(run("وأكد محافظ الخرج [فهد الدوسري](PER:f) أنه زار المهرجان أمس.")) == [("VISIT", ["f"])]


def test_a_catalogued_actor_keeps_the_visit() -> None:
    evs = run("وكان [باراك أوباما](PER:barack_obama) ملازما للفراش لا يقوى على الحركة. زار عدة عيادات "
              "متخصصة قبل أن يجد العلاج.")
    assert _shape(evs) == [("VISIT", ["barack_obama"])]


def test_a_visit_with_its_place_is_untouched() -> None:
    evs = run("وزار [ماجد العنزي](PER:m) [القاهرة](LOC:c) أمس.")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "c")]


def test_the_speakers_own_visit_is_kept() -> None:  # «أنه زار»: the pronoun is the visitor
    evs = run("وأوضح د. [عسيري الأحوس](PER:a) أنه زار خلال الأيام الماضية عدة مدارس.")
    assert _shape(evs) == [("VISIT", ["a"])]


def test_a_place_named_after_the_verb_keeps_the_visit() -> None:  # where it goes is told
    evs = run("وسيشارك [سالم الحربي](PER:s) في المؤتمر. وسيزور بعد ذلك العاصمة الإثيوبية "
              "[أديس أبابا](LOC:a).")
    assert [e.label for e in evs] == ["VISIT"]
