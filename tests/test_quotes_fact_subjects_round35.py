"""Investigations, information and documents as the subject of a verb of saying of kind evidence
(«أكدت المعلومات الأولية أن», «التحقيقات الأولية أشارت إلى أن», «وتوضح الوثائق أن») tell what
was found, nobody's words (quote_cues fact_subject rows, round 35; the dev golds leave «أشارت
المعلومات إلى», «توضح الوثائق أن» unquoted). A speaker's words that hold them stay whole."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from tests.test_quotes_units import run


@pytest.mark.parametrize("word", ["التحقيقات", "تحقيقات", "المعلومات", "معلومات", "الوثائق", "وثائق"])
def test_investigations_information_documents_are_rows(word: str) -> None:
    assert quote_cues().at(words_of(word), 0, frozenset({"fact_subject"})) is not None


def test_what_investigations_or_information_show_is_nobodys_words() -> None:
    assert run("وأكدت المعلومات الأولية أن المسلح من مواليد مدينة الخبر.") == []
    assert run("التحقيقات الأولية أشارت إلى أن المنفذ كان تحت المراقبة منذ عامين.") == []
    assert run("وتوضح الوثائق أن الشركة دفعت مبالغ كبيرة للوسطاء.") == []


def test_a_speakers_words_that_hold_them_stay_whole() -> None:
    got = run("وقال المتحدث إن المعلومات تؤكد أن المسلح تصرف بمفرده.")
    assert [g[1] for g in got] == ["المعلومات تؤكد أن المسلح تصرف بمفرده"]


def test_a_noun_of_facts_after_a_demonstrative_is_the_subject_too() -> None:
    assert run("وأكدت هذه النتائج أن العمل وقوفا يضر بالقلب.") == []
    assert run("وتشير تلك الأرقام إلى أن البطالة تراجعت.") == []
    # a person after the demonstrative still speaks
    got = run("وأكد هذا المسؤول أن العمل مستمر في المشروع.")
    assert [g[1] for g in got] == ["العمل مستمر في المشروع"]
