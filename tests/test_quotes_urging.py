"""Urging with a noun (quote_objects «حث X على»), on invented sentences: the call after على is what
was said (the guide, quotes-dev-fresh20); the present tense, mostly a habit or a teaching, is not."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence, said, who", [
    ("وحث العميد [الغرير](PER:g) الجميع على توخي الحذر أثناء السباحة في البحر.",
     "توخي الحذر أثناء السباحة في البحر", "g"),
    ("من جهة أخرى، حث [ديل روساريو](PER:d) دول جنوب شرقي آسيا على إثارة القضية مع الصين.",
     "إثارة القضية مع الصين", "d"),
    ("وزار [سعيد المالكي](PER:m) المستشفى وحثهم على مواصلة الجهد لخدمة المرضى.",
     "مواصلة الجهد لخدمة المرضى", "m"),
])
def test_the_call_after_ala_is_what_was_said(sentence: str, said: str, who: str) -> None:
    assert run(sentence) == [("indirect", said, who)]


@pytest.mark.parametrize("sentence", [
    "وهذا ما يحث عليه الدين الحنيف من التكافل بين الناس.",  # a teaching, no words said
    "ويحث الإسلام على الصدقة في رمضان.",  # the present: a habit
])
def test_urging_as_a_habit_is_no_quotation(sentence: str) -> None:
    assert run(sentence) == []
