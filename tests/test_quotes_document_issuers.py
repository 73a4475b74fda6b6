"""Documents that speak for the body that issued them (issue 15, round 32, second part), on
invented sentences: a statement with its owner after it and a verb of saying right after
(«أعادت الصفحة … التي يترأسها X، نشر نص بيان لوزارة Y، يؤكد أن»: Y's, not X's); a joint
statement no subject gave words in («جاء ذلك في بيان مشترك …، أفاد أنه»: no one); a study whose
author is named with his office in a body («الدراسة التي أعدها X، رئيس مركز Y»: the centre's); a
statement an unnamed official of a body gave («وأوضح مصدر في الهيئة في بيان»: the body's); a report
a speaker the text only describes gave («أكدت ماكنزي الاستشارية في تقرير لها» … «وقال التقرير»)."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import speaker_ref
from marsad.events.speaker_clauses import authored_document, joint_statement
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.steps.quotes import quotes
from tests.test_quotes_units import marked, run


def test_a_statement_with_its_owner_after_it_speaks_for_the_owner() -> None:
    got = run("وأعادت الصفحة الرسمية للحكومة التي يترأسها [سالم الراشد](PER:rashed)، نشر نص بيان "
              "[لوزارة الزراعة](ORG:moa)، يؤكد أن «المحصول هذا العام وفير».")
    assert got[0][2] == "moa"


def test_a_name_before_a_verb_of_issuing_with_no_comma_issued_it() -> None:
    got = run("وكان [معهد الدراسات](ORG:inst) أصدر تقريرا يؤكد أن «الأسعار سترتفع».")
    assert got[0][2] == "inst"


def test_a_joint_statement_no_subject_gave_speaks_for_no_one() -> None:
    got = run("جاء ذلك في بيان مشترك صدر بمناسبة زيارة الأمير [فهد بن سالم](PER:fahd) إلى "
              "[الكويت](LOC:kuwait)، أفاد أنه تم الاتفاق على تعزيز التعاون. وأوضح البيان أنه جرى بحث "
              "الأوضاع في المنطقة.")
    assert [q[2] for q in got] == [None, None]


def test_a_joint_statement_a_subject_gave_words_in_is_that_subject_s() -> None:
    got = run("أوضحت [وزارة الصحة](ORG:moh) في بيان مشترك مع الهيئة، أنه تم تسجيل حالات جديدة. "
              "وذكر البيان أن الحالات مستقرة.")
    assert [q[2] for q in got] == ["moh", "moh"]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "joint_statement"],
                         ids=lambda r: r["form"])
def test_every_joint_statement_row_marks_its_statement_joint(row: dict[str, str]) -> None:
    assert joint_statement(words_of("بيان " + row["form"]), 0)
    assert not joint_statement(words_of("بيان صادر"), 0)


def test_a_study_its_author_prepared_speaks_for_the_body_he_heads() -> None:
    got = run("وذكرت الدراسة التي أعدها الدكتور [سامي العلي](PER:ali)، رئيس [مركز البحوث الزراعية](ORG:arc)، "
              "أن «الإنتاج تضاعف». وقالت الدراسة إن الصادرات زادت.")
    assert [q[2] for q in got] == ["arc", "arc"]


def test_a_statement_its_author_gave_stays_his() -> None:
    got = run("وذكر البيان الذي أصدره [سامي العلي](PER:ali)، رئيس [مركز البحوث الزراعية](ORG:arc)، "
              "أن «الإنتاج تضاعف».")
    assert [q[2] for q in got] == ["ali"]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses")
                                 if r["kind"] == "authored_document"], ids=lambda r: r["form"])
def test_every_authored_document_row_is_a_statement_noun(row: dict[str, str]) -> None:
    ref = speaker_ref(normalize(row["form"]))
    assert ref is not None and ref[0] == "statement" and authored_document(ref[1])
    assert not authored_document("بيان")


def test_a_statement_an_unnamed_official_of_a_body_gave_is_the_body_s() -> None:
    got = run("أغلقت [هيئة الطيران المدني](ORG:gaca) المطار أمس. وأوضح مصدر في [الهيئة](ORG:gaca) في بيان "
              "صحفي أن «الرحلات ستعود غدا». وأضاف البيان: «نعتذر للمسافرين».")
    assert [q[2] for q in got] == [None, "gaca"]


def test_an_unnamed_official_with_no_body_leaves_the_statement_unowned() -> None:
    got = run("وأوضح مصدر أمني في بيان صحفي أن «الوضع هادئ». وأضاف البيان: «لا إصابات».")
    assert [q[2] for q in got] == [None, None]


def _described(src: str) -> list[tuple[str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker, q.attrs.speaker_text) for q in art.layer("quotes")]


def test_a_report_a_speaker_only_described_gave_is_those_words_again() -> None:
    got = _described("أكدت ماكنزي الاستشارية في تقرير لها أن الأسواق تنمو. وقال التقرير إن البنوك تتوسع.")
    assert got == [(None, "ماكنزي الاستشارية"), (None, "ماكنزي الاستشارية")]


def test_a_report_nobody_was_said_to_give_stays_the_report() -> None:
    got = _described("أكدت ماكنزي الاستشارية أن الأسواق تنمو. وقال التقرير إن البنوك تتوسع.")
    assert got[1] == (None, "التقرير")


def test_a_report_a_body_named_by_its_kind_and_then_in_marks_issued_is_the_named_body_s() -> None:
    got = run("وأشار التقرير الذي أصدرته [شركة الأبحاث](ORG:kind) «[نجمة المال](MISC:najma)» إلى أن "
              "«السكان يتزايدون».")
    assert got[0][2] == "najma"


def test_a_body_with_no_name_in_marks_after_it_stays_the_issuer() -> None:
    got = run("وأشار التقرير الذي أصدرته [شركة نجمة المال](ORG:najma) إلى أن «السكان يتزايدون».")
    assert got[0][2] == "najma"


def test_a_new_report_is_the_one_the_next_sentence_names_with_its_issuer() -> None:
    got = run("وأفاد تقرير صدر حديثا بأن «السكان يتزايدون». وأشار التقرير الذي أصدرته "
              "[شركة نجمة المال](ORG:najma) إلى أن «الطلب يرتفع».")
    assert [q[2] for q in got] == ["najma", "najma"]


def test_a_new_report_followed_by_another_kind_of_statement_stays_unowned() -> None:
    got = run("وأفاد تقرير صدر حديثا بأن «السكان يتزايدون». وأشار البيان الذي أصدرته "
              "[شركة نجمة المال](ORG:najma) إلى أن «الطلب يرتفع».")
    assert [q[2] for q in got] == [None, "najma"]
