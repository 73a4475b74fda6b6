"""A verbal noun of the form تفعيل of a verb whose first letter is a hamza («تأييد», «تأمين»,
seat normalised to ا) is a verbal noun as «تقديم» is (quote_object_templates.tsv, issue 15 round
48); «التالية» and «تاريخ» are none. On invented sentences."""

from __future__ import annotations

import pytest

from marsad.events.quote_object_heads import templated_head
from marsad.events.words import words_of
from tests.test_quotes_units import run


def test_a_call_to_support_is_quoted_after_ila() -> None:
    got = run("ودعا [سليم الجبوري](PER:j) رؤساء الكتل السياسية في المجلس إلى تأييد ورقة الإصلاح "
              "السياسي في جلسة الغد.")
    assert [(t, s) for _, t, s in got] == [("تأييد ورقة الإصلاح السياسي في جلسة الغد", "j")]


@pytest.mark.parametrize(("word", "expected"), [
    ("تأييد", True), ("تأمين", True), ("تأجيل", True), ("التأهيل", True),
    ("التالية", False), ("تاريخ", False), ("التاريخ", False),
])
def test_which_hamza_first_words_are_verbal_nouns(word: str, expected: bool) -> None:
    assert templated_head(words_of(word)[0]) is expected
