"""The subject of a verb of asking or accusing put before it speaks, not the one asked named right
after the verb (issue 15, round 38): «وكان [X] قد طالب [الحكومة] بـ…», «إلا أن [الهيئة] طالبت
المواطن بـ…», on invented sentences."""

from __future__ import annotations

import pytest

from marsad.events.speaker_asking import asks_first
from marsad.events.words import words_of
from tests.test_quotes_units import run


def test_a_demand_after_kana_qad_is_the_fronted_subject_s() -> None:
    got = run("وكان [خالد المنصور](PER:khalid) قد طالب [وزارة النقل](ORG:mot) بإعادة النظر في "
              "رسوم الطرق السريعة بين المدن.")
    assert [(t, s) for _, t, s in got] == [("بإعادة النظر في رسوم الطرق السريعة بين المدن", "khalid")]


def test_a_demand_after_a_complementizer_is_the_body_s_not_the_person_asked() -> None:
    got = run("إلا أن [هيئة الإسكان](ORG:housing) طالبت [سعيد الزهراني](PER:saeed) بتقديم "
              "المستندات المطلوبة خلال شهر.")
    assert [s for _, _, s in got] == ["housing"]


def test_a_call_in_marks_after_kana_qad_is_the_caller_s() -> None:
    got = run("وكانت [نقابة المعلمين](ORG:union) قد دعت [وزارة التعليم](ORG:moe) إلى «زيادة "
              "الرواتب قبل بداية العام الدراسي».")
    assert [s for _, _, s in got] == ["union"]


def test_the_verb_first_keeps_its_subject_after_it() -> None:
    got = run("وطالب [خالد المنصور](PER:khalid) [وزارة النقل](ORG:mot) بإعادة النظر في رسوم "
              "الطرق السريعة بين المدن.")
    assert [s for _, _, s in got] == ["khalid"]


def test_a_name_a_preposition_governs_before_the_verb_is_no_subject() -> None:
    # «أمام X»: X heard the speech; the name after the verb is still read as before
    got = run("وفي كلمته أمام [خالد المنصور](PER:khalid) طالب [وزير النقل](PER:minister) بإعادة "
              "النظر في رسوم الطرق السريعة بين المدن.")
    assert [s for _, _, s in got] == ["minister"]


def test_a_pause_between_the_name_and_the_verb_leaves_the_reading_as_it_was() -> None:
    got = run("وأكد [خالد المنصور](PER:khalid) أن الطرق آمنة. وأضاف أن [هيئة الطرق](ORG:roads)، طالبت "
              "[وزارة النقل](ORG:mot) بإعادة النظر في الرسوم.")
    assert got[-1][2] != "roads"


@pytest.mark.parametrize(("text", "expected"), [
    ("طالب الحكومة", True), ("اتهمت الحكومة", True), ("دعا الحكومة", True), ("حث الحكومة", True),
    ("قال الوزير", False), ("أشار الوزير", False),
])
def test_which_verbs_name_the_one_asked_first(text: str, expected: bool) -> None:
    assert asks_first(words_of(text), 0) is expected


def test_a_body_named_right_after_a_verb_of_accusing_speaks_not_the_accused() -> None:
    got = run("واتهمت [لجنة التوحيد](ORG:committee) [سالم العلي](PER:salem) بأنه وراء الأزمة.")
    assert [s for _, _, s in got] == ["committee"]


def test_a_body_s_noun_right_after_the_verb_is_the_subject_not_the_person_after_it() -> None:
    got = run("أعلنت [لجنة التوحيد](ORG:committee) رفضها للقرار. واتهمت اللجنة رئيس الوزراء "
              "[سالم العلي](PER:salem) بأنه وراء الأزمة.")
    assert [s for _, _, s in got] == ["committee", "committee"]


def test_an_office_and_its_holder_after_the_verb_stay_the_subject() -> None:
    got = run("وطالب الوزير [سالم العلي](PER:salem) [هيئة الطرق](ORG:roads) بتقديم تقرير عاجل عن الحادث.")
    assert [s for _, _, s in got] == ["salem"]


def test_two_joined_subjects_stay_a_joint_statement() -> None:
    got = run("وحثت [بريطانيا](LOC:uk) و[فرنسا](LOC:fr) يوم الأحد دول الاتحاد الأوروبي على مساعدتهما في "
              "التصدي للأزمة المتنامية.")
    assert [s for _, _, s in got] != ["uk"]


def test_an_office_opening_the_clause_after_kana_ends_with_the_asker_s_name() -> None:
    # round 46: «وكان [زعيم الحزب … X] دعا السبت الحكومة وY إلى …»: X asked, not those called
    got = run("وكان زعيم [حزب الشعوب](ORG:hdp) الموالي للأكراد [صلاح الدين دمرتاش](PER:dem) دعا السبت "
              "[الحكومة التركية](ORG:gov) و[حزب العمال الكردستاني](ORG:pkk) إلى وقف العنف وبدء مفاوضات.")
    assert got == [("indirect", "وقف العنف وبدء مفاوضات", "dem")]


def test_a_name_after_a_preposition_before_the_verb_still_asks_nothing() -> None:
    got = run("وفي حضور الوزير [سالم العلي](PER:salem) دعا [المجلس](ORG:council) الحكومة إلى وقف العنف فورا.")
    assert [s for _, _, s in got] == ["council"]


def test_a_demand_in_a_relative_clause_is_the_person_s_before_it() -> None:
    # round 46: «X الذي طالب [وزارة النقل] بـ…»: X asked, not the ministry
    got = run("وكان [خالد المنصور](PER:khalid) الذي طالب [وزارة النقل](ORG:mot) بإعادة النظر في "
              "رسوم الطرق قد استقال أمس.")
    assert [s for _, _, s in got] == ["khalid"]
