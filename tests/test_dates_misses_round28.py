"""Date mechanisms taken from the misses of the dev dates batches (issue 16, round 28), on invented
sentences:

- a bare year after a name ends before the preposition «بين» as before «في/من/ضمن» («كأس شرق آسيا
  2015 بين منتخبي الصين وكوريا»: timex-dev-11); in the 31,030 SaudiNewsNet records a four-digit year
  after a word that is no year cue stands before «بين» three times, each a year.
"""

from __future__ import annotations

from datetime import date

from marsad.dates import extract

ANCHOR = date(2015, 8, 2)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


def test_a_bare_year_after_a_name_before_between() -> None:
    assert found("لقيادة افتتاح مباريات كأس شرق آسيا 2015 بين منتخبي الصين وكوريا") == [
        ("2015", "DATE", "2015")]


def test_a_number_before_a_word_that_begins_with_between_is_no_year() -> None:
    # «بينما», «بينهم» are no preposition before a pause: the number stays a count
    assert found("وسجل الفريق 2015 بينما كان") == []
    assert found("بلغ عدد المصابين 2015 بينهم أطفال") == []
