"""«دون» and «بدون» before «أن» open an adverbial clause (without ...), never the reported speech
of a verb before them (quote_cues kind clause_opener, issue 15 round 18): «ورجح السكان وجود ضحايا،
دون أن يتأكد ...», «حسبما أضافت الوزارة من دون أن تحدد ...»."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_and_events_realtext import said

_OPENERS = [r["form"] for r in load_table("quote_cues") if r["kind"] == "clause_opener"]


@pytest.mark.parametrize("form", ["دون", "بدون"])
def test_without_is_a_clause_opener(form: str) -> None:
    assert form in _OPENERS
    # رجح's object is what it deemed likely (round 23); the clause after «دون أن» is nobody's speech
    got = said(f"ورجح السكان وجود ضحايا جراء القصف، {form} أن يتأكد المصدر من صحة المعلومة.")
    assert [t for _, t, _ in got if t.startswith("يتأكد")] == [] and got[0][1].startswith("وجود ضحايا")
    assert said(f"وفتح تحقيق في الحادث حسبما أضافت الوزارة من {form} أن تحدد هوية القتيل.") == []


def test_what_was_said_keeps_its_without_clause() -> None:
    # «من دون أن» inside what was said stays in it
    got = said("وقال [كومار](PER:kumar) إن المبنى انهار من دون أن تحدد الوزارة هوية القتيل.")
    assert got == [("indirect", "المبنى انهار من دون أن تحدد الوزارة هوية القتيل", "kumar")]
    # the verb's own clause after «دون أن يذكر التفاصيل» is still found
    assert said("وأكد [كومار](PER:kumar) دون أن يذكر التفاصيل أن المبنى انهار تماما.") \
        == [("indirect", "المبنى انهار تماما", "kumar")]
