"""The present of أصر (insist), «يصر/تصر X على أن …», reports its clause as the past «أصر» does
(quote_cues, round 50: quotes-dev-fresh28 24760 «فيما تصر روسيا على أنه [لا توجد أدلة …]», its
speaker lost to the quotation before it), on invented sentences; with a noun, no clause, none."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_KINDS = {r["form"]: r["kind"] for r in load_table("quote_cues")}


@pytest.mark.parametrize("form", ["يصر", "تصر"])
def test_the_present_of_insisting_reports_its_clause(form: str) -> None:
    assert _KINDS[form] == "verb"
    got = run(f"وتؤكد الدول الثلاث أن النظام هو المسؤول، فيما {form} [روسيا](LOC:r) على أنه لا توجد أدلة "
              "دامغة على ذلك.")
    assert got[-1] == ("indirect", "لا توجد أدلة دامغة على ذلك", "r")


def test_insisting_on_a_noun_is_no_quotation() -> None:
    assert run("ويصر المدرب على اللعب بطريقة هجومية في كل المباريات.") == []
