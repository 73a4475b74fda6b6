"""Speakers on real news (issue 15, quotes, round 7): a statement the sentence's speaker gave its
words in («وأوضحت الوزارة أن ... وذلك في بيان») is that speaker's, so «وتابع البيان» later is
the same speaker; a definite last name of two words written as one («أحمد الجار الله» ...
«وأكد الجارالله») is that person."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import speaker_clauses
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_and_events_realtext import said

_MEDIUM = [r for r in load_table("speaker_clauses") if r["kind"] == "medium"]


@pytest.mark.parametrize("row", _MEDIUM, ids=lambda r: r["form"])
def test_a_statement_the_speaker_gave_words_in_speaks_for_that_speaker(row: dict[str, str]) -> None:
    got = said(
        "أعلنت [وزارة الدفاع الأميركية](ORG:dod) أمس أن قائدا قتل. "
        "وأوضحت الوزارة أن العملية جرت في يوليو، وذلك " + row["form"] + " بيان تم توزيعه على الصحافيين. "
        "وتابع البيان أن القائد كان مسؤولا عن الهجمات."
    )
    assert got[-1][1:3] == ("القائد كان مسؤولا عن الهجمات", "dod")
    assert speaker_clauses().at(words_of(row["form"]), 0) is not None


def test_a_statement_inside_the_marks_is_not_the_speakers() -> None:
    got = said(
        "قال [أحمد علي](PER:ali) إن المجلس اجتمع. "
        "وقال علي: \"لم نقرأ شيئا مما جاء في بيان أمس\". "
        "وتابع البيان أن الاجتماع أجل."
    )
    assert got[-1][2] != "ali"


def test_a_statement_with_an_issuer_of_its_own_keeps_it() -> None:
    got = said(
        "قال [أحمد علي](PER:ali) إن المجلس اجتمع، في بيان [الحكومة](ORG:gov) الأخير. "
        "وتابع البيان أن الاجتماع أجل."
    )
    assert got[-1][2] != "ali"


def test_a_two_word_last_name_written_as_one_is_that_person() -> None:
    got = said(
        "قال رئيس التحرير [أحمد الجار الله](PER:jarallah) إن الذكرى أليمة. "
        "وتحدث آخرون عن الغزو. كما أكد الجارالله أن بلاده لن تنسى دور المملكة."
    )
    assert got[-1][1:3] == ("بلاده لن تنسى دور المملكة", "jarallah")
