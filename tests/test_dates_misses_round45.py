"""Round 45 date rows, on invented sentences: «هذا الزمن», «هذا الزمان» are the present, PRESENT_REF, as
«زمننا هذا» (date_relative.tsv, kind ref; timex-dev-24 11445 «الواسطة هي التي ترقت في هذا الزمن»); the
round-44 words of the story's own time («في ذلك الوقت», «وقتها», «حينها», «حينئذ», «آنئذ») stay no date."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

MONDAY = date(2015, 7, 20)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize("phrase", ["هذا الزمن", "هذا الزمان"])
def test_this_time_of_ours_is_the_present(phrase: str) -> None:
    assert found(f"وقال إن الصدق صار عملة نادرة في {phrase} يا صديقي.") == [(phrase, "DATE", "PRESENT_REF")]



@pytest.mark.parametrize("phrase", ["في ذلك الوقت", "وقتها", "حينها", "حينئذ", "آنئذ"])
def test_that_time_of_the_story_is_no_date(phrase: str) -> None:
    # the round-44 ruling (docs/realtext-annotation.md): «في ذلك الوقت», «وقتها», «حينها», «حينئذ», «آنئذ»
    # point back at the story's own time, no date
    assert found(f"وكان الوزير يعمل {phrase} في السفارة بلندن.") == []
