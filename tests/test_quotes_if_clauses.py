"""«إن» or «أن» right before a past verb (quote_cues kind if_verb: «كان», «كانت», «شاء») is «إنْ» (if,
whether) or «أنْ», not the complementizer «إنّ / أنّ» of reported speech, which takes a noun or a
pronoun: «ليرى إن كان …» (to see whether), «هذا التصرف إن كان قد حدث» (if it happened), «وإن
كانت …» (even if) open no quotation (nor does «تساءل … إن كان», asked whether, as the guide's golds
read it); «إنه كان …» and «إن الشركة كانت …» still do.
"""

from __future__ import annotations

import pytest

from marsad.events.quote_clause_cues import if_clause
from marsad.events.words import words_of
from tests.test_quotes_units import run


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("ليرى إن كان الاتفاق", 1, True),
    ("وإن كانت الأرباح قليلة", 0, True),
    ("إن شاء الله", 0, True),
    ("قال إنه كان مريضا", 1, False),
    ("قال إن الشركة كانت رابحة", 1, False),
])
def test_if_before_a_past_verb(text: str, at: int, expected: bool) -> None:
    assert if_clause(words_of(text), at) is expected


@pytest.mark.parametrize("src", [
    "وأعرب المدير عن رفضه هذا التصرف إن كان قد حدث بالفعل.",
    "وتساءلت صحف محلية في مقالات الرأي إن كان الوزير سيستقيل قبل نهاية العام.",
    "وقرر الرئيس الانتظار ليرى إن كان الطرف الآخر سيلتزم بالاتفاق.",
])
def test_if_or_whether_opens_no_quotation(src: str) -> None:
    assert run(src) == []


def test_even_if_is_no_new_quotation_inside_the_speakers_words() -> None:
    src = "وقال المدير [سالم العبدالله](PER:salem) إن الشركة ستفتح فرعا جديدا، وإن كانت الأرباح قليلة."
    assert run(src) == [("indirect", "الشركة ستفتح فرعا جديدا، وإن كانت الأرباح قليلة", "salem")]


def test_a_pronoun_after_the_complementizer_still_reports() -> None:
    src = "وقال المدير [سالم العبدالله](PER:salem) إنه كان في اجتماع طويل."
    assert run(src) == [("indirect", "كان في اجتماع طويل", "salem")]
