"""Quotations of round 35 (issue 15), on invented sentences: the plural present «يشيرون» reports its
clause like «يشير» (quote_cues); «يكشف», «تكشف» (quote_cues reveal_verb) speak only with a named
subject right after them, a person or a title or body (quote_clause_cues.revealing): a thing
reveals, no one speaks, and «يكشف X عن [إصلاحات]» reveals a thing, not a clause."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said


def test_the_plural_present_of_ashara_reports_its_clause() -> None:
    got = said("ويبدي سكان الحي استياء شديدا من انقطاع المياه، ويشيرون إلى أن الصهاريج لا تصل إلا نادرا.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "الصهاريج لا تصل إلا نادرا")]


def test_a_thing_that_reveals_is_no_speaker() -> None:
    assert said("نظرة سريعة إلى الحضور تكشف أنهم من كل أنحاء العالم.") == []
    assert said("وتكشف التقاليد للأطفال أننا نثمن قيمنا بالتكرار.") == []


def test_a_named_subject_right_after_a_verb_of_revealing_speaks() -> None:
    got = said("يكشف ضابط سابق في الاستخبارات أن الرجل كان مرصودا منذ سنوات.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "الرجل كان مرصودا منذ سنوات")]
    got = said("وتكشف مصادر أمنية للصحيفة عن أن الخلية كانت تخطط لهجوم.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "الخلية كانت تخطط لهجوم")]
    got = said("يكشف [فهد العتيبي](PER:otaibi) أن المشروع سينتهي قريبا.")
    assert got == [("indirect", "المشروع سينتهي قريبا", "otaibi")]


def test_revealing_a_thing_is_no_speech() -> None:
    got = said("ومن المقرر أن يكشف [فهد العتيبي](PER:otaibi) عن إصلاحات في الاتحاد، لكن منافسيه يشكون في أن "
               "تنجح هذه الخطوة.")
    assert got == []
