"""Verbs of showing that speak for a study, a survey, a poll or a report (quote_findings.tsv,
quote_findings.findings), on invented sentences: «وأظهرت الدراسة أن ...» is reported speech, what
data or pictures show is not."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence, said", [
    ("وأظهرت الدراسة أن نصف الطلاب ينامون أقل من ست ساعات.", "نصف الطلاب ينامون أقل من ست ساعات"),
    ("وأظهر مسح أجرته الغرفة التجارية هذا الشهر أن المبيعات ارتفعت في الربع الثاني.",
     "المبيعات ارتفعت في الربع الثاني"),
    ("وأظهرت نتائج الاستطلاع أن معظم المشاركين يفضلون العمل عن بعد.",
     "معظم المشاركين يفضلون العمل عن بعد"),
    ("فيما تظهر تقارير دولية أن معدلات البطالة تراجعت.", "معدلات البطالة تراجعت"),
    ("وتوصلت الدراسة إلى أن الفقر يؤثر على نمو الأطفال.", "الفقر يؤثر على نمو الأطفال"),
    ("فقد خلص استطلاع أجرته شبكة إخبارية إلى أن معظم الناخبين يؤيدون القرار.",
     "معظم الناخبين يؤيدون القرار"),
    ("ووجدت الدراسة، وفقا لصحيفة بريطانية، أن الأطفال ينامون أقل.", "الأطفال ينامون أقل"),
])
def test_a_document_right_after_the_verb_speaks(sentence: str, said: str) -> None:
    assert [g[:2] for g in run(sentence)] == [("indirect", said)]


@pytest.mark.parametrize("sentence", [
    "وأظهرت بيانات رسمية أن الصادرات انخفضت في مايو الماضي.",  # data: no one's speech
    "وأظهرت الصور أن المبنى تعرض لأضرار كبيرة.",  # pictures
    "وأظهر اللاعب مستوى جيدا في المباراة أن الفريق بحاجة إليه.",  # a person showing, no document
    "ووجدت الشرطة أن الباب كان مفتوحا.",  # a body finding, no document: its subject is no study
    "وخلص الاجتماع إلى أن الحل سياسي.",
])
def test_what_no_document_shows_is_no_quotation(sentence: str) -> None:
    assert run(sentence) == []


def test_every_kind_of_the_table_has_rows_and_forms_are_single_words() -> None:
    rows = load_table("quote_findings")
    assert {r["kind"] for r in rows} == {"verb", "document", "results", "maker"}
    assert all(len(normalize(r["form"]).split()) == 1 for r in rows)
