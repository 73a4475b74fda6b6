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


@pytest.mark.parametrize("row", [r for r in load_table("quote_cues") if r["kind"].startswith("attribution")],
                         ids=lambda r: r["form"])
def test_every_attribution_row_is_read(row: dict[str, str]) -> None:
    ws = words_of(f"قتل جنديان في كمين، {row['form']} قالت الحكومة.")
    assert any(c.kind == row["kind"] for _k, c in quote_cues().each(ws, frozenset({row["kind"]})))


def test_kama_before_a_verb_with_its_object_after_an_is_no_attribution() -> None:
    got = run("وأدت الملاحقات المستمرة إلى الانتباه لوجود عدد من النساء في الخلايا، كما كشفت "
              "التحقيقات الأمنية عن وجود خلايا نسائية.")
    assert "وأدت الملاحقات المستمرة إلى الانتباه لوجود عدد من النساء في الخلايا" not in [q[1] for q in got]


def test_kama_before_a_relaying_verb_and_its_source_is_an_attribution() -> None:
    got = run("قتل ثلاثة مدنيين في قصف على المدينة، كما نقلت [رويترز](ORG:reuters) عن مصادر طبية.")
    assert got and got[0][1] == "قتل ثلاثة مدنيين في قصف على المدينة"


def test_kama_before_a_verb_with_words_of_its_own_after_its_subject_is_no_attribution() -> None:
    assert run("وتشهد المنطقة الشرقية رياحا نشطة على أجزاء منها، كما توقعت [الأرصاد](ORG:met) "
               "هطول أمطار رعدية على مرتفعات المنطقة الجنوبية.") == []


def test_the_writers_own_kama_dhakarna_is_no_attribution() -> None:
    assert run("لا توجد فذلكات في ديكور المطعم الجديد في المدينة، كما ذكرنا في المقال السابق.") == []


def test_kama_and_its_source_then_an_apposition_is_an_attribution() -> None:
    got = run("في الجامعة يوجد بعض التردد في قبول الطلاب الجدد، كما قال [ساندي تولان](PER:tolan)، "
              "أستاذ في كلية الصحافة.")
    assert got == [("indirect", "في الجامعة يوجد بعض التردد في قبول الطلاب الجدد", "tolan")]


def test_kama_and_a_verb_whose_own_words_follow_a_colon_is_no_attribution() -> None:
    got = run("أما بالنسبة للقرارات التنفيذية الجديدة، فكما يقول [هيكمان](PER:hickman): "
              "«وصلتني خطابات كثيرة».")
    assert [q[1] for q in got] == ["وصلتني خطابات كثيرة"]


def test_an_attribution_whose_noun_names_the_saying_credits_the_name_after_it() -> None:
    """«على حد قول X» (issue 15, round 9): the words before were said by X, with no verb."""
    got = run("تتسبب الأفكار المضللة في تعاسة البشر على حد قول [إيميلي ناغوسكي](PER:nagoski)، "
              "مديرة تعليم الصحة في الكلية.")
    assert got == [("indirect", "تتسبب الأفكار المضللة في تعاسة البشر", "nagoski")]


def test_an_attribution_noun_with_a_pronoun_carries_the_last_speaker() -> None:
    got = run("وقال [خالد](PER:khalid) إن العمل مستمر. والمشروع سيكتمل قبل نهاية العام، على حد تعبيره.")
    assert ("indirect", "والمشروع سيكتمل قبل نهاية العام", "khalid") in got


def test_the_phrase_without_a_noun_of_saying_is_no_attribution() -> None:
    assert run("وصل عدد الزوار إلى مليون زائر على حد سواء في المدينتين.") == []
