"""One reader of a range's joint (`dates.word_forms.range_joint`, the `until`, `until_word` and `pair`
rows of date_cues.tsv, and a dash): a range's year written once at its end, a bare weekday after a
dated one and a range's end of every year read the same joint, row by row, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.dates.word_forms import range_joint
from marsad.lang import load_table

AUGUST = date(2015, 8, 2)  # a Sunday
_UNTIL = [r["word"] for r in load_table("date_cues") if r["kind"] == "until"]
_PAIR = [r["word"] for r in load_table("date_cues") if r["kind"] == "pair"]
_UNTIL_WORDS = [r["word"] for r in load_table("date_cues") if r["kind"] == "until_word"]


def _values(text: str) -> list[str | None]:
    return [t.value for t in extract(text, AUGUST) if t.type == "DATE"]


def _joint(row: str) -> str:
    """A row as written between two dates: a conjunction is written onto the next word."""
    return f" {row}" if row in _PAIR else f" {row} "


@pytest.mark.parametrize("row", _UNTIL + _PAIR)
def test_each_joint_word_gives_a_months_range_its_year(row: str) -> None:
    text = f"وتستمر الأعمال في الموقع بين شهري مايو{_joint(row)}سبتمبر 2006 بحسب الشركة."
    assert _values(text)[:2] == ["2006-05", "2006-09"]


@pytest.mark.parametrize("row", _UNTIL + _PAIR)
def test_each_joint_word_dates_a_bare_weekday_after_a_dated_one(row: str) -> None:
    text = f"وتعقد اللجنة اجتماعاتها أمس السبت{_joint(row)}الثلاثاء في مدريد."
    assert _values(text)[-1] == "2015-08-04"  # the Tuesday after that Saturday, not the one before


@pytest.mark.parametrize("row", _UNTIL_WORDS)
def test_an_until_word_after_until_is_a_joint_and_alone_is_none(row: str) -> None:
    gap = f" إلى {row} "
    assert range_joint(gap, 0, len(gap))
    assert not range_joint(f" {row} ", 0, len(row) + 2)


@pytest.mark.parametrize("gap", [" ", " أو ", " في ", " و و ", " 5 "])
def test_other_words_join_no_range(gap: str) -> None:
    assert not range_joint(gap, 0, len(gap))
