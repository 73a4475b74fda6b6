"""Marked words right after the complementizer of a noun of saying, only who said it between
(quote_noun_marks.marked_after_noun), on invented sentences: a direct quotation of that subject."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence, said", [
    ("وتعرض الوزير لمحاولة اغتيال، على الرغم من إعلان [وزارة الداخلية](ORG:moi) "
     "أنه «لا وجود لتلك المحاولة أصلا».",
     "لا وجود لتلك المحاولة أصلا"),
    ("وجاء ذلك بعد تصريح [النادي](ORG:moi) بأن «اللاعب سيعود إلى التدريبات الأسبوع المقبل».",
     "اللاعب سيعود إلى التدريبات الأسبوع المقبل"),
])
def test_marked_words_after_a_noun_of_saying_and_its_subject(sentence: str, said: str) -> None:
    assert run(sentence) == [("direct", said, "moi")]


def test_a_clause_between_the_noun_and_the_marks_makes_no_quotation() -> None:
    # «بدا» between: the clause after أن is that verb's, nobody's words
    assert run("ومنذ إعلان الاتفاق بدا أن «الأمور تسير نحو التهدئة».") == []
