"""«قيل», the past of the hearsay «يقال», reports speech nobody is named for (quote_cues kind hearsay,
issue 15 round 18): «وسبق أن قيل إن [الفضلي قد استهدف ...]», «فقد قيل إن [يوسف أحبني ...]»."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_and_events_realtext import said

_HEARSAY = [r["form"] for r in load_table("quote_cues") if r["kind"] == "hearsay"]


def test_the_past_is_a_row() -> None:
    assert "قيل" in _HEARSAY


@pytest.mark.parametrize("form", _HEARSAY)
def test_every_hearsay_row_reports_speech_nobody_is_named_for(form: str) -> None:
    got = said(f"وقال [كومار](PER:kumar) إن المبنى انهار. و{form} إن العمال نجوا جميعا من الحادث.")
    assert got == [("indirect", "المبنى انهار", "kumar"), ("indirect", "العمال نجوا جميعا من الحادث", None)]


def test_news_sentences() -> None:
    got = said("وقال [كومار](PER:kumar) إن المبنى انهار. وسبق أن قيل إن الفضلي قد استهدف سابقا في غارة جوية.")
    assert got[-1] == ("indirect", "الفضلي قد استهدف سابقا في غارة جوية", None)
    got = said("وقيل لي يومها إنها راقصة مغمورة تعمل في بعض ملاهي شارع الهرم.")
    assert got == [("indirect", "راقصة مغمورة تعمل في بعض ملاهي شارع الهرم", None)]
    # what was said of something, with no clause, is none
    assert said("هذا ما قيل في الاجتماع أمس عن المشروع الجديد في المدينة.") == []
