"""Marks right after a noun that names a body, an event, a show or a post hold its name, not a
quotation (quote_cues kind name_noun, round 35 rows): «أوضح مدير "نادي الشعر" ...», «رئيس جمعية
«نور الصباح»», «زاوية "..."», «بمسمى "..."».  Fresh text gave them as direct quotations of the
verb of saying before them."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_nested import _quotes

_ROWS = {(r["form"], r["kind"]) for r in load_table("quote_cues")}

# each noun in a subject before the speaker's full name and his reported clause
_LEADS = {
    "جماعة": "أمير جماعة", "جمعية": "رئيس جمعية", "لجنة": "رئيس لجنة", "فرقة": "قائد فرقة",
    "حملة": "منسق حملة", "مهرجان": "مدير مهرجان", "معرض": "منظم معرض", "مخيم": "المشرف على مخيم",
    "محطة": "مراسل محطة", "زاوية": "كاتب زاوية", "قصة": "مؤلف قصة", "مسرحية": "مخرج مسرحية",
    "مسمى": "الموظف بمسمى", "مدير": "مدير",
}


@pytest.mark.parametrize("noun", sorted(_LEADS))
def test_marks_after_a_name_noun_are_a_name_not_speech(noun: str) -> None:
    assert (noun, "name_noun") in _ROWS
    got = _quotes(f"وأوضح {_LEADS[noun]} «نور الصباح» [سالم بن عمر الأحمد](PER:salem)، أن العمل "
                  "سيبدأ في الأسبوع المقبل.")
    assert [(g[0], g[1]) for g in got] == [("العمل سيبدأ في الأسبوع المقبل", "indirect")]
