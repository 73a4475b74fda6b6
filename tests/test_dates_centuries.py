"""Issue 16, round 10 (timex-dev-4): centuries, as the real-text conventions write them
(docs/realtext-annotation.md, Dates): a century is `13XX` («القرن الرابع عشر», «القرن الماضي»
`19XX`), a count of centuries a DURATION in years («ستة قرون» `P600Y`); every `CE` row of
`date_units.tsv` tried, and every ordinal of `date_numbers.tsv` that can number a century."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.dates.units import LAST_CENTURY
from marsad.lang import load_table

ANCHOR = date(2015, 7, 22)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("row", [r for r in load_table("date_units") if r["unit"] == "CE"],
                         ids=lambda r: r["word"])
def test_a_count_of_centuries_is_a_length_in_years(row: dict[str, str]) -> None:
    count = int(row["count"] or 6)
    text = f"بعد غياب دام {row['word']}" if row["count"] == "2" else f"بعد غياب دام {count} {row['word']}"
    assert [v for _, _, v in found(text)] == [f"P{count * 100}Y"]


ORDINALS = [r for r in load_table("date_numbers") if r["kind"] == "ordinal"
            and 1 <= int(r["value"]) <= LAST_CENTURY and " " not in r["word"] and r["word"].startswith("ال")
            or r["kind"] == "ordinal" and r["word"].endswith(" عشر")]


@pytest.mark.parametrize("row", ORDINALS, ids=lambda r: r["word"])
def test_a_numbered_century(row: dict[str, str]) -> None:
    n = int(row["value"])
    if row["word"] in ("الحادي", "الحادية"):  # only with a tens word: الحادي والعشرين
        assert found(f"في القرن {row['word']} والعشرين، قيام") == [
            (f"القرن {row['word']} والعشرين", "DATE", "20XX")]
        return
    assert found(f"في القرن {row['word']}، قيام") == [(f"القرن {row['word']}", "DATE", f"{n - 1:02d}XX")]


@pytest.mark.parametrize(("text", "expected"), [
    ("نشأت في القرن الماضي حركة", [("القرن الماضي", "DATE", "19XX")]),
    ("مشكلات القرن الحالي", [("القرن الحالي", "DATE", "20XX")]),
    ("كانت قبل قرن مدينة صغيرة", [("قبل قرن", "DATE", "19XX")]),
    ("في القرن 19 وبداية", [("القرن 19", "DATE", "18XX")]),
    ("خلال القرن الـ16 الميلادي", [("القرن الـ16", "DATE", "15XX")]),
    ("في ذكرى مرور ستة قرون على وفاته", [("ستة قرون", "DURATION", "P600Y")]),
    ("حكموا البلاد عدة قرون", [("عدة قرون", "DURATION", "PXCE")]),
    ("في القرن الثلاثين", [("القرن الثلاثين", "DATE", None)]),  # past the last century read
    ("في بداية القرن التاسع عشر، كان", [("بداية القرن التاسع عشر", "DATE", "18XX")]),
    ("أواخر القرن الماضي", [("أواخر القرن الماضي", "DATE", "19XX")]),
    ("في الستينات من القرن الماضي", [("الستينات من القرن الماضي", "DATE", "196")]),  # one decade
])
def test_centuries_in_context(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["دول القرن الأفريقي", "في القرون الوسطى", "قرن الثور", "الرقم 3 في القرن"])
def test_a_century_word_without_a_number_or_time_word_is_no_date(text: str) -> None:
    assert found(text) == []
