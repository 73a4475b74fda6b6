"""An agency or a paper with a name of its own is that name alone (ner/agencies.py)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.ner.agencies import agency_names, untagged_papers
from tests.test_ner_clubs import tagged


def agencies(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """agency_names over `text`, with the tagger's chunks given as (words, type)."""
    norms, chunks, _ = tagged(text, spans)
    return [(" ".join(norms[c.start : c.end]), c.type) for c in agency_names(norms, chunks)]


def test_the_head_and_the_tail_are_no_part_of_an_agency_name() -> None:
    got = agencies("ونقلت وكالة تاسكو للأنباء الرسمية عن الوزير قوله.", [("تاسكو للأنباء الرسمية", "ORG")])
    assert got == [("تاسكو", "ORG")]
    got = agencies("وقالت وكالة ميرا الفضائية إن المسبار وصل.", [("وكالة ميرا الفضائية", "ORG")])
    assert got == [("ميرا", "ORG")]


def test_the_agency_name_recurs_as_the_agency() -> None:
    text = "وأعلنت وكالة تاسكو للأنباء أمس. وأوضحت تاسكو أن القرار صدر."
    got = agencies(text, [("تاسكو للأنباء", "ORG"), ("وأوضحت تاسكو", "PER"), ("تاسكو", "LOC")])
    assert got == [("تاسكو", "ORG"), ("واوضحت تاسكو", "PER"), ("تاسكو", "ORG")]


def test_a_describing_agency_name_is_kept_whole() -> None:
    assert agencies("ونقلت وكالة قطر للأنباء الخبر.", [("قطر للأنباء", "ORG")]) == [("قطر للانباء", "ORG")]
    got = agencies("وذكرت الوكالة الوطنية للأنباء الخبر.", [("الوكالة الوطنية للأنباء", "ORG")])
    assert got == [("الوكاله الوطنيه للانباء", "ORG")]
    got = agencies("ونقلت صحيفة تاسكو للأنباء الخبر.", [("تاسكو للأنباء", "ORG")])
    assert got == [("تاسكو للانباء", "ORG")]  # no agency


@pytest.mark.parametrize("row", [r for r in load_table("ner_agency_tails") if r["kind"] == "tail"],
                         ids=lambda r: r["word"])
def test_each_tail_ends_an_agency_name(row: dict[str, str]) -> None:
    got = agencies(f"ونقلت وكالة تاسكو {row['word']} الخبر.", [(f"وكالة تاسكو {row['word']}", "ORG")])
    assert got == [("تاسكو", "ORG")]


def papers(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """agency_names then untagged_papers over `text`, with the tagger's chunks given as (words, type)."""
    norms, chunks, breaks = tagged(text, spans)
    got = untagged_papers(norms, agency_names(norms, chunks), breaks)
    return [(" ".join(norms[c.start : c.end]), c.type) for c in got]


def test_a_papers_head_and_tail_are_no_part_of_its_name() -> None:
    got = papers("وذكرت صحيفة تاسكو الإلكترونية الخبر.", [("تاسكو الإلكترونية", "ORG")])
    assert got == [("تاسكو", "ORG")]
    assert papers("وذكرت صحيفة تاسكو الإلكترونية الخبر.", []) == [("تاسكو", "ORG")]  # untagged
    assert papers("ونشرت الصحيفة الإلكترونية الخبر.", []) == []  # no name between
    assert papers("وذكرت صحيفة الرياض اليومية الخبر.", []) == []  # a listed place: left to the tagger


@pytest.mark.parametrize("row", [r for r in load_table("ner_agency_tails") if r["kind"] == "paper_tail"],
                         ids=lambda r: r["word"])
def test_each_paper_tail_ends_a_papers_name(row: dict[str, str]) -> None:
    for head in [r["word"] for r in load_table("ner_agency_tails") if r["kind"] == "paper_head"]:
        text = f"ونقلت {head} تاسكو {row['word']} الخبر."
        assert papers(text, [(f"تاسكو {row['word']}", "ORG")]) == [("تاسكو", "ORG")]
        assert papers(text, []) == [("تاسكو", "ORG")]
