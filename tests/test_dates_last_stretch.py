"""One last unit («خلال الشهر الأخير»): the stretch of that length up to now, a DURATION, not the
previous calendar unit; every `last_stretch` cue row of date_cues.tsv is tried."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

WEDNESDAY = date(2015, 7, 22)


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, WEDNESDAY)]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "last_stretch"],
                         ids=lambda r: r["word"])
def test_one_last_unit_is_the_stretch_up_to_now(row: dict[str, str]) -> None:
    """«خلال الشهر الأخير»: the month up to now (P1M), not last calendar month; «الماضي» stays a date."""
    word = row["word"]
    unit = "الشهر" if not word.endswith(("ة", "ه")) else "السنة"
    value = "P1M" if unit == "الشهر" else "P1Y"
    assert _found(f"لم يلعب الفريق خلال {unit} {word}، وعاد") == [(f"{unit} {word}", "DURATION", value)]


def test_the_last_unit_of_something_else_is_no_stretch() -> None:
    assert _found("سافر الشهر الماضي إلى لندن") == [("الشهر الماضي", "DATE", "2015-06")]
    assert [t for t in _found("وخلال العام الأخير من ولايته زار البلاد") if t[1] == "DURATION"] == []
    assert _found("وصل الوفد الأسبوع الأخير إلى المدينة") == [("الأسبوع الأخير", "DATE", "2015-W29")]
