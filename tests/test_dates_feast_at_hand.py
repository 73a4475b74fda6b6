"""«هذا العيد»: the feast at hand is dated as an occasion (the last feast on or before the anchor,
or one coming within a month), as the dev dates batches annotate it (timex-dev-10); not after a
verb of its return (`feast_return` cues of `date_cues.tsv`: the prayer «أن يعود هذا العيد», left
out by timex-dev-5), nor before a nisba adjective naming another feast («هذا العيد الوطني»)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 22)
CUES = load_table("date_cues")
Found = tuple[str, str, str | None]


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("text", [
    "وقال المدير: هذا العيد نعمة من الله تستوجب الشكر",
    "وتشهد الحدائق خلال هذا العيد المبارك إقبالا كبيرا من الأسر",
    "وأهنئ المواطنين بهذا العيد السعيد",
    "أما هذا العيد فلم تنظم البلدية أي احتفال في الحي",
])
def test_this_feast_is_the_last_feast(text: str) -> None:
    assert found(text) == [("هذا العيد", "DATE", "2015-07-17")]


def test_this_feast_is_the_coming_one_within_a_month() -> None:
    text = "وقال المدير: هذا العيد نعمة من الله تستوجب الشكر"
    assert found(text, date(2015, 9, 10)) == [("هذا العيد", "DATE", "2015-09-23")]
    assert found(text, date(2015, 8, 10)) == [("هذا العيد", "DATE", "2015-07-17")]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "feast_return"], ids=lambda r: r["word"])
def test_this_feast_in_a_prayer_for_its_return_is_no_date(row: dict[str, str]) -> None:
    assert found(f"سائلين المولى أن {row['word']} هذا العيد على الجميع بالخير") == []
    assert found(f"{row['word']} الله هذا العيد على الجميع بالخير") == []
    # the verb's letters inside a longer word are no verb of return
    assert found(f"وقال ال{row['word']}ون هذا العيد نعمة") == [("هذا العيد", "DATE", "2015-07-17")]


def test_this_national_day_is_no_feast() -> None:
    assert found("وشارك الطلاب في هذا العيد الوطني بفرح") == []
