"""«طوال/طيلة» (`throughout` cues) + a bare plural unit + a noun with a pronoun that names no time is a
length («طوال سنوات وجودها» PXY), and so is «طوال تلك السنوات» (a distal demonstrative between): the
guide's round-41 ruling; so is a plural unit with a pronoun after it («طوال أيامه» PXD). A named
period after the unit keeps its own date and no length («طيلة أيام رمضان», «طيلة أيام عيد الفطر»);
a distal plural without the frame is no time («في تلك السنوات»)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
THROUGHOUT = [r["word"] for r in load_table("date_cues") if r["kind"] == "throughout"]


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


def test_the_cue_rows_are_the_two_words_of_throughout() -> None:
    assert sorted(THROUGHOUT) == ["طوال", "طيلة"]


@pytest.mark.parametrize("word", THROUGHOUT)
def test_a_plural_before_an_owned_noun_is_a_length(word: str) -> None:
    assert found(f"وبقيت الفرقة متألقة {word} سنوات وجودها في المدينة") == [("سنوات", "DURATION", "PXY")]
    assert found(f"وقد عمل {word} أيام حياته في الحقل") == [("أيام", "DURATION", "PXD")]


@pytest.mark.parametrize("word", THROUGHOUT)
def test_a_distal_plural_after_it_is_a_length(word: str) -> None:
    assert found(f"لكن أحدا من أهله، {word} تلك السنوات، لم يسأل عنه") == [("السنوات", "DURATION", "PXY")]


@pytest.mark.parametrize("word", THROUGHOUT)
def test_a_named_period_after_the_unit_is_no_length(word: str) -> None:
    ramadan = [("رمضان", "DATE", "2015-06-18/2015-07-16")]
    assert found(f"وعمل المتطوعون {word} أيام رمضان في المسجد") == ramadan
    assert found(f"وعمل المتطوعون {word} أيام عيد الفطر في المسجد") == [("عيد الفطر", "DATE", "2015-07-17")]
    assert found(f"واستمرت المعارك {word} سنوات الحرب") == []


@pytest.mark.parametrize("word", THROUGHOUT)
def test_a_plural_with_a_pronoun_after_it_is_a_length(word: str) -> None:
    text = f"وانطلقت الفعاليات ليلة الافتتاح وتواصلت {word} أيامه. وشهدت"
    assert found(text) == [("أيامه", "DURATION", "PXD")]
    assert found(f"وعاش {word} سنواتها في القرية") == [("سنواتها", "DURATION", "PXY")]


def test_without_the_frame_no_length() -> None:
    assert found("وفي تلك السنوات كان الوضع صعبا") == []
    assert found("وتحدث عن سنوات حكمه في المدينة") == []
    assert found("وعمل في أيامه الأخيرة بالمدينة") == []
