"""Reported words with their source after them through «كما» and a verb of saying that takes
no clause of its own («قتل جنديان ...، كما أعلنت الحكومة»: issue 15, round 6), and the verbs
that do take one («، كما أكد X أن ...»), which keep their own clause."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_the_words_before_kama_and_a_verb_of_saying_are_its_quote() -> None:
    got = run("قتل جنديان وأصيب أربعة آخرون في كمين قرب الحدود، كما أعلنت "
              "[الحكومة المالية](ORG:mali) مساء الأحد.")
    assert got == [("indirect", "قتل جنديان وأصيب أربعة آخرون في كمين قرب الحدود", "mali")]


def test_kama_before_a_verb_with_its_own_clause_is_no_attribution() -> None:
    got = run("واستقبل [خالد](PER:khalid) الوفد في مكتبه بالرياض، كما أكد أن التعاون بين البلدين قوي.")
    assert [q[1] for q in got] == ["التعاون بين البلدين قوي"]


def test_a_clause_past_a_relative_pronoun_is_not_the_verbs_own() -> None:
    got = run("وقرر النادي تعديل عرضه بدفع مبلغ إضافي بحسب ما ذكرت [الصحيفة](ORG:paper) "
              "التي رأت أن المدرب لن يتردد في إشراكه.")
    assert ("indirect", "وقرر النادي تعديل عرضه بدفع مبلغ إضافي", "paper") in got


def test_kama_without_a_verb_of_saying_after_it_is_no_attribution() -> None:
    assert run("قتل جنديان وأصيب أربعة آخرون في كمين قرب الحدود، كما أصيب مدنيان.") == []


@pytest.mark.parametrize("row", [r for r in load_table("quote_cues") if r["kind"] == "attribution"],
                         ids=lambda r: r["form"])
def test_every_attribution_row_is_read(row: dict[str, str]) -> None:
    ws = words_of(f"قتل جنديان في كمين، {row['form']} قالت الحكومة.")
    assert any(c.kind == "attribution" for _k, c in quote_cues().each(ws, frozenset({"attribution"})))
