"""The charge of an accusation when the accused is the name that ends what reads as the verb's subject
(quote_accusations.accused_named), on invented sentences: «اتهم الزوج، جامعة تبوك [بتغيير ...]», «واتهمت
باكستان الهند [بانتهاك ...]»; a name alone after the verb may be a passive's subject: nothing."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence, said", [
    ("ومن جهته اتهم الزوج، [جامعة تبوك](ORG:t) بتغيير رغبات قبول ابنته.", "بتغيير رغبات قبول ابنته"),
    ("واتهمت [باكستان](LOC:p) [الهند](LOC:i) بانتهاك وقف إطلاق النار في الإقليم.",
     "بانتهاك وقف إطلاق النار في الإقليم"),
])
def test_the_charge_after_the_named_accused_is_what_was_said(sentence: str, said: str) -> None:
    assert [g[:2] for g in run(sentence)] == [("indirect", said)]


@pytest.mark.parametrize("sentence", [
    "واتهم [الجيش](ORG:a) بارتكاب مجازر في القرية.",  # اتُّهم: the accusers unnamed
    "واتهم وزير الخارجية [سامح شكري](PER:s) بالتقصير في أداء مهامه.",  # a title of the same man
])
def test_a_name_alone_after_the_verb_gives_no_charge(sentence: str) -> None:
    assert run(sentence) == []


def test_a_charge_of_two_words_is_what_was_said() -> None:
    # the guide, round 49 (second reader): «اتهم X Y بـ» + a noun, the span after «بـ», however short
    # (quotes-dev-fresh17 11089 «واتهمت السلطات التركية التنظيمين ب[الوقوف وراءها]»)
    got = run("واتهمت السلطات التركية التنظيمين بالوقوف وراءها.")
    assert [g[:2] for g in got] == [("indirect", "بالوقوف وراءها")]


def test_two_words_after_ba_with_no_article_are_no_charge() -> None:
    assert run("وتبين أن أحد منفذي الهجوم في تونس طالب بلا سوابق.") == []  # a student, no demand
