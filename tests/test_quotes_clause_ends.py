"""A reported clause ends before a verb of saying joined by و with a person named right after it
(quote_clause_ends.named_anew), on invented sentences: the words after are that person's."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_verb_joined_by_waw_with_a_named_person_opens_new_speech() -> None:
    got = run("وأكد [سعد الخالد](PER:s) أن الشرطة اعتقلت رجلين وقال [محمد العلي](PER:m) إن التحقيق مستمر.")
    assert got == [("indirect", "الشرطة اعتقلت رجلين", "s"), ("indirect", "التحقيق مستمر", "m")]


def test_a_verb_inside_the_clause_with_its_subject_before_it_stays_inside() -> None:
    got = run("وأكد [سعد الخالد](PER:s) أن الشرطة قالت إن التحقيق مستمر.")
    assert got[0] == ("indirect", "الشرطة قالت إن التحقيق مستمر", "s")


def test_a_verb_joined_by_waw_with_no_name_after_it_stays_inside() -> None:
    got = run("وأكد [سعد الخالد](PER:s) أن الشرطة اعتقلت رجلين وقالت إن التحقيق مستمر.")
    assert got[0][1].startswith("الشرطة اعتقلت رجلين وقالت")
