"""A verbal noun right after «مؤكدا» heads what was confirmed (quote_nominal.object_at, round 34),
on invented sentences, and one right after a verb's named subject («أعلن الجيش [استهداف ...]»); an
attitude does not, and after the verb «أكد» with no name before, only the heads of
quote_object_heads do (its subject may come between)."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("participle", ["مؤكدا", "مؤكدة"])
def test_a_verbal_noun_right_after_the_participle_is_what_was_confirmed(participle: str) -> None:
    got = run(f"وتحدث [سعود](PER:saud) عن الحملة، {participle} تسجيل خمس حالات جديدة خلال اليومين الماضيين.")
    assert got == [("indirect", "تسجيل خمس حالات جديدة خلال اليومين الماضيين", "saud")]


def test_an_attitude_after_the_participle_is_no_quotation() -> None:
    assert run("وتحدث [سعود](PER:saud) عن الحملة، مؤكدا ترحيبه بالزوار من كل مكان.") == []


def test_after_the_verb_with_no_name_a_verbal_noun_alone_heads_nothing() -> None:
    assert run("وأكد المتحدث باسم الوزارة تسجيل خمس حالات جديدة.") == []


def test_a_verbal_noun_right_after_a_named_subject_is_what_was_announced() -> None:
    got = run("وأعلن [الجيش](ORG:army) استهداف مقرات المسلحين في ثلاث مدن.")
    assert got == [("indirect", "استهداف مقرات المسلحين في ثلاث مدن", "army")]


@pytest.mark.parametrize("sentence", [
    "وأعلن [موقع فيرج](ORG:verge) التقني انتهاء الشركة من تطوير النظام.",  # an adjective of the name
    "وأعلن [الجيش](ORG:army) الاستهداف.",  # with the article: no construct object
])
def test_no_bare_verbal_noun_right_after_the_name_heads_nothing(sentence: str) -> None:
    assert run(sentence) == []
