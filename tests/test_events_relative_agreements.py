"""An agreement told by a relative clause whose antecedent is the agreement noun (issue 15):
the verb of agreeing, carrying the object pronoun that refers back, takes the noun before its
relative pronoun as its object (الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران, مذكرة التفاهم
التي وقعها الوزيران; not the passive «الاتفاق الذي وقع», which names no signer), with the pronoun-object
rows of event_triggers.tsv (وقعه, وقعته, أبرمه, أبرمته); the verb alone with no agreement before
it stays no agreement (وقع الحادث الذي وقع أمس: something happened; كان للخبر وقعه: its effect)."""

from __future__ import annotations

from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from tests.test_events_units import run


def _agreements(evs: list) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == "AGREE"]


def test_signers_after_the_memorandum_they_signed() -> None:
    evs = run("وأكد المدير تفعيل مذكرة التفاهم والتعاون التي وقعها في شهر شعبان الماضي معالي الدكتور "
              "[عزام الدخيل](PER:dakhil) ومعالي المهندس [خالد الفالح](PER:falih) في [أبها](LOC:abha).")
    assert _agreements(evs) == [{"dakhil", "falih"}]


def test_a_deal_concluded_with_a_state_by_a_relative_clause() -> None:
    evs = run("وسيلتقي الوزير نظراءه لتهدئة مخاوفهم الناتجة عن الاتفاق الذي أبرمته [الصين](LOC:cn) "
              "مع [إيران](LOC:ir) في [فيينا](LOC:vienna).")
    assert _agreements(evs) == [{"cn", "ir"}]


def test_a_contract_signed_by_a_company_with_another() -> None:
    evs = run("وألغت الحكومة العقد الذي وقعته [شركة المراعي](ORG:almarai) مع [شركة نادك](ORG:nadec) "
              "العام الماضي.")
    assert _agreements(evs) == [{"almarai", "nadec"}]


def test_the_verb_without_an_agreement_before_it_is_no_trigger() -> None:
    assert find_triggers(words_of("وقع الحادث الذي وقع أمس في المدينة")) == []
    assert find_triggers(words_of("كان للخبر وقعه على الناس الذين تابعوه")) == []
    assert find_triggers(words_of("هذا هو الكتاب الذي وقعه المؤلف أمس")) == []


def test_a_passive_relative_verb_names_no_signer() -> None:
    assert find_triggers(words_of("وقال إن الاتفاق الذي وقع يمهد الطريق أمام الدول")) == []
    assert [t.row.type for t in find_triggers(words_of("الاتفاق الذي وقعه الطرفان"))] == ["AGREE"]


def test_the_main_clauses_person_is_no_party_to_the_deal_its_relative_clause_tells() -> None:
    evs = run("حيث سيلتقي [كيري](PER:kerry) نظراءه، لتهدئة مخاوفهم الناتجة عن الاتفاق النووي الذي أبرمته "
              "الدول الكبرى مع [إيران](LOC:ir) في [فيينا](LOC:vienna).")
    assert _agreements(evs) == [{"ir"}]


def test_the_two_sides_of_a_passive_relative_clause_are_not_replaced_by_the_subject_before() -> None:
    # round 36 (events-dev-fresh23 17742): the person of the sentence before took the place of both
    # sides named after «بين», and a person alone is no agreement: the deal was lost
    evs = run("بدأ الوزير [فهد](PER:fahd) جولة في المنطقة اليوم. ويخشى كثيرون أن يسرع الاتفاق الذي أبرم "
              "يوم الثلاثاء بين [إيران](LOC:ir) و[الصين](LOC:cn) من التقارب بينهما.")
    assert _agreements(evs) == [{"ir", "cn"}]


def test_a_passive_relative_clause_with_one_side_takes_no_subject_from_before() -> None:
    evs = run("بدأ الوزير [فهد](PER:fahd) جولة في المنطقة اليوم. ويخشى كثيرون أن يسرع الاتفاق الذي أبرم "
              "يوم الثلاثاء مع [إيران](LOC:ir) من التقارب.")
    assert not any("fahd" in parts for parts in _agreements(evs))
