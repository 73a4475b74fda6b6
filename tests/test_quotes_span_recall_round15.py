"""Quotation spans missed on the quotes dev gold (issue 15, round 15), on invented sentences:
an interview answer that goes on in a paragraph of its own before the next question, and what a
verb whose object takes ب (أفاد ب) reported past an unnamed subject («أفادت مصادر محلية
[بمقتل ...]»)."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said
from tests.test_quotes_units import run

_LEAD = "وقال الحكم الدولي [عبد الرحمن الزيد](PER:zaid) في حوار إن التحكيم يتطور.\n"


def test_a_paragraph_that_goes_on_with_an_answer_is_the_interviewees() -> None:
    got = said(_LEAD + "* هل تؤيد الاستعانة بالحكام الأجانب؟\n- نعم، لا غنى عنهم في المباريات الكبيرة.\n"
               "والحكم الأجنبي يمنح اللاعبين ثقة أكبر في عدالة المنافسة.\n"
               "* وماذا عن الحكم السعودي؟\n- الحكم السعودي يحتاج إلى الدعم والثقة.\n")
    assert ("direct", "والحكم الأجنبي يمنح اللاعبين ثقة أكبر في عدالة المنافسة", "zaid") in got


def test_after_the_last_answer_and_before_a_sub_heading_no_paragraph_is_taken() -> None:
    got = said(_LEAD + "* هل تؤيد الاستعانة بالحكام الأجانب؟\n- نعم، لا غنى عنهم في المباريات الكبيرة.\n"
               "الحكم السعودي والدعم المطلوب\n"
               "* وماذا عن الحكم السعودي؟\n- الحكم السعودي يحتاج إلى الدعم والثقة.\n"
               "ويذكر أن الاتحاد عقد ورشة عمل للحكام في الرياض الأسبوع الماضي.\n")
    texts = [t for _, t, _ in got]
    assert "الحكم السعودي والدعم المطلوب" not in texts  # a sub-heading: no sentence end, few words
    assert not any("ورشة عمل" in t for t in texts)  # after the last answer: the writer's own


def test_a_paragraph_with_its_own_reporting_verb_keeps_its_quotation() -> None:
    got = said(_LEAD + "* هل تؤيد الاستعانة بالحكام الأجانب؟\n- نعم، لا غنى عنهم في المباريات الكبيرة.\n"
               "وأكد الزيد أن الحكام المحليين تطوروا كثيرا في المواسم الأخيرة.\n"
               "* وماذا عن الحكم السعودي؟\n- الحكم السعودي يحتاج إلى الدعم والثقة.\n")
    assert ("indirect", "الحكام المحليين تطوروا كثيرا في المواسم الأخيرة", "zaid") in got


def test_what_a_verb_with_ba_reported_past_an_unnamed_subject() -> None:
    got = run("وأفادت مصادر محلية يمنية اليوم بمقتل أربعة مدنيين وإصابة تسعة آخرين جراء القصف.")
    assert [g[:2] for g in got] == [("indirect", "بمقتل أربعة مدنيين وإصابة تسعة آخرين جراء القصف")]
    got = run("أفادت مصادر محلية بتقدم المقاومة الشعبية صوب مديريتي يريم والرضمة.")
    assert [g[:2] for g in got] == [("indirect", "بتقدم المقاومة الشعبية صوب مديريتي يريم والرضمة")]


def test_a_ba_word_that_heads_no_statement_is_no_object() -> None:
    assert run("وأفاد شهود عيان في المدينة بسماع دوي انفجارات قوية قرب المطار.") == []
    assert run("ووعد المدرب الجماهير بعد المباراة بالأمس في الملعب.") == []


def test_a_paragraph_past_a_reporting_one_is_the_writers() -> None:
    got = said(_LEAD + "* هل تؤيد الاستعانة بالحكام الأجانب؟\n- نعم، لا غنى عنهم في المباريات الكبيرة.\n"
               "وأكد الزيد أن الحكام المحليين تطوروا كثيرا في المواسم الأخيرة.\n"
               "وعن مسيرته الطويلة في الملاعب ومواقفه من اللجان يدور هذا الحوار معه.\n"
               "* وماذا عن الحكم السعودي؟\n- الحكم السعودي يحتاج إلى الدعم والثقة.\n")
    assert not any("مسيرته الطويلة" in t for _, t, _ in got)
