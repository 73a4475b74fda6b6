"""Documents that speak for the body that issued them (issue 15, round 32, second part), on
invented sentences: a statement with its owner after it and a verb of saying right after
(«أعادت الصفحة … التي يترأسها X، نشر نص بيان لوزارة Y، يؤكد أن»: Y's, not X's)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_statement_with_its_owner_after_it_speaks_for_the_owner() -> None:
    got = run("وأعادت الصفحة الرسمية للحكومة التي يترأسها [سالم الراشد](PER:rashed)، نشر نص بيان "
              "[لوزارة الزراعة](ORG:moa)، يؤكد أن «المحصول هذا العام وفير».")
    assert got[0][2] == "moa"


def test_a_name_before_a_verb_of_issuing_with_no_comma_issued_it() -> None:
    got = run("وكان [معهد الدراسات](ORG:inst) أصدر تقريرا يؤكد أن «الأسعار سترتفع».")
    assert got[0][2] == "inst"
