"""A direct object of a verb of saying after a relative clause on its subject's words, past the comma
that closes it (quote_nominal.object_at, issue 15 round 45): «وأكد X خلال المؤتمر الصحفي الذي عقد
ظهر الثلاثاء …، [جاهزية فريقه …]» (quotes-dev-fresh 30641); a head inside the relative clause, no comma
before it, stays out."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_head_after_the_comma_that_closes_a_relative_clause_is_what_was_said() -> None:
    got = run("وأكد [دونيس](PER:d) خلال المؤتمر الصحفي الذي عقد ظهر الثلاثاء للحديث عن المباراة ، "
              "جاهزية فريقه للفوز باللقاء.")
    assert got == [("indirect", "جاهزية فريقه للفوز باللقاء", "d")]


def test_a_head_inside_the_relative_clause_stays_out() -> None:
    assert run("وأكد [سعود](PER:s) القرار الذي يبين أهمية التعاون بين البلدين في المجالات كافة.") == []
