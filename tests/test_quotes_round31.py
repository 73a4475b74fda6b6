"""Quotations of round 31 (issue 15), on invented sentences.

- A demand made with ب right after the verb or its subject («وطالبوا [بوضع سقف ...]», «وطالبت
  الهيئة [بإطلاع الأسر ...]») and after the feminine participle «مطالبة» at a clause's start is what
  was said (quote_objects); a ب past the one asked still opens it («طالبت المواطن [بإحضار ...]»).
- An amount after ب is a price asked, no words said («طالب بـ50 مليون جنيه»); a verb's form
  right after a particle that joins a name's parts («علي بن أبي طالب») is a word of that name.
- A verb's named subject never stands past a verbal noun with ب, which opens the object: «طالب
  مغردون سعوديون [بمحاسبة الحمزة ...]» (الحمزة is in the demand, not its subject).
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_demand_right_after_the_verb_is_what_was_said() -> None:
    got = run("وقد برر الملاك الزيادة بالموسم، كما طالبوا بوضع سقف للمغالاة في الإيجارات.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "بوضع سقف للمغالاة في الإيجارات")]


def test_a_demand_after_the_subject_and_after_the_participle() -> None:
    got = run("وطالبت [هيئة الطيران](ORG:gaca) بإطلاع أسر المفقودين على مقاطع الفيديو.")
    assert [(t, s) for _, t, s in got] == [("بإطلاع أسر المفقودين على مقاطع الفيديو", "gaca")]
    got = run("وصرخت [سامال](PER:samal)؛ مطالبة بالمساعدة من الناس حولها.")
    assert [t for _, t, _ in got] == ["بالمساعدة من الناس حولها"]


def test_an_amount_asked_is_no_demand_said() -> None:
    assert run("لكن النادي الالماني طالب بـ50 مليون جنيه استرليني ثمنا للاعب.") == []


def test_a_verb_form_inside_a_name_is_no_verb() -> None:
    assert run("واستهدف المهاجم مسجد الإمام علي بن أبي طالب ببلدة القديح في المنطقة الشرقية.") == []


def test_a_name_past_a_verbal_noun_with_ba_is_in_the_object_not_the_subject() -> None:
    got = run("وطالب مغردون سعوديون بمحاسبة [الحمزة](PER:hamza) ومحاكمته بتهمة العنصرية.")
    assert [(t, s) for _, t, s in got] == [("بمحاسبة الحمزة ومحاكمته بتهمة العنصرية", None)]
