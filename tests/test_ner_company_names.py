"""A company named with what it trades in (ner/company_names.py)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.ner.company_names import company_names
from tests.test_ner_clubs import tagged


def companies(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """company_names over `text`, with the tagger's chunks given as (words, type)."""
    norms, chunks, breaks = tagged(text, spans)
    return [(" ".join(norms[c.start : c.end]), c.type) for c in company_names(norms, chunks, breaks)]


def test_a_name_and_two_activities_after_a_company_head_are_the_company() -> None:
    got = companies("وقعت الهيئة اتفاقية مع شركة نخلات الوادي للتجارة والمقاولات أمس.", [("الوادي", "PER")])
    assert got == [("نخلات الوادي للتجاره والمقاولات", "ORG")]
    got = companies("وأعلنت لمؤسسة سمير للصناعة والتجارة عن نتائجها.", [])
    assert got == [("سمير للصناعه والتجاره", "ORG")]


def test_no_company_without_two_activities_or_past_the_taggers_name() -> None:
    assert companies("وقدمت شركة سابك للموظفين مكافآت.", [("سابك", "ORG")]) == [("سابك", "ORG")]
    got = companies("وقدمت شركة سابك للموظفين والعمال مكافآت.", [("سابك", "ORG")])
    assert got == [("سابك", "ORG")]  # people the gift went to, no activities
    text = "ووقعت شركة سامر الحربي للتجارة والاستثمار عقدا."
    got = companies(text, [("شركة سامر الحربي للتجارة والاستثمار", "ORG")])
    assert got == [("شركه سامر الحربي للتجاره والاستثمار", "ORG")]  # the tagger's, with its head


@pytest.mark.parametrize("row", load_table("ner_company_heads"), ids=lambda r: r["word"])
def test_each_company_head_names_the_company_after_it(row: dict[str, str]) -> None:
    got = companies(f"ووقعت {row['word']} نخلات للتجارة والاستثمار عقدا.", [])
    assert got == [("نخلات للتجاره والاستثمار", "ORG")]
