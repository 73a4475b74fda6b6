"""Date spans taken from the dev span errors of issue 16, round 16b (docs/realtext-annotation.md):

- «بعد فترة» without a count (a while later) is no timex, as «بعد فترة قصيرة» and «بعض الوقت»;
- «كل صباح», «كل مساء» (every such part of the day) is a SET, `XXXX-XX-XXTMO`.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 22)
CUES = load_table("date_cues")


def found(text: str, anchor: date = ANCHOR) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("text", ["وبعد فترة يعود للتوقف من جديد", "بعد فترة قصيرة من عرضه",
                                  "ثم عاد بعد فترة وجيزة"])
def test_a_while_later_is_no_timex(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), [("مستهدفة منذ فترة طويلة", "PAST_REF"),
                                             ("فقررت قبل فترة إعفاء العقارات", "PAST_REF")])
def test_a_while_ago_stays_past_ref(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [("أوجدوا نصف ساعة من كل صباح،", "XXXX-XX-XXTMO"),
                                             ("يتدرب كل مساء في الحديقة", "XXXX-XX-XXTEV")])
def test_every_part_of_the_day_is_a_set(text: str, value: str) -> None:
    got = [t for t in extract(text, ANCHOR) if t.value == value]
    assert [(t.type, text[t.start:t.end].split()[0]) for t in got] == [("SET", "كل")]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "not_every_daypart"],
                         ids=lambda r: r["word"])
def test_every_of_a_daypart_homograph_is_no_set(row: dict[str, str]) -> None:
    assert found(f"وصفات من كل {row['word']} ومنطقة") == []
