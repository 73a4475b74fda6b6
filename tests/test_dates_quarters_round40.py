"""A quarter with a pronoun on its noun, and «الربع نفسه» (round 40, the timex-dev-22 dev misses),
on invented sentences:

- «ربعها المالي الماضي», «ربعه الأول»: the quarter of the company the pronoun stands for is a quarter
  as «الربع المالي الماضي» is (every pronoun suffix of the clitic table); «وربعهم من القاصرين» (a
  quarter of them) is none;
- «الربع نفسه من العام الماضي» («نفسه», a `comparable` cue of date_cues.tsv, tested row by row in
  tests/test_dates_comparisons_round25.py) is the quarter its sentence named before, a year back.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang.clitics import pronoun_suffixes

FRIDAY = date(2015, 7, 24)  # third quarter


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, FRIDAY)]


@pytest.mark.parametrize("own", pronoun_suffixes())
def test_a_quarter_with_a_pronoun_is_a_quarter(own: str) -> None:
    assert found(f"زادت الأرباح في ربع{own} المالي الماضي بنسبة كبيرة") == [
        (f"ربع{own} المالي الماضي", "DATE", "2015-Q2")]
    assert found(f"بلغت الأرباح في ربع{own} الأول مليونا") == [(f"ربع{own} الأول", "DATE", "2015-Q1")]


def test_a_quarter_of_people_is_no_date() -> None:
    assert found("كان مئة منهم من الفتيات وربعهم من القاصرين") == []


def test_the_same_quarter_of_last_year_is_the_quarter_named_before() -> None:
    text = ("سجلت الشركة زيادة في أرباحها في ربعها المالي الماضي مقارنة بما سجلته خلال الربع نفسه من "
            "العام الماضي من أرباح")
    assert found(text) == [("ربعها المالي الماضي", "DATE", "2015-Q2"),
                           ("الربع نفسه من العام الماضي", "DATE", "2014-Q2")]
