"""«من قبلُ» written with its damma is the adverb "before" (PAST_REF) whatever follows it; the agent
«من قِبَل» / «من قبل» before a noun stays no time (dates/grammar.py `_damma_after`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 7, 21)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize("text", ["وقد نشرت الشركة من قبلُ صورا للجهاز الجديد",
                                  "إن الحي لم يشهد من قبلُ سيولا بهذا الحجم"])
def test_before_with_its_damma_is_the_past(text: str) -> None:
    assert _found(text) == [("من قبلُ", "PAST_REF")]


@pytest.mark.parametrize("text", ["وقد نشرت من قبل الشركة صور الجهاز", "أوقف من قِبَل الشرطة أمس الأول"])
def test_the_agent_is_no_time(text: str) -> None:
    assert all(v != "PAST_REF" for _, v in _found(text))
