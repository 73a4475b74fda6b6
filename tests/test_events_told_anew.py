"""A definite event noun told anew with its own parties (issue 15, recall): a relative clause
right after the noun (or its modifiers) that names a person or an organisation makes the noun
an event of its own, its parties read in that clause; a بين after a few modifiers names its
parties. A bare definite noun, or one whose relative clause names no one, still refers back."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_senses
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run


def _shape(evs: list) -> list[tuple[str, list[str], str | None]]:
    return [(e.label, e.attrs.participants, e.attrs.place) for e in evs]


def test_a_visit_noun_with_its_relative_clause_names_its_visitor_and_place() -> None:
    evs = run("انتقدت المعارضة في المنفى اليوم الزيارة التي من المزمع أن تقوم بها الممثلة العليا للسياسة "
              "الخارجية الأوروبية [فدريكا موغيريني](PER:mogherini) إلى [طهران](LOC:tehran) .")
    assert _shape(evs) == [("VISIT", ["mogherini"], "tehran")]


def test_a_meeting_noun_and_its_conjunct_before_the_relative_clause() -> None:
    evs = run("نسمع عن بعض الحوارات والمشاورات التي تجرى في [سلطنة عمان](LOC:oman) بين "
              "[إسماعيل ولد الشيخ أحمد](PER:ismail) و[عبدالملك الحوثي](PER:houthi).")
    assert [(e.label, set(e.attrs.participants)) for e in evs] == [("MEET", {"ismail", "houthi"})]


def test_an_agreement_noun_with_modifiers_before_its_between() -> None:
    evs = run("لا قيمة لاعتراض بعض أعضاء البرلمان على الاتفاق النووي الأخير بين [إيران](LOC:iran) "
              "و[مجموعة (5+1)](ORG:p5).")
    assert [(e.label, set(e.attrs.participants)) for e in evs] == [("AGREE", {"iran", "p5"})]


def test_a_visit_recalled_as_a_time_mark_with_its_own_visitor_is_told_anew() -> None:
    # «بعد الزيارة التاريخية التي قام بها X إلى Y»: a time mark whose visit names its visitor
    evs = run("تدهورت العلاقات بعد الزيارة التاريخية التي قام بها الرئيس [فلان الفلاني](PER:flan) "
              "إلى [فلانستان](LOC:flanistan) عام 1979.")
    assert _shape(evs) == [("VISIT", ["flan"], "flanistan")]
    assert run("تدهورت العلاقات بعد الزيارة التاريخية عام 1979.") == []


def test_a_relative_clause_naming_no_one_keeps_the_noun_a_reference_back() -> None:
    assert run("وقال [محمد](PER:m) إن الزيارة التي تمت الأسبوع الماضي كانت ناجحة.") == []
    assert run("وأكد أن الاتفاق الذي تم التوصل إليه يخدم المنطقة.") == []


def test_punctuation_before_the_relative_pronoun_ends_the_noun_phrase() -> None:
    assert run("وأشاد بالزيارة، التي قام بها [محمد بن سلمان](PER:mbs) للمدينة.") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "relative_pronoun"],
                         ids=lambda r: r["form"])
def test_each_relative_pronoun_row_is_found(row: dict[str, str]) -> None:
    ws = words_of(row["form"])
    assert event_senses().at(ws, 0, frozenset({"relative_pronoun"})) is not None
