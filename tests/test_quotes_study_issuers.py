"""A study's issuer speaks for its findings told again (statement_issuers): the issuer named in
the relative clause after the study's noun («الدراسة التي قام بها مركز المعلومات [بغرفة X]»),
and a definite results noun alone right after the study («وبينت النتائج أن»), on invented
sentences."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_issuer_after_a_relative_clause_of_who_made_the_study() -> None:
    got = run("وأظهرت الدراسة التي قام بها مركز المعلومات ب[غرفة جدة](ORG:jcci) أن نصف المتاجر "
              "الصغيرة تعمل دون عمالة. وقالت الدراسة إن معظم المشاركات يعملن من المنزل.")
    assert [g[2] for g in got] == ["jcci", "jcci"]


def test_results_told_again_speak_for_the_study_before_them() -> None:
    got = run("وأظهرت الدراسة التي أعدها [مركز الملك فيصل](ORG:kfc) أن ثلث الأسر تدخر شهريا. "
              "وبينت النتائج أن ربع الأسر لا تدخر شيئا.")
    assert [g[2] for g in got] == ["kfc", "kfc"]
    got = run("وأظهرت الدراسة التي أعدها [مركز الملك فيصل](ORG:kfc) أن ثلث الأسر تدخر شهريا. "
              "وأوضحت الإحصاءات أن ربع الأسر لا تدخر شيئا.")
    assert [g[2] for g in got] == ["kfc", "kfc"]


def test_results_without_a_study_right_before_them_are_no_issuers() -> None:
    got = run("وأظهرت الدراسة التي أعدها [مركز الملك فيصل](ORG:kfc) أن ثلث الأسر تدخر شهريا. "
              "وعقد المجلس اجتماعه أمس في الرياض. وناقش الأعضاء جدول الأعمال. "
              "وبينت النتائج أن ربع الأسر لا تدخر شيئا.")
    assert len(got) == 2 and got[-1][2] != "kfc"  # the study lies three sentences back


def test_results_with_more_words_are_not_the_study_told_again() -> None:
    got = run("وأظهرت الدراسة التي أعدها [مركز الملك فيصل](ORG:kfc) أن ثلث الأسر تدخر شهريا. "
              "وبينت النتائج الأولية للانتخابات أن المرشح تقدم بفارق كبير.")
    assert len(got) == 2 and got[-1][2] != "kfc"  # a vote's results, not the study's


def test_a_poll_told_again_speaks_for_its_maker() -> None:
    got = run("ونشرت الصحيفة نتائج استطلاع «[غالوب](ORG:gallup)» حول الانتخابات. "
              "وأظهر الاستطلاع أن نصف الناخبين لم يحسموا أمرهم.")
    assert [g[2] for g in got] == ["gallup"]
    got = run("وجاءت الأرقام في استطلاع أجرته [شركة إبسوس](ORG:ipsos) الشهر الماضي. "
              "وكشف الاستطلاع أن معظم الشباب يفضلون العمل الحر.")
    assert [g[2] for g in got] == ["ipsos"]


def test_a_poll_with_other_words_after_its_noun_names_no_maker() -> None:
    got = run("وجاءت الأرقام في استطلاع شمل ألف شاب، حسبما أفادت [صحيفة الرياض](ORG:riyadh_paper). "
              "وكشف الاستطلاع أن معظم الشباب يفضلون العمل الحر.")
    assert got[-1][2] != "riyadh_paper"  # the paper cited further on made no poll
