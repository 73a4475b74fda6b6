"""Speakers and quotations the quote-speaker census of round 6 (issue 15) found on the dev
strata, on invented sentences: a courtesy pronoun for the minister who is speaking, a sentence-
opening verb without a subject after a sentence whose verb named a person, «الأخير» for the one
named last, and two more objects that are what was said («وقوع», «أفاد بـ»). Shipped in round 8
on the held-out quotes-dev-fresh5; the verb without a subject going on with its own sentence's
speaker lost a held-out quote of the events gold and stays on wt-quotes8-devonly."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import latter, speaker_clauses
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_courtesy_pronoun_is_the_minister_speaking_not_the_one_named_last() -> None:
    got = run("وقال وزير الخارجية [عادل الجبير](PER:jubeir) إن الوضع صعب. وعقد مؤتمرا مع معالي وزير "
              "الخارجية الألماني [فرانك شتاينماير](PER:fw) في برلين. وشدد معاليه على أن الحل سياسي.")
    assert [q[2] for q in got] == ["jubeir", "jubeir"]


def test_a_sentence_opening_verb_without_a_subject_takes_the_person_the_sentence_before_opened_with() -> None:
    got = run("وأكدت [حركة الجهاد](ORG:pij) أن المقاومة ستقوم بدورها. ودعا رئيس المجلس الوطني "
              "[سليم الزعنون](PER:zanoun) إلى تطبيق القرارات. وأضاف في بيان صحفي أن الاحتلال مسؤول.")
    assert got[-1] == ("indirect", "الاحتلال مسؤول", "zanoun")


def test_after_a_sentence_with_a_quotation_the_last_speaker_goes_on() -> None:
    got = run("وقال [خالد](PER:khalid) إن الوضع صعب. وأضاف أن الحل قريب.")
    assert [q[2] for q in got] == ["khalid", "khalid"]


def test_the_latter_is_the_one_named_last() -> None:
    got = run("وقدم الأمير شكره لرئيس الاتحاد [إبراهيم البلوي](PER:balawi) بعد أن أعلن الأخير عن "
              "دعمه الكامل للفريق في مهمته.")
    assert got == [("indirect", "دعمه الكامل للفريق في مهمته", "balawi")]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "latter"],
                         ids=lambda r: r["form"])
def test_every_latter_row_is_read(row: dict[str, str]) -> None:
    assert speaker_clauses().at(words_of(row["form"]), 0) is not None
    assert latter(words_of(row["form"]), 0) == ("f" if row["form"].endswith("ة") else "m")


def test_a_happening_confirmed_is_what_was_said() -> None:
    got = run("وأكدت [وزارة الدفاع](ORG:mod) وقوع الحادث في بيان لها أمس.")
    assert got == [("indirect", "وقوع الحادث في بيان لها أمس", "mod")]


def test_afada_bi_reports_a_noun_phrase() -> None:
    got = run("أفادت [خلية الإعلام](ORG:cell) ,بمقتل وجرح 110 من عناصر التنظيم في غارات.")
    assert got == [("indirect", "بمقتل وجرح 110 من عناصر التنظيم في غارات", "cell")]
