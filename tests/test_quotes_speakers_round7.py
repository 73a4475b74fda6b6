"""Speakers and quotes on real news (issue 15, quotes, round 7): a statement the sentence's
speaker gave its words in («وأوضحت الوزارة أن ... وذلك في بيان») is that speaker's, so «وتابع
البيان» later is the same speaker; «كشف عن أن ...» reports the verb's own clause (the bare عن
before a complementizer is no relay); a place named after a statement noun does not go on speaking
and an indefinite statement noun («بيانا») is a new statement."""

from __future__ import annotations

import pytest

from marsad.events.quote_words import clause_after_about
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


_ABOUT = [r for r in load_table("quote_cues") if r["kind"] == "about"]


@pytest.mark.parametrize("row", _ABOUT, ids=lambda r: r["form"])
def test_a_verb_then_about_then_a_complementizer_reports_its_own_clause(row: dict[str, str]) -> None:
    got = said(
        "فجر رئيس النادي [رودولفو دونوفريو](PER:rodolfo) مفاجأة بعدما كشف " + row["form"]
        + " أن المهاجم لم يوقع عقدا مع أي ناد."
    )
    assert [q[1:3] for q in got] == [("المهاجم لم يوقع عقدا مع أي ناد", "rodolfo")]
    got = said("وكانت [إدارة النادي](ORG:club) قد أعلنت " + row["form"] + " أنها أنهت إجراءات التعاقد.")
    assert [q[1:3] for q in got] == [("أنهت إجراءات التعاقد", "club")]


def test_about_with_a_pronoun_or_without_a_complementizer_is_no_clause_of_its_own() -> None:
    assert clause_after_about(words_of("كشف عن أن"), 1)
    assert not clause_after_about(words_of("نقلت عنها أن"), 1)  # a relay: someone else's words
    assert not clause_after_about(words_of("كشف عن خطة"), 1)


def test_a_place_named_after_a_statement_does_not_go_on_speaking() -> None:
    got = said(
        "وقال [أسامة المجدوب](PER:m) إن الاجتماع مهم. وقال المجدوب إن الاجتماع يأتي تنفيذا لبيان "
        "وقرارات مؤتمر [القاهرة](LOC:cairo)، فيما كشف عن أنه من المقرر أن ينتخب مجلس أعلى."
    )
    assert got[-1][1:3] == ("من المقرر أن ينتخب مجلس أعلى", "m")


def test_an_indefinite_statement_is_a_new_one_not_the_last_issuers() -> None:
    got = said(
        "وقال [المرصد](ORG:obs) في بيان إن القصف مستمر. "
        "واصدرت غرفة العمليات بيانا اعلنت فيه “استهداف الثكنات العسكرية في المنطقة”."
    )
    assert got[-1][1:3] == ("استهداف الثكنات العسكرية في المنطقة", None)
    got = said("وقال [المرصد](ORG:obs) في بيان إن القصف مستمر. وأضاف البيان أن الضحايا مدنيون.")
    assert got[-1][1:3] == ("الضحايا مدنيون", "obs")
    # in construct with a name in marks («تقرير "ساما"») it is that body's, the last one named
    got = said("وقالت [مؤسسة النقد](ORG:sama) في تقرير إن الودائع زادت. "
               "وكشف تقرير \"ساما\" عن ارتفاع إجمالي القروض التي صرفتها البنوك.")
    assert got[-1][2] == "sama"
