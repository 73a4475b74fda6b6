"""Events (issue 15): one happening, one event. A verb of agreeing whose object right after it is
a definite agreement noun (وقع المذكرتين X و Y), after an agreement told before, names the
signers of that agreement: they join it, no event of their own."""

from __future__ import annotations

from tests.test_events_units import run

_TOLD = ("أبرمت [مدينة الملك عبدالعزيز](ORG:kacst) [اليوم](DATE:2015-07-30) مذكرتي تفاهم مع "
         "[الشركة السعودية للكهرباء](ORG:sec). ")


def test_the_signers_of_an_agreement_told_before_join_it() -> None:
    evs = run(_TOLD + "ووقع المذكرتين الأمير [تركي بن سعود](PER:turki) رئيس المدينة، والمهندس "
              "[زياد الشيحة](PER:ziad).")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1
    assert set(agree[0].attrs.participants) == {"kacst", "sec", "turki", "ziad"}


def test_an_agreement_signed_with_no_agreement_told_before_stands() -> None:
    evs = run("ووقع الاتفاقية الأمير [تركي بن سعود](PER:turki) والمهندس [زياد الشيحة](PER:ziad) "
              "[اليوم](DATE:2015-07-30).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["turki", "ziad"])]


def test_an_indefinite_agreement_signed_after_another_is_another() -> None:
    evs = run(_TOLD + "ووقع الأمير [تركي بن سعود](PER:turki) اتفاقية مع [شركة أرامكو](ORG:aramco).")
    assert len([e for e in evs if e.label == "AGREE"]) == 2


def test_a_restated_agreement_joins_only_one_of_its_own_status() -> None:
    evs = run("وسيوقع [الأردن](LOC:jordan) مذكرة تفاهم مع [مصر](LOC:egypt) الشهر المقبل. ووقع الاتفاقية "
              "الوزير [ناصر جودة](PER:judeh) والوزير [سامح شكري](PER:shoukry) [أمس](DATE:2015-07-30).",
              published="2015-07-31")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 2 and {e.attrs.status for e in agree} == {"planned", "happened"}
