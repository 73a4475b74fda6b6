"""Quotation spans on the quotes dev gold (issue 15, round 22), on invented sentences: demands,
admissions and pledges with a preposition object (quote_objects: طالب/ناشد X بـ, اعترف / تعهد /
توعد بـ), no demand from a ب right after the verb («وطالب بوجود ...»), and «كتب» read as books where
no clause starts (quote_homographs)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_OBJECTS = {(r["form"], r["preposition"]) for r in load_table("quote_objects")}
_OPENERS = [r["form"] for r in load_table("quote_homographs") if r["kind"] == "verb_opener"]


@pytest.mark.parametrize("form", ["طالب", "طالبت", "ناشد"])
def test_a_demand_past_the_one_asked_is_what_was_said(form: str) -> None:
    assert (form, "ب+") in _OBJECTS
    got = run(f"و{form} [سعود](PER:saud) الحكومة بتوفير السكن للأسر المتضررة من السيول.")
    assert got == [("indirect", "بتوفير السكن للأسر المتضررة من السيول", "saud")]


def test_a_participle_of_demand_takes_the_clause_subject() -> None:
    got = run("وتظاهر أهالي [القرية](ORG:village) أمام المبنى، مطالبين بإصلاح الطريق الرئيسي قبل الشتاء.")
    assert [g[:2] for g in got] == [("indirect", "بإصلاح الطريق الرئيسي قبل الشتاء")]


@pytest.mark.parametrize("form", ["اعترف", "تعهد", "توعد"])
def test_an_admission_or_a_pledge_after_the_subject(form: str) -> None:
    got = run(f"و{form} [سعود](PER:saud) بإعادة بناء المدارس المتضررة خلال عام.")
    assert got == [("indirect", "بإعادة بناء المدارس المتضررة خلال عام", "saud")]


def test_books_are_no_verb_of_saying() -> None:
    assert run("وتقدم كتب الطبخ الحديثة الوصفات على أنها صحية دائما.") == []
    assert run("وقد قرأ الطلاب كتب التاريخ على أنها روايات قديمة.") == []


@pytest.mark.parametrize("opener", _OPENERS)
def test_after_a_clause_opener_katab_stays_the_verb(opener: str) -> None:
    if opener in ("الذي", "التي"):  # a relative clause on the name before it: its subject
        got = run(f"وهذا هو [سعود](PER:saud) {opener} كتب أن الوضع مستقر تماما.")
    else:
        got = run(f"وفي المساء {opener} كتب [سعود](PER:saud) أن الوضع مستقر تماما.")
    assert ("indirect", "الوضع مستقر تماما", "saud") in got, got


def test_katab_after_a_name_or_a_comma_is_the_verb() -> None:
    assert run("وفي المساء، كتب [سعود](PER:saud) أن الوضع مستقر تماما.") == [
        ("indirect", "الوضع مستقر تماما", "saud")]
    assert run("وفي المساء [سعود](PER:saud) كتب أن الوضع مستقر تماما.")[0][:2] == (
        "indirect", "الوضع مستقر تماما")
