"""A fact's verb of saying right after a relative pronoun it does not agree with has a subject of its
own (round 41, speaker_agreement.unagreeing_relative): «للجماعات، التي أكد أن …» reports his words;
«الحقيقة التي تؤكد أن», «الأمر الذي أكد أن» (agreeing) and a fact noun before the relative
(«الحقيقة التي أكد أن») stay nobody's. Invented sentences."""

from __future__ import annotations

import pytest

from marsad.events.quote_clause_cues import relative_clause
from marsad.events.speaker_agreement import unagreeing_relative
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_masculine_verb_after_allati_reports_the_speakers_words() -> None:
    got = run("وتحدث الشيخ [سليمان الخالد](PER:s) عن الجماعات والأحزاب المتطرفة، التي أكد أن وجودها "
              "ليس له مقصد إصلاحي ولا هدف ديني.")
    assert ("indirect", "وجودها ليس له مقصد إصلاحي ولا هدف ديني", "s") in got


@pytest.mark.parametrize("text", [
    "وهي الحقيقة التي تؤكد أن الفريق قدم مستوى جيدا في المباريات الأخيرة.",
    "وهذا هو الأمر الذي أكد أن الفريق قدم مستوى جيدا في المباريات الأخيرة.",
])
def test_an_agreeing_fact_verb_after_a_relative_reports_nobody(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("pronoun", "verb", "unagreeing"), [
    ("التي", "أكد", True), ("الذي", "أكدت", True), ("الذي", "تشير", True),
    ("التي", "تؤكد", False), ("الذي", "أكد", False), ("الذين", "أكدوا", False),
])
def test_agreement_of_a_relative_and_its_verb(pronoun: str, verb: str, unagreeing: bool) -> None:
    assert unagreeing_relative(words_of(f"الجماعات {pronoun} {verb}"), 2) is unagreeing


@pytest.mark.parametrize("row", [r for r in load_table("speaker_agreement") if r["pos"] == "relative"])
def test_every_relative_row_tells_apart_a_verb_of_the_other_gender(row: dict[str, str]) -> None:
    other = {"m": "أكدت", "f": "أكد", "p": "أكد"}[row["agreement"]]
    assert unagreeing_relative(words_of(f"الجماعات {row['affix']} {other}"), 2)


def test_a_fact_noun_before_the_relative_keeps_the_verb_the_facts() -> None:
    assert not unagreeing_relative(words_of("الحقيقة التي أكد"), 2)
    assert run("وستجد هذه الحقيقة التي أكد أن موازنة البنود أفضل وسيلة لضبط المال العام.") == []


@pytest.mark.parametrize("row", [r for r in load_table("speaker_agreement") if r["pos"] == "relative"])
def test_every_relative_row_opens_a_relative_clause(row: dict[str, str]) -> None:
    # the table's relative rows are the one list of relative pronouns (quote_clause_cues.relative_clause)
    assert relative_clause(words_of(f"وقال المدرب {row['affix']} تولى تدريب الفريق"), 2)
    assert not relative_clause(words_of(f"وقال المدرب {row['affix']} تولى تدريب الفريق"), 1)
