"""The details of a happening told (quote_object_details.tsv, quote_nominal.object_at), on invented
sentences: «أوضحت X ملابسات [وفاة ...]» is no quotation (the guide, quotes-dev-fresh21); a head of what
was said right after its verb still is."""

from __future__ import annotations

import pytest

from marsad.events.quote_object_heads import details_noun
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence", [
    "أوضحت المديرية العامة للشؤون الصحية ملابسات وفاة طفلة في مستشفى المدينة.",
    "وكشف قائد القوة [جارالله العلويط](PER:j) تفاصيل إصابته بالطلقة النارية الطائشة.",
])
def test_details_before_a_head_are_no_quotation(sentence: str) -> None:
    assert run(sentence) == []


def test_a_head_right_after_the_verb_still_opens_what_was_said() -> None:
    got = run("وأكد [الجبير](PER:j) أهمية تعزيز التعاون بين البلدين في المجالات كافة.")
    assert got == [("indirect", "أهمية تعزيز التعاون بين البلدين في المجالات كافة", "j")]


@pytest.mark.parametrize("row", load_table("quote_object_details"), ids=lambda r: r["form"])
def test_each_details_noun_is_read_with_its_proclitic(row: dict[str, str]) -> None:
    text = "و" + row["form"]
    assert details_noun(next(iter(words_of(text, 0, len(text)))))
