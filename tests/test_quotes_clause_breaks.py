"""The marks that end a clause between a noun of saying and its complementizer (`lang.marks.CLAUSE_BREAKS`,
read by `events.quote_clause_cues`): a hearer in quotation marks between them is no break; a comma is."""

from __future__ import annotations

import pytest

from tests.test_quotes_and_events_realtext import said


@pytest.mark.parametrize("hearer", ['لـ"الوطن"', "لـ«الوطن»", "لـ“الوطن”"])
def test_a_hearer_in_quotation_marks_after_a_noun_of_saying_keeps_its_clause(hearer: str) -> None:
    got = said(f"واستغرب سكان الحي تصريح البلدية {hearer} بأنها قد أنهت أعمال الصيانة، بينما لم يتغير شيء.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "قد أنهت أعمال الصيانة، بينما لم يتغير شيء")]


def test_a_comma_between_the_noun_and_its_complementizer_ends_the_clause() -> None:
    assert said("واستغرب سكان الحي تصريح البلدية، بأنها قد أنهت أعمال الصيانة.") == []
