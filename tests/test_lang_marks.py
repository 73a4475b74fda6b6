"""`lang.marks.SPEECH_OPENERS`, the one string of marks that open quoted speech for the scans of
`events.quotes` and `events.quote_bare`, agrees with the `quote_marks` table: a double mark in it
is a row that may open, and the marks it holds beyond the table are the single ones."""

from __future__ import annotations

from marsad.lang.marks import SPEECH_OPENERS, mark_kinds


def test_the_double_speech_openers_are_table_rows_that_may_open() -> None:
    kinds = mark_kinds()
    doubles = [ch for ch in SPEECH_OPENERS if ch in kinds]
    assert doubles == ['"', "“", "«"]
    assert all(kinds[ch] in ("open", "either") for ch in doubles)


def test_the_other_speech_openers_are_the_single_marks_quote_pairs_never_pairs() -> None:
    assert [ch for ch in SPEECH_OPENERS if ch not in mark_kinds()] == ["'", "‹", "‘"]
