"""A list of names after a plural classifier (ner/plural_lists.py)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.plural_lists import latin_lists, listed_after_plural, plural_classifiers
from marsad.ner.tokens import tokenize
from tests.test_ner_clubs import tagged


def plural(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """listed_after_plural over `text`, with the tagger's chunks given as (words, type)."""
    norms, chunks, breaks = tagged(text, spans)
    return [(" ".join(norms[c.start : c.end]), c.type) for c in listed_after_plural(norms, chunks, breaks)]


def test_a_list_after_the_plural_club_word_is_a_list_of_clubs() -> None:
    text = "تأخرت أندية الحزم والرائد والفيصلي ونجران في السداد."
    got = plural(text, [("والفيصلي", "ORG"), ("ونجران", "LOC")])
    assert got == [("الحزم", "ORG"), ("والرايد", "ORG"), ("والفيصلي", "ORG"), ("ونجران", "ORG")]
    got = plural("وتتنافس أندية الاتحاد والأهلي والشباب عليه.", [("والأهلي والشباب", "ORG")])
    assert got == [("الاتحاد", "ORG"), ("والاهلي", "ORG"), ("والشباب", "ORG")]


@pytest.mark.parametrize("row", load_table("ner_plural_classifiers"), ids=lambda r: r["word"])
def test_each_plural_classifier_types_the_list_after_it(row: dict[str, str]) -> None:
    assert normalize(row["word"]) in plural_classifiers()
    text = f"وذكر التقرير أن {row['word']} فلان وعلان وزيدان تقدمت أمس."
    got = plural(text, [("وعلان", row["type"])])
    assert got == [("فلان", row["type"]), ("وعلان", row["type"]), ("وزيدان", row["type"])]
    assert plural(f"وذكر التقرير أن {row['word']} فلان وعلان تقدمت.", []) == []  # no name in the list


def test_a_listed_company_takes_its_adjectives_and_its_construct_before_another_name() -> None:
    text = "وتصدرت أسهم شركات المراعي والخدمات الأرضية ودار الأركان ومسك للتأمين وجرير الأكثر نشاطا."
    got = plural(text, [("المراعي", "ORG")])
    assert got == [("المراعي", "ORG"), ("والخدمات الارضيه", "ORG"), ("ودار الاركان", "ORG"),
                   ("ومسك للتامين", "ORG"), ("وجرير", "ORG")]  # the last one: no «الأكثر»
    got = plural("وارتفعت أسهم شركات المراعي وجرير وغيرها من الشركات.", [("المراعي", "ORG")])
    assert got == [("المراعي", "ORG"), ("وجرير", "ORG")]  # «وغيرها», a possessed noun, ends the list


def test_no_list_of_clubs_without_an_organisation_in_it() -> None:
    assert plural("تنافست أندية الرياض وجدة على البطولة.", [("الرياض", "LOC"), ("وجدة", "LOC")]) == [
        ("الرياض", "LOC"),
        ("وجده", "LOC"),
    ]
    assert plural("رفضت أندية الهلال العرض.", [("الهلال", "ORG")]) == [("الهلال", "ORG")]  # one name, no list


def test_a_sector_ends_a_list_of_companies() -> None:
    text = "وارتفعت أسهم شركات أرامكو وسابك والقطاع الخاص أمس."
    assert plural(text, [("أرامكو", "ORG")]) == [("ارامكو", "ORG"), ("وسابك", "ORG")]
    text = "وتعمل شركات أرامكو وسابك وقطاع غزة."  # a place the tagger found stays a place
    got = plural(text, [("أرامكو", "ORG"), ("وقطاع غزة", "LOC")])
    assert got == [("ارامكو", "ORG"), ("وسابك", "ORG"), ("وقطاع غزه", "LOC")]


@pytest.mark.parametrize("row", load_table("ner_place_units"), ids=lambda r: r["word"])
def test_no_unit_word_is_a_listed_company(row: dict[str, str]) -> None:
    for unit in (f"و{row['word']}", f"وال{row['word']}"):
        got = plural(f"وتتعاون شركات فلان وعلان {unit} الكبير.", [("فلان", "ORG")])
        assert got == [("فلان", "ORG"), ("وعلان", "ORG")], unit


def latin(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """latin_lists over `text`, with the tagger's chunks given as (words, type)."""
    norms, chunks, breaks = tagged(text, spans)
    words = [w for w, _, _ in tokenize(text, 0, len(text))]
    return [(" ".join(words[c.start : c.end]), c.type) for c in latin_lists(norms, words, chunks, breaks)]


def test_latin_names_after_a_plural_classifier_are_a_list() -> None:
    text = "ويباع الجهاز عبر متاجر Green Leaf, Bluebell, Star Hill and Sons و Redwood. وقال المدير"
    got = latin(text, [("Green Leaf", "MISC")])
    names = ["Green Leaf", "Bluebell", "Star Hill and Sons", "Redwood"]
    assert got == [(name, "ORG") for name in names]
    text = "وتضم شركات Alpha و Beta قسما للبحث."
    assert latin(text, []) == [("Alpha", "ORG"), ("Beta", "ORG")]


def test_one_latin_name_or_none_after_the_classifier_is_no_list() -> None:
    assert latin("ويباع عبر متاجر Bluebell في المدينة.", []) == []
    assert latin("ويباع عبر متاجر المدينة, Bluebell وغيرها.", []) == []  # no Latin name right after it
    assert latin("وتضم الأسواق Alpha, Beta قسما.", []) == []  # no plural classifier
