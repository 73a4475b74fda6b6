"""«في وقت سابق» and «في الماضي» are PAST_REF with «في» in the span (the reference-adverb rule: the dev golds
write «في وقت سابق» 9 of 10 times and «في الماضي» 3 of 3 so, as the guide's «في الوقت الحاضر»; round 52's
outside audit found «في» left out); with a period right after it, «وقت سابق هذا الشهر» is that period,
«في» left out as the dev golds write it (dates/later_within.py)."""

from __future__ import annotations

from datetime import date

from marsad.dates import extract

SUNDAY = date(2015, 8, 2)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, SUNDAY)]


def test_in_is_part_of_the_reference_adverb() -> None:
    assert found("وكان لدى الحلف في وقت سابق فريق لتدريب القوات") == [("في وقت سابق", "PAST_REF")]
    assert found("بل إن دولا في الماضي حاولت وتم هزيمتها") == [("في الماضي", "PAST_REF")]


def test_a_period_after_it_takes_the_reference_word_without_in() -> None:
    assert found("وأعلنت الشركة في وقت سابق هذا الشهر أنها") == [("وقت سابق هذا الشهر", "2015-08")]
    assert found("وفي وقت سابق اليوم أعلنت الوزارة") == [("وقت سابق اليوم", "2015-08-02")]
