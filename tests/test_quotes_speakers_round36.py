"""Speakers of round 36 (fresh-text audit, sp36), on invented sentences.

- Sources and witnesses («المصادر», «المصدر الأمني», «مصادر في الوزارة»: speaker_references keys
  مصدر and شاهد) are nobody the article names: never a person the office index ties to the word,
  as it does a name right before it («… ضد [X]، وفقا للمصدر نفسه»).
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_definite_sources_are_nobody_the_office_index_ties_to_them() -> None:
    got = run("وتراجعت الحراسة بسبب الحرب على [خالد الشريف](PER:sharif)، وفقا للمصدر نفسه. "
              "وتقول المصادر في المدينة إن «الكتيبة نقلت كميات من الذخيرة».")
    assert [q[2] for q in got] == [None]


def test_the_source_again_is_nobody_named() -> None:
    got = run("وتراجعت الحراسة بسبب الحرب على [خالد الشريف](PER:sharif)، وفقا لمصدر أمني. "
              "ويضيف المصدر الأمني أن «الحدود تخضع لمراقبة مشددة».")
    assert [q[2] for q in got] == [None]


def test_an_office_after_the_name_still_speaks() -> None:
    got = run("قال [خالد الشريف](PER:sharif) وزير الداخلية إن «الحدود آمنة». "
              "وأضاف الوزير أن «المراقبة مستمرة».")
    assert [q[2] for q in got] == ["sharif", "sharif"]
