"""Marks after a name noun are a name («الصحفي "X"», «كتاب «…»»), but not past a colon after a
person described with the article (round 49, quotes-dev-fresh27 15000): «وقال X أثناء المؤتمر
الصحفي: "[أنا سعيد …]"», «وأضاف الكاتب: "[…]"» are words said; after a bare noun of a thing the
marks stay its title («تحت عنوان: «…»», «كتاب: «…»»)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_marks_after_a_colon_past_a_person_noun_are_words_said() -> None:
    got = run('وقال [مونتاري](PER:m) أثناء المؤتمر الصحفي: "أنا سعيد جدا أن أكون جزءا من العائلة الاتحادية".')
    assert got == [("direct", "أنا سعيد جدا أن أكون جزءا من العائلة الاتحادية", "m")]


def test_marks_after_a_colon_past_a_noun_of_a_thing_are_its_title() -> None:
    assert run("وكتبت [الصحيفة](ORG:p) تقريرا تحت عنوان: «الحياة تحت مظلة الحماية الأميركية».") == []
