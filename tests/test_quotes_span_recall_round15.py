"""Quotation spans missed on the quotes dev gold (issue 15, round 15), on invented sentences:
what a verb whose object takes ب (أفاد ب) reported past an unnamed subject («أفادت مصادر محلية
[بمقتل ...]»)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_what_a_verb_with_ba_reported_past_an_unnamed_subject() -> None:
    got = run("وأفادت مصادر محلية يمنية اليوم بمقتل أربعة مدنيين وإصابة تسعة آخرين جراء القصف.")
    assert [g[:2] for g in got] == [("indirect", "بمقتل أربعة مدنيين وإصابة تسعة آخرين جراء القصف")]
    got = run("أفادت مصادر محلية بتقدم المقاومة الشعبية صوب مديريتي يريم والرضمة.")
    assert [g[:2] for g in got] == [("indirect", "بتقدم المقاومة الشعبية صوب مديريتي يريم والرضمة")]


def test_a_ba_word_that_heads_no_statement_is_no_object() -> None:
    assert run("وأفاد شهود عيان في المدينة بسماع دوي انفجارات قوية قرب المطار.") == []
    assert run("ووعد المدرب الجماهير بعد المباراة بالأمس في الملعب.") == []
