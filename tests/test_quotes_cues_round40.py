"""Verbs of saying added in round 40 (issue 15): stipulating and insisting (اشترط, أصر) with the
words stipulated after أن, on invented sentences; the noun «إصرار» and a stipulation with a noun
object and no clause stay no quotation."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from tests.test_quotes_units import run


def test_a_stipulation_reports_the_clause_after_anna() -> None:
    got = run("وكان المهاجم [خالد السالم](PER:khaled) قد اشترط على إدارة النادي أنه سيلتحق بالفريق "
              "بعد نهاية البطولة القارية.")
    assert ("indirect", "سيلتحق بالفريق بعد نهاية البطولة القارية", "khaled") in got


def test_insisting_on_anna_reports_its_clause() -> None:
    got = run("ورفض الرئيس [سامي الفهد](PER:sami) تأجيل الاجتماع، وأصر على أن تعقد الجلسة في موعدها "
              "المحدد صباح الغد.")
    assert ("indirect", "تعقد الجلسة في موعدها المحدد صباح الغد", "sami") in got


def test_a_stipulation_with_a_noun_object_is_no_quotation() -> None:
    assert run("واشترطت الإدارة توفير مبالغ ضخمة للتعاقد مع مدرب جديد للفريق الأول.") == []


@pytest.mark.parametrize("form", ["اشترط", "اشترطت", "واشترط", "أصر", "أصرت", "وأصر"])
def test_every_round40_form_is_a_verb_of_saying(form: str) -> None:
    assert quote_cues().at(words_of(form), 0, frozenset({"verb"})) is not None


def test_the_participle_of_appeal_takes_a_verbal_noun_as_its_appeal() -> None:
    got = run("وظهرت [سارة الأحمد](PER:sara) في مقطع مصور تشكو حالها، مناشدة إعادة أطفالها إليها بعد "
              "غياب دام عامين.")
    assert ("indirect", "إعادة أطفالها إليها بعد غياب دام عامين", "sara") in got


def test_the_noun_of_appeal_inside_a_clause_opens_nothing() -> None:
    assert run("وتفاعل المغردون مع مناشدة والد الطفلة نقل ابنته إلى مستشفى متقدم.") == []
