"""Issue 16, round 16b: a month followed at once by a year word and its modifier («في أغسطس العام
الماضي», «في ديسمبر (كانون الأول) العام الماضي») is one date in that year, as «من العام الماضي»
already was; before, the month took the anchor's year and the year stood apart. A following word
(«التالي») counts from another event: the month has no value, as «العام التالي» alone."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 7, 25)

MONTHS = [r for r in load_table("date_months")
          if r["context"] == "none" and r["series"] in ("gregorian", "levantine", "maghrebi")]
FOLLOWING = {r["word"] for r in load_table("date_cues") if r["kind"] == "following"}
YEAR_MODIFIERS = [r for r in load_table("date_relative")
                  if r["kind"] == "modifier" and " " not in r["word"] and r["word"] not in FOLLOWING
                  and not r["word"].endswith(("ين", "تين"))]  # a dual is no year's word


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize("row", MONTHS, ids=lambda r: r["word"])
def test_each_month_takes_the_year_named_after_it(row: dict[str, str]) -> None:
    month = int(row["month"])
    text = f"افتتحت القناة في {row['word']} العام الماضي، وتبلغ تكلفتها"
    assert found(text) == [(f"{row['word']} العام الماضي", f"2014-{month:02d}")]


@pytest.mark.parametrize("row", YEAR_MODIFIERS, ids=lambda r: r["word"])
def test_each_year_modifier_places_the_month(row: dict[str, str]) -> None:
    unit = "السنة" if row["word"].endswith("ة") else "العام"
    text = f"وقع الاتفاق في مارس {unit} {row['word']} بين الطرفين"
    assert found(text) == [(f"مارس {unit} {row['word']}", f"{2015 + int(row['offset'])}-03")]


def test_a_month_pair_and_a_bracketed_month_take_the_year() -> None:
    assert found("بلغ عمرها 145 عاما في أغسطس آب العام الماضي. وتبلغ") == \
        [("145 عاما", "P145Y"), ("أغسطس آب العام الماضي", "2014-08")]
    assert found("هربت في ديسمبر (كانون الأول) العام الماضي، بعد تغيبها") == \
        [("ديسمبر (كانون الأول) العام الماضي", "2014-12")]


@pytest.mark.parametrize("text", ["افتتحت في مارس العام التالي", "افتتحت في مارس من العام التالي"])
def test_the_following_year_after_a_month_counts_from_another_event(text: str) -> None:
    assert found(text) == [(text.split("في ", 1)[1], None)]


def test_a_month_alone_or_with_its_own_modifier_is_unchanged() -> None:
    assert found("في أغسطس الماضي قال") == [("أغسطس الماضي", "2014-08")]
    assert found("في أغسطس أعلن العام الماضي") == [("أغسطس", "2015-08"), ("العام الماضي", "2014")]
