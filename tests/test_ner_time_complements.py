"""An organisation's name ends before a unit of time behind ل (ner/not_names.time_complements)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.not_names import time_complements
from tests.test_ner_clubs import tagged


def cut(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """time_complements over `text`, with the tagger's chunks given as (words, type)."""
    norms, chunks, _ = tagged(text, spans)
    return [(" ".join(norms[c.start : c.end]), c.type) for c in time_complements(norms, chunks)]


def n(words: str) -> str:
    return normalize(words)


def test_the_year_of_a_report_is_no_part_of_the_body() -> None:
    text = "واطلع على التقرير السنوي لهيئة النخيل الوطنية للعام المالي الماضي"
    got = cut(text, [("لهيئة النخيل الوطنية للعام المالي", "ORG")])
    assert got == [(n("لهيئة النخيل الوطنية"), "ORG")]
    got = cut("وكرمت جمعية الوفاء لعام 2015 المتطوعين", [("جمعية الوفاء لعام", "ORG")])
    assert got == [(n("جمعية الوفاء"), "ORG")]


def test_other_complements_and_other_types_stay() -> None:
    got = cut("وقال الاتحاد السعودي لكرة القدم إن", [("الاتحاد السعودي لكرة القدم", "ORG")])
    assert got == [(n("الاتحاد السعودي لكرة القدم"), "ORG")]
    got = cut("وفاز بجائزة الإبداع للعام الحالي", [("بجائزة الإبداع للعام", "MISC")])
    assert got == [(n("بجائزة الإبداع للعام"), "MISC")]  # an award of the year is its own name


@pytest.mark.parametrize("row", [r for r in load_table("date_units") if r["count"] == "1"],
                         ids=lambda r: r["word"])
def test_each_singular_time_unit_ends_an_organisation(row: dict[str, str]) -> None:
    for form in (f"لل{row['word']}", f"ل{row['word']}"):
        got = cut(f"وقدمت هيئة النخيل {form} الماضي تقريرا", [(f"هيئة النخيل {form}", "ORG")])
        assert got == [(n("هيئة النخيل"), "ORG")], form
