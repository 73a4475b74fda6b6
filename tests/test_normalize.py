"""Arabic normalisation for matching: one row per rule, idempotence, never in place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.lang import load_table
from marsad.lang.normalize import _table, normalize, normalize_aligned, normalize_mapped, to_original

RULES = [
    ("diacritics", "مُحَمَّدٌ", "محمد"),
    ("diacritics", "الصّين", "الصين"),
    ("tatweel", "شـــويغو", "شويغو"),
    ("invisible", "بوتين\u200f", "بوتين"),
    ("alef", "أحمد", "احمد"),
    ("alef", "إيران", "ايران"),
    ("alef", "آسيا", "اسيا"),
    ("alef", "ٱلله", "الله"),
    ("hamza", "مسؤول", "مسوول"),
    ("hamza", "رئيس", "رييس"),
    ("ya", "إلى", "الي"),
    ("ya", "فارسی", "فارسي"),
    ("ta_marbuta", "مدرسة", "مدرسه"),
    ("kaf", "کرمان", "كرمان"),
    ("ha", "ھند", "هند"),
    ("digits", "٢٠٢٤", "2024"),
    ("digits", "۱۴۰۳", "1403"),
    ("digits", "٣٫٥", "3.5"),
    ("presentation_forms", "ﻻ", "لا"),
    ("presentation_forms", "ﺑﻜﻴﻦ", "بكين"),
]


@pytest.mark.parametrize(("rule", "raw", "want"), RULES, ids=[f"{r[0]}-{r[1]}" for r in RULES])
def test_rule(rule: str, raw: str, want: str) -> None:
    assert normalize(raw) == want


def test_every_rule_of_the_table_is_tested() -> None:
    in_table = {row["rule"] for row in load_table("normalization")}
    assert in_table <= {r[0] for r in RULES}


def test_latin_and_plain_arabic_unchanged() -> None:
    for s in ("Sergei Shoigu", "بكين", "2024-11-12"):
        assert normalize(s) == s


@given(st.text())
def test_idempotent(s: str) -> None:
    once = normalize(s)
    assert normalize(once) == once


def test_no_replacement_holds_a_changed_character() -> None:
    """Normalising replaces the common letters one by one and the rest in one pass: that
    gives the same text in any order only while no replacement is itself replaced."""
    table = _table()
    assert all(ord(ch) not in table for rep in table.values() for ch in rep)


def test_every_changed_character_at_once() -> None:
    """The common letters (replaced one by one) and the rarer characters (one regex) in one
    text: each gets its own replacement, and the text around them is kept."""
    table = _table()
    chars = sorted(table)
    text = "x".join(chr(cp) for cp in chars)
    assert normalize(text) == "x".join(table[cp] for cp in chars)


@given(st.text())
def test_input_not_modified_and_alignment_maps_back(s: str) -> None:
    copy = str(s)
    norm, where = normalize_aligned(s)
    assert s == copy
    assert norm == normalize(s)
    assert len(where) == len(norm)
    assert all(0 <= w < len(s) for w in where)
    assert where == sorted(where)
    if norm:
        a, b = to_original(where, len(s), 0, len(norm))
        assert 0 <= a <= b <= len(s)


@given(st.text())
def test_mapped_form_has_no_map_only_when_offsets_are_unchanged(s: str) -> None:
    norm, where = normalize_mapped(s)
    assert norm == normalize(s)
    full = normalize_aligned(s)[1]
    assert full == (list(range(len(s))) if where is None else where)


def test_mapped_form_of_dropped_and_expanded_characters() -> None:
    assert normalize_mapped("مدرسة 2024") == ("مدرسه 2024", None)
    assert normalize_mapped("مُحمد")[1] == [0, 2, 3, 4]
    assert normalize_mapped("ﻻ ب")[1] == [0, 0, 1, 2]
