"""A reported clause ends before a verb of saying joined by و with a person named right after it
(quote_clause_ends.named_anew), on invented sentences: the words after are that person's; and
before one joined by a comma and و however near (quote_clause_ends.said_anew): a new saying."""

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


def test_a_verb_after_a_comma_and_waw_ends_a_short_clause() -> None:
    got = run("وقال [سعد الخالد](PER:s) إن المملكة تتصدى للإرهاب، وقال إن التصريحات عارية من الصحة.")
    assert [t for _k, t, _s in got] == ["المملكة تتصدى للإرهاب", "التصريحات عارية من الصحة"]


def test_an_agreeing_verb_after_a_comma_and_waw_ends_the_clause() -> None:
    got = run("وأكدت الوزارة أنها فتحت تحقيقا، وأكدت أنه لن يتساهل.")
    assert [t for _k, t, _s in got] == ["فتحت تحقيقا", "لن يتساهل"]


def test_a_verb_after_a_comma_that_does_not_agree_with_the_cue_stays_inside() -> None:
    got = run("وأضاف العلماء أن هذه النتائج مثيرة للغاية، وتؤكد فاعلية الشاي.")
    assert [t for _k, t, _s in got] == ["هذه النتائج مثيرة للغاية، وتؤكد فاعلية الشاي"]


def test_a_blocker_word_after_a_comma_stays_inside() -> None:
    got = run("وأوضح المتحدث أن المقبوض عليهم، وبينهم عناصر يمنية، شكلوا أربع خلايا.")
    assert got[0][1].startswith("المقبوض عليهم، وبينهم عناصر")
