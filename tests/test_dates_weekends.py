"""Issue 16, round 12: a plural before «نهاية الأسبوع» («عطلات», «إجازات», «أيام») makes it every
weekend, a SET (`weekends` cues of `lang/ar/date_cues.tsv`); the singular stays one weekend."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 8, 8)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "weekends"],
                         ids=lambda r: r["word"])
def test_a_plural_before_the_weekend_makes_it_every_weekend(row: dict[str, str]) -> None:
    assert found(f"يزدحم الطريق خلال {row['word']} نهاية الأسبوع لما يمثله") == \
        [("نهاية الأسبوع", "SET", "XXXX-WXX-WE")]
    assert found(f"يزدحم الطريق خلال {row['word']} نهاية الأسبوع الماضي") == \
        [("نهاية الأسبوع الماضي", "DATE", "2015-W31")]


def test_the_singular_stays_one_weekend() -> None:
    assert found("إلا أنهم في عطلات نهاية الأسبوع لا يبدون مختلفين") == \
        [("نهاية الأسبوع", "SET", "XXXX-WXX-WE")]
    assert found("ستصدر في عطلة نهاية الأسبوع الأرقام") == [("نهاية الأسبوع", "DATE", "2015-W32-WE")]
