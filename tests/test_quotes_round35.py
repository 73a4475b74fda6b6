"""Quotations of round 35 (issue 15), on invented sentences: the plural present «يشيرون» reports its
clause like «يشير» (quote_cues); «يكشف», «تكشف» stay out (a thing's subject reveals, no one speaks)."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said


def test_the_plural_present_of_ashara_reports_its_clause() -> None:
    got = said("ويبدي سكان الحي استياء شديدا من انقطاع المياه، ويشيرون إلى أن الصهاريج لا تصل إلا نادرا.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "الصهاريج لا تصل إلا نادرا")]


def test_a_thing_that_reveals_is_no_speaker() -> None:
    assert said("نظرة سريعة إلى الحضور تكشف أنهم من كل أنحاء العالم.") == []
