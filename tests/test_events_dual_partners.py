"""Events of round 32 (second part): a meeting or call «بين» two unnamed holders of an office
(«قمة أخرى بين الزعيمين», «اتصال هاتفي بين الرئيسين») is one of the two persons the sentence before
names, where it names just two; with more or fewer named there it stays as before. The new
table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_BEFORE = ("وتحسنت العلاقات عقب لقاء بين [مودي](PER:modi) والرئيس [شريف](PER:sharif) "
           "[العام الماضي](DATE:2014). ")


def test_a_summit_between_the_two_leaders_is_of_the_two_named_before() -> None:
    evs = run(_BEFORE + "وقالت مصادر إن قمة جديدة بين الزعيمين ستعقد [هذا العام](DATE:2015).",
              published="2015-07-20")
    assert labelled_parties(evs) == [("MEET", ["modi", "sharif"]), ("MEET", ["modi", "sharif"])]
    assert [e.attrs.date for e in evs] == ["2014", "2015"]


def test_with_three_named_before_no_pair_is_taken() -> None:
    evs = run("وحضر اللقاء [مودي](PER:modi) و[شريف](PER:sharif) و[غني](PER:ghani). وقالت مصادر إن قمة "
              "جديدة بين الزعيمين ستعقد هذا العام.", published="2015-07-20")
    assert [e.label for e in evs] == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "dual_partners"],
                         ids=lambda r: r["form"])
def test_every_dual_office_noun_takes_the_pair(row: dict[str, str]) -> None:
    evs = run(_BEFORE + f"وأكدت المصادر أن اتصالا هاتفيا بين {row['form']} جرى أمس.", published="2015-07-20")
    assert ("CALL", ["modi", "sharif"]) in labelled_parties(evs)
