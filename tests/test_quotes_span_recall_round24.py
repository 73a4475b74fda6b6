"""Quotation spans of round 24 (issue 15), on invented sentences.

- «بالقول», the saying noun with the article after a verb of going on or of keeping to («ومضى
  البيان بالقول إن ...», «واكتفى بالقول إن ...»), introduces speech like «بقوله»: its clause's
  subject said it. The noun with no complementizer, colon or mark after it opens nothing.
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_by_saying_opens_a_reported_clause() -> None:
    got = run("وأصدرت الجماعة بيانا. "
              "ومضى البيان بالقول إن الاتهامات المنشورة ما هي إلا تعبير عن إفلاس الخصوم.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "الاتهامات المنشورة ما هي إلا تعبير عن إفلاس الخصوم")]


def test_by_saying_keeps_its_clause_subject() -> None:
    got = run("وسئل [عادل الجبير](PER:jubeir) عن القاعدة فاكتفى بالقول إن الرئيسين ناقشا تعميق التعاون.")
    assert got == [("indirect", "الرئيسين ناقشا تعميق التعاون", "jubeir")]


def test_by_saying_before_a_colon() -> None:
    got = run("وختم [خالد الفيصل](PER:faisal) كلمته بالقول: نحن فخورون بما تحقق في هذا العام.")
    assert got == [("direct", "نحن فخورون بما تحقق في هذا العام", "faisal")]


def test_the_noun_alone_opens_nothing() -> None:
    assert run("وتمسك الفريق بالقول الفصل في القضية المعروضة أمام المحكمة.") == []
