"""Dates read wrongly in the dev dates batches (round 40), on invented sentences:

- a verb of passing («تمر», «يمر»: `present_through` cues) before «اليوم» is a cue of the present when the
  word after «اليوم» is indefinite with «ب» written onto it («المنظومة العربية تمر اليوم بواحدة من أدق
  المراحل»: going through a state, timex-dev-5); «تمر اليوم ذكرى ...» and «يمر اليوم بالمدينة» stay today.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
Found = list[tuple[str, str, str | None]]
CUES = load_table("date_cues")


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "present_through"], ids=lambda r: r["word"])
def test_passing_through_a_state_today_is_the_present(row: dict[str, str]) -> None:
    verb = row["word"]
    assert found(f"وقال إن الجميع {verb} اليوم بمرحلة صعبة") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"وقال إن الجميع {verb} اليوم بظروف صعبة") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"وقال إن الوفود {verb} اليوم بالمدينة في طريقها") == [("اليوم", "DATE", "2015-07-25")]


@pytest.mark.parametrize("text", ["وتمر اليوم ذكرى تأسيس المملكة", "ويمر اليوم موكب الرئيس في الشارع",
                                  "وتمر القافلة اليوم بالمدينة"])
def test_passing_without_a_state_is_today(text: str) -> None:
    assert found(text) == [("اليوم", "DATE", "2015-07-25")]


def test_passing_through_a_state_further_back_in_the_clause() -> None:
    assert found("إن المنظومة العربية تمر اليوم بواحدة من أدق المراحل في تاريخها") == [
        ("اليوم", "DATE", "PRESENT_REF")]
    assert found("ويمر العالم العربي اليوم بأزمة خانقة") == [("اليوم", "DATE", "PRESENT_REF")]
