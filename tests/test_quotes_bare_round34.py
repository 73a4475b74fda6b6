"""Bare speech after a verb of saying (round 34), on invented sentences: past a subject no name
tags, a definite noun and its adjective, when a word that can only open speech follows
(quote_bare.opened_speech)."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence, said", [
    ("فقال الشيخ العجوز يا بني الصبر مفتاح الفرج.", "يا بني الصبر مفتاح الفرج"),
    ("وسأله الطفل عن حاله، فقال الرجل هل ترى هذا الجبل البعيد؟", "هل ترى هذا الجبل البعيد؟"),
    ("فقال النبي يارب خذ عمري قبل أن أبلغ هذا الضعف.", "يارب خذ عمري قبل أن أبلغ هذا الضعف"),
])
def test_an_untagged_definite_subject_before_an_opener(sentence: str, said: str) -> None:
    assert [g[:2] for g in run(sentence)] == [("direct", said)]


@pytest.mark.parametrize("sentence", [
    "وقال الوزير الأمر يحتاج إلى دراسة طويلة.",  # no opener: the subject's end is unknown
    "وقال المدير العام للشركة لا نية لدينا للبيع.",  # past a non-definite word the subject goes on
    "فقال الرجل الكبير الطيب لا أعرف الطريق.",  # three definite words: more than a noun and its adjective
])
def test_no_opener_right_after_the_definite_subject_opens_nothing(sentence: str) -> None:
    assert run(sentence) == []
