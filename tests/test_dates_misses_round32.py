"""Date mechanisms of round 32 (issue 16), on invented sentences:

- a count in digits times «ألف/مليون» before a unit («بمعدل 100 ألف ساعة تدريبية») is the count
  multiplied (PT100000H), as after «قبل/منذ»: it was the scale word alone, «ألف ساعة» PT1000H. On
  the first 3,000 records: 9 such lengths in 7 articles, each now the count multiplied («نحو 944 ألف
  يوم عمل» P944000D, «قرابة 130 ألف عام» P130000Y);
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 8, 4)

Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("يستفيد المتدربون من 100 ألف ساعة تدريبية.", [("100 ألف ساعة", "DURATION", "PT100000H")]),
    ("عمل المهندسون 2 مليون ساعة دون حوادث.", [("2 مليون ساعة", "DURATION", "PT2000000H")]),
    ("ظهرت قبل 125 مليون سنة.", [("قبل 125 مليون سنة", "DATE", "PAST_REF")]),
    # a scale word alone stays the thousand it says
    ("مرت ألف سنة على بناء القلعة.", [("ألف سنة", "DURATION", "P1000Y")]),
])
def test_a_count_times_a_scale_word_is_multiplied(text: str, expected: Found) -> None:
    assert found(text) == expected
