"""Speakers of round 36 (fresh-text audit, sp36), on invented sentences.

- Sources and witnesses («المصادر», «المصدر الأمني», «مصادر في الوزارة»: speaker_references keys
  مصدر and شاهد) are nobody the article names: never a person the office index ties to the word,
  as it does a name right before it («… ضد [X]، وفقا للمصدر نفسه»).
- Scientists, researchers, doctors, specialists and studies nobody names («وقال علماء إن», «فيما
  تؤكد الدراسات الاقتصادية أن»: speaker_groups rows) speak for nobody named, not the last speaker
  carried on; a group word in construct after the subject's head before a name («قال كبير العلماء
  [X]») leaves the name the speaker.
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


def test_unnamed_scientists_and_studies_are_nobody_named() -> None:
    got = run("وقال [يوسف الحربي](PER:harbi) إن «التمويل مضمون». وقال علماء إن «المشروع أكبر من سابقيه». "
              "فيما تؤكد الدراسات الاقتصادية أن «الطلب سيتراجع».")
    assert [q[2] for q in got] == ["harbi", None, None]


def test_a_group_word_in_construct_before_a_name_leaves_the_name() -> None:
    got = run("وقال [يوسف الحربي](PER:harbi) إن «التمويل مضمون». "
              "وقال كبير العلماء [آدم ستون](PER:stone) إن «الصور تظهر جبالا».")
    assert [q[2] for q in got] == ["harbi", "stone"]


def test_a_group_is_not_the_last_speaker_described_again() -> None:
    got = run("وقال لـ«الاقتصادية» [مارك فولر](PER:fuller) إن «المعروض يتزايد». "
              "فيما تؤكد الدراسات الاقتصادية أن «التصدير يحتاج إلى وقت».")
    assert [q[2] for q in got] == ["fuller", None]
