"""A study's issuer speaks for its findings told again (statement_issuers): the issuer named in
the relative clause after the study's noun («الدراسة التي قام بها مركز المعلومات [بغرفة X]»),
on invented sentences."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_issuer_after_a_relative_clause_of_who_made_the_study() -> None:
    got = run("وأظهرت الدراسة التي قام بها مركز المعلومات ب[غرفة جدة](ORG:jcci) أن نصف المتاجر "
              "الصغيرة تعمل دون عمالة. وقالت الدراسة إن معظم المشاركات يعملن من المنزل.")
    assert [g[2] for g in got] == ["jcci", "jcci"]
