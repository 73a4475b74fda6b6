"""علّق (commented) as a verb of saying only as written with و at a clause's start (quote_cues rows
وعلق, وعلقت, ويعلق), on invented sentences: its colon or complementizer gives the comment; the
verb علّق (suspended) reports nothing."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_comment_after_its_colon() -> None:
    got = run("وعلق الإعلامي الرياضي [أحمد سعيد](PER:a) في تغريدته : "
              "ينشدون الشهادة بتفجير الآمنين في بيوتهم!")
    assert got == [("direct", "ينشدون الشهادة بتفجير الآمنين في بيوتهم!", "a")]


def test_a_comment_after_its_complementizer() -> None:
    got = run("وعلقت صحيفة [الحياة](ORG:h) على القضية بأن مصير الانتخابات أصبح بيد عائلتين.")
    assert got == [("indirect", "مصير الانتخابات أصبح بيد عائلتين", "h")]


def test_suspending_reports_nothing() -> None:
    assert run("وعلق الاتحاد نشاط النادي بعد أن تبين أن المخالفات كثيرة.") == []
    assert run("ويتعلق الأمر بمخالفات كثيرة: تأخير الرواتب وإلغاء العقود دون سبب.") == []
