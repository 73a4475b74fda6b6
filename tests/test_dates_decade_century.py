"""A decade of a named century (docs/realtext-annotation.md: a decade is `196`): «الخمسينات من
القرن الماضي» is one expression, the decade of the century the words name, counted from the
anchor for «الماضي/المنصرم»; a decade without its article is one only in construct with a century
(«ثمانينات القرن الماضي») or joined by «و» to one that is; every decade row is tried bare."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

THURSDAY = date(2015, 8, 6)


def found(text: str, anchor: date | None = THURSDAY) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("كما كان متبعا في الخمسينات من القرن الماضي، فضلا", [("الخمسينات من القرن الماضي", "DATE", "195")]),
    ("درس في الجامعة في ثمانينات القرن الماضي.", [("ثمانينات القرن الماضي", "DATE", "198")]),
    ("يعود تاريخه لثمانينيات القرن المنصرم، موضحا", [("ثمانينيات القرن المنصرم", "DATE", "198")]),
    ("بنيت في الستينات من القرن التاسع عشر", [("الستينات من القرن التاسع عشر", "DATE", "186")]),
    ("في سبعينات وثمانينات القرن الماضي",
     [("سبعينات", "DATE", "197"), ("ثمانينات القرن الماضي", "DATE", "198")]),
    ("في السبعينات والثمانينات من القرن التاسع عشر",
     [("السبعينات", "DATE", "187"), ("الثمانينات من القرن التاسع عشر", "DATE", "188")]),
    ("وصلت في الثمانينات إلى الخليج", [("الثمانينات", "DATE", "198")]),
    # «عقد» before a decade word names the decade, no length of ten years
    ("يعمل بتقنيات قديمة منذ عقد السبعينات.", [("عقد السبعينات", "DATE", "197")]),
    ("تطاردهم قوات الأمن منذ عقد التسعينات في القرن الماضي مثل",
     [("عقد التسعينات في القرن الماضي", "DATE", "199")]),
    ("وانخفض الإنتاج خلال عقد من الزمن", [("عقد", "DURATION", "P10Y")]),
])
def test_decade_of_a_century(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_bare_decade_without_a_century_is_none() -> None:
    """«ثمانينات» without its article and no century after it is no date (a count of eighties)."""
    assert found("سجل ثمانينات ومئات") == []


def test_past_century_needs_an_anchor() -> None:
    assert found("في ثمانينات القرن الماضي", None) == [("ثمانينات القرن الماضي", "DATE", None)]


@pytest.mark.parametrize("row", [r for r in load_table("date_decades") if r["word"].startswith("ال")],
                         ids=lambda r: r["word"])
def test_every_decade_in_construct(row: dict[str, str]) -> None:
    bare = row["word"][2:]
    assert found(f"في {bare} القرن الماضي") == [(f"{bare} القرن الماضي", "DATE", "19" + row["value"][-1])]
    eighteenth = f"{bare} القرن الثامن عشر"
    assert found(f"في {eighteenth}") == [(eighteenth, "DATE", "17" + row["value"][-1])]
