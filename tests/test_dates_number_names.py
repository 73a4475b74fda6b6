"""A bare four-digit number right after a word that names it as a code, a phone or a line
(`number_name` rows of date_cues.tsv, or «رقم/الرقم» of `number_label`) is no year (round 52's
outside dates audit: «عن طريق الرقم الموحد 1909» was read 1909), on invented sentences; a bare year
after any other word before a pause stays a year."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

SUNDAY = date(2015, 8, 2)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, SUNDAY)]


NAMES = [r for r in load_table("date_cues") if r["kind"] in ("number_name", "number_label")]


@pytest.mark.parametrize("row", NAMES, ids=lambda r: r["word"])
def test_a_bare_number_after_a_number_name_is_no_year(row: dict[str, str]) -> None:
    assert found(f"وتستقبل الإدارة البلاغات على {row['word']} 1909 وتتولى متابعتها") == []
    assert found(f"وتستقبل الإدارة البلاغات على {row['word']} 1909، وتتولى متابعتها") == []


def test_with_a_clitic_too() -> None:
    assert found("ويمكن التواصل بالرقم الموحد 1999، أو بالهاتف 1937، أو عبر الموقع") == []


def test_a_bare_year_after_another_word_stays_a_year() -> None:
    assert found("وأدار الحكم نهائي كأس العالم 1994 في أمريكا") == [("1994", "DATE", "1994")]
