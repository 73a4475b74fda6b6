"""«منذ» + a count whose stretch the text closes at now («وحتى الآن», «حتى اليوم», a few words after the
count) is the length up to now, a DURATION without «منذ», whatever the clause's verb (dates/reference.py
`_up_to_now`; timex-dev-26 236: «إنه «منذ عقدين على الأخص، وحتى الآن، أستطيع أن أجزم»: the
complementizer keeps the reporting verb from reading it). Without such a close, a punctual clause keeps
the point it points back to."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 22)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


def test_a_count_closed_at_now_after_a_complementizer_is_a_length() -> None:
    assert found("وقال الباحث إنه «منذ عقدين على الأخص، وحتى الآن، أستطيع أن أجزم بذلك»")[0] == (
        "عقدين", "DURATION", "P20Y")


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "now_word"],
                         ids=lambda r: r["word"])
def test_each_now_word_closes_the_stretch(row: dict[str, str]) -> None:
    text = f"وقال الخبير إن الخلاف بدأ منذ أربع سنوات وحتى {row['word']}"
    assert found(text)[0] == ("أربع سنوات", "DURATION", "P4Y")


def test_a_count_not_closed_at_now_stays_the_point() -> None:
    assert found("بدأ الخلاف منذ أربع سنوات عندما انسحب المالكي") == [
        ("منذ أربع سنوات", "DATE", "2011")]


def test_a_close_too_far_after_the_count_is_not_read() -> None:
    text = "بدأ الخلاف منذ أربع سنوات عندما انسحب المالكي من المسلسل وحتى الآن"
    assert found(text)[0] == ("منذ أربع سنوات", "DATE", "2011")
