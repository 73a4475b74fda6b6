"""Agreements whose signing verb or parties stand far from the words that make them one (issue 15,
round 24, events-dev recall): a signing verb past a long subject with a title, a name and commas
(«ووقع المندوب الدائم ... في نيويورك، السفير X، على اتفاقية»), and an agreement noun whose
parties after بين follow a clause that tells it was made («اتفاق فيينا المبرم في 14 تموز بين X و
Y», «الاتفاق الذي تم إبرامه أخيراً بين X و Y»): both named parties, not the sentence's other
names; one party and a common noun («بين إيران والقوى الكبرى») is no report between named
actors, but a description that counts the group («والدول الست») names the 5+1 (round 42). The
new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.events.signed_clauses import signed_between
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_events_units import run


def _agree(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs if e.label == "AGREE"]


def test_a_signing_verb_reaches_its_object_past_a_titled_name_in_commas() -> None:
    evs = run("ووقع المندوب الدائم للمملكة العربية السعودية لدى الأمم المتحدة في نيويورك، السفير "
              "[عبدالله المعلمي](PER:mouallimi)، على اتفاقية إقامة العلاقات مع [فيجي](LOC:fiji).")
    assert _agree(evs) and _agree(evs)[0][1][0] == "mouallimi"


def test_a_signing_verb_does_not_reach_an_agreement_noun_of_a_later_clause() -> None:
    evs = run("ووقع [الهلال](ORG:hilal) مع اللاعب [أحمد](PER:ahmad) لمدة ثلاثة مواسم في حفل أقيم أمس "
              "بالرياض بحضور عدد كبير من الجماهير والإعلاميين وأعضاء الشرف، وأكد رئيس النادي أن الاتفاقية "
              "ستنشر لاحقا.")
    assert _agree(evs) == []


def test_an_agreement_made_in_a_participle_clause_takes_the_parties_after_between() -> None:
    evs = run("وصادق [مجلس الأمن](ORG:unsc) على رفع العقوبات بموجب اتفاق [فيينا](LOC:vienna) المبرم في 14 "
              "تموز بين [إيران](LOC:iran) و[الولايات المتحدة](LOC:usa) و[فرنسا](LOC:france).")
    assert _agree(evs) == [("AGREE", ["iran", "usa", "france"])]


def test_an_agreement_made_in_a_relative_clause_takes_the_parties_after_between() -> None:
    evs = run("وأكد [المعلم](PER:muallem) أن الاتفاق الذي تم إبرامه أخيرا بين [إيران](LOC:iran) "
              "و[مجموعة 5+1](ORG:p5) لن يؤثر على الدعم.")
    assert _agree(evs) == [("AGREE", ["iran", "p5"])]


def test_one_named_party_and_a_common_noun_after_the_clause_is_no_agreement() -> None:
    evs = run("وأكد [المعلم](PER:muallem) أن الاتفاق الذي تم إبرامه أخيرا بين [إيران](LOC:iran) "
              "والقوى الكبرى لن يؤثر على الدعم الذي تقدمه [طهران](LOC:tehran) ل[دمشق](LOC:damascus).")
    assert _agree(evs) == []


def test_a_counted_description_of_the_group_after_the_clause_is_its_party() -> None:
    # round 42's ruling (docs/realtext-annotation.md: «الدول الست» counts the group, the 5+1;
    # events-dev-fresh9 8999 is this sentence) overturns round 24's reading of it as a common noun
    evs = run("وأكد [المعلم](PER:muallem) أن الاتفاق الذي تم إبرامه أخيرا بين [إيران](LOC:iran) "
              "والدول الست لن يؤثر على الدعم الذي تقدمه [طهران](LOC:tehran) ل[دمشق](LOC:damascus).")
    assert _agree(evs) == [("AGREE", ["iran", "p5_plus_1"])]


def test_a_common_noun_followed_by_its_named_members_makes_the_agreement() -> None:
    # round 42 (events-dev 12994): the six powers named after a comma are the parties the noun stands for
    evs = run("وناقشت تطبيق الاتفاق النووي الذي وقع في 14 يوليو بين [إيران](LOC:iran) والقوى الست الكبرى، "
              "[الولايات المتحدة](LOC:usa) و[بريطانيا](LOC:uk) و[فرنسا](LOC:france).")
    assert _agree(evs) == [("AGREE", ["iran", "usa", "uk", "france"])]
    # one name after the comma is no list of members: a clause of its own; the counted description
    # is the 5+1 then (round 42's ruling, which turned this expectation from no agreement)
    evs = run("وناقشت تطبيق الاتفاق النووي الذي وقع في 14 يوليو بين [إيران](LOC:iran) والقوى الست الكبرى، "
              "وهو ما رحبت به [فرنسا](LOC:france).")
    assert _agree(evs) == [("AGREE", ["iran", "p5_plus_1"])]
    # a longer phrase before the comma is no common noun standing for the names after it: the
    # counted description is the group again (round 42), the names after the comma no parties
    evs = run("وناقشت تطبيق الاتفاق النووي الذي وقع في 14 يوليو بين [إيران](LOC:iran) والقوى الست التي "
              "فاوضتها طويلا، [الولايات المتحدة](LOC:usa) و[فرنسا](LOC:france).")
    assert _agree(evs) == [("AGREE", ["iran", "p5_plus_1"])]


def test_a_clause_of_another_sense_is_no_agreement() -> None:
    evs = run("وأكد [المعلم](PER:muallem) أن الاتفاق الذي أعلنه أخيرا بين [إيران](LOC:iran) "
              "و[سوريا](LOC:syria) يقوي العلاقات.")
    assert _agree(evs) == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "signing_clause"],
                         ids=lambda r: r["form"])
def test_each_signing_clause_pushes_between_past_the_nouns_reach(row: dict[str, str]) -> None:
    ws = words_of(normalize(f"الاتفاق الذي {row['form']} أمس بين إيران وسوريا"))
    assert signed_between(ws, 1, (normalize("بين"),)) == len(ws) - 3
    assert signed_between(ws, 1, (normalize("مع"),)) is None
    assert int(row["window"]) >= 1
