"""Unnamed sources in a body («مصادر في المقاومة الموالية للرئيس [X]») are nobody the article names:
a person named in what describes that body past the preposition is not their holder (round 47,
quotes-dev-fresh26: speaker_subjects._source_of_body); a witness named right after is one."""

from __future__ import annotations

from tests.test_quotes_units import speakers as _speakers


def test_sources_in_a_body_loyal_to_a_person_are_unnamed() -> None:
    assert _speakers("كشفت مصادر في الجبهة الموالية للرئيس اليمني [سالم الأحمد](PER:salem) عن وصول "
                     "تعزيزات كبيرة إلى المدينة.") == [None]


def test_sources_in_a_body_close_to_a_person_are_unnamed() -> None:
    assert _speakers("وقالت مصادر في الحكومة المقربة من الرئيس [سالم الأحمد](PER:salem) إن "
                     "التعزيزات وصلت.") == [None]


def test_a_witness_named_right_after_speaks() -> None:
    assert _speakers("وقال شاهد العيان [أحمد العلي](PER:ahmed) إن التعزيزات وصلت.") == ["ahmed"]
