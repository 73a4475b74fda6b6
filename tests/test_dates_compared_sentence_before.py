"""A comparison with the like period of last year («الربع نفسه من العام الماضي», «النصف المماثل من العام
السابق»: `comparable` and `comparable_period` cues) whose own sentence names no period is the period the
sentence before named, in that year (timex-dev-22: «ربعها المالي الماضي» 2015-Q2, then in the next
sentence «خلال الربع نفسه من العام الماضي» 2014-Q2); with no period there either, the year alone. Invented
sentences, each data row tried.
"""

from __future__ import annotations

import pytest

# the periods named before and the publication day (Friday 24 July 2015) of the round-25 tests of
# the like period within one sentence
from tests.test_dates_comparisons_round25 import PERIOD_BEFORE, cue_words, found


@pytest.mark.parametrize("period", cue_words("comparable_period"))
@pytest.mark.parametrize("like", cue_words("comparable"))
def test_the_period_of_the_sentence_before(period: str, like: str) -> None:
    named, value, back = PERIOD_BEFORE[period]
    phrase = f"ال{period} {like} من العام الماضي"
    text = f"ربحت الشركة خمسة ملايين في {named}. وكانت قد ربحت ثلاثة ملايين خلال {phrase} بحسب البيان"
    assert found(text) == [(named, "DATE", value), (phrase, "DATE", back)]


@pytest.mark.parametrize("period", cue_words("comparable_period"))
def test_no_period_two_sentences_back(period: str) -> None:
    named, value, _ = PERIOD_BEFORE[period]
    phrase = f"ال{period} نفسه من العام الماضي"
    text = (f"ربحت الشركة خمسة ملايين في {named}. وقال المدير إن النتائج جيدة. "
            f"وكانت قد ربحت مليونين خلال {phrase}")
    assert found(text) == [(named, "DATE", value), (phrase, "DATE", "2014")]


def test_the_sentence_before_for_the_quarter_row() -> None:
    text = "سجلت الشركة أرباحا في ربعها المالي الماضي. وتجاوزت أرباح الربع نفسه من العام الماضي"
    assert found(text)[-1] == ("الربع نفسه من العام الماضي", "DATE", "2014-Q2")
