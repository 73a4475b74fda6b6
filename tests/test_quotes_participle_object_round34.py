"""A verbal noun right after «مؤكدا» heads what was confirmed (quote_nominal.object_at, round 34),
on invented sentences; an attitude does not, and after the verb «أكد» only the heads of
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


def test_after_the_verb_a_verbal_noun_alone_heads_nothing() -> None:
    assert run("وأكد [سعود](PER:saud) تسجيل خمس حالات جديدة.") == []
