"""The present tense of «وصف» as a verb of saying (issue 15, round 15b): «يصف / تصف X Y بأنه ...»
and with an object pronoun («يصفها X بأنها «...»»), like the past «وصف / وصفت» already listed;
«يصف» without a reported clause (prescribing a medicine, a novel describing a life) stays no
quotation."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said


def test_present_describe_with_its_clause_is_indirect_speech() -> None:
    got = said("ويصف [أحمد الخطيب](PER:khatib) المشروع بأنه نقلة نوعية في قطاع السياحة بالمملكة.")
    assert got == [("indirect", "نقلة نوعية في قطاع السياحة بالمملكة", "khatib")]


def test_feminine_present_describe() -> None:
    got = said("وتصف [سارة العلي](PER:ali) الوضع بأنه صعب جدا على الأسر الفقيرة في المنطقة.")
    assert got == [("indirect", "صعب جدا على الأسر الفقيرة في المنطقة", "ali")]


def test_present_describe_with_an_object_pronoun_and_quotation_marks() -> None:
    got = said("ويصفها [أحمد الخطيب](PER:khatib) بأنها «أهم تجربة في حياته المهنية».")
    assert got == [("direct", "أهم تجربة في حياته المهنية", "khatib")]


def test_describing_without_a_reported_clause_is_no_quotation() -> None:
    assert said("ويصف الطبيب الدواء للمريض بعد الفحص الشامل في العيادة.") == []
    assert said("وتصف الرواية حياة الناس في القرية خلال سنوات الحرب الطويلة.") == []


def test_a_short_marked_epithet_of_a_naming_verb_is_no_quotation() -> None:
    assert said("وهي الأنظمة التي تصفها [طهران](LOC:tehran) أحيانًا بـ«الأنظمة الرجعية» في خطابها.") == []
    assert said("ووصفها [أحمد الخطيب](PER:khatib) بأنها «الإغريقية المناكفة» في مقاله.") == []
    assert said("وبدأت «عملية الكماشة»، كما يصفها ضباط في الجيش، في شمال البلاد.") == []


def test_a_longer_marked_quotation_of_a_naming_verb_stays() -> None:
    got = said("ويصفها [باراك اوباما](PER:obama) بأنها «أكبر وأهم خطوة اتخذناها حتى الآن».")
    assert got == [("direct", "أكبر وأهم خطوة اتخذناها حتى الآن", "obama")]
