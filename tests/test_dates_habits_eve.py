"""A feast's eve named alone («ليلة العيد», «ليلة عيد الفطر») in a yearly habit or near a word of custom is
every year's eve, a SET of no value, as the bare feast is (dates/habits.py; timex-dev-23: «للحناء ليلة
العيد طقوس خاصة»); one told of this year's eve (a visit that night, a question of the future) stays the
night of the last feast. «طقوس», «تقاليد» and the customs the generations hand down («تتوارثها الأجيال»,
«المتوارثة») are words of custom (`habit` rows of date_cues.tsv: «العادات ... التي تتوارثها الأجيال في إطار
إحياء قيم شهر رمضان», timex-dev-12)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
EVE = "2015-07-16TNI"


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("text", ["اعتادت الأسر تزيين البيوت ليلة العيد",
                                  "وللحناء ليلة العيد طقوس خاصة عند نساء القرية",
                                  "ماذا تفعل ليلة العيد؟"])
def test_a_feast_eve_in_a_habit_is_every_years_eve(text: str) -> None:
    assert ("ليلة العيد", "SET", None) in found(text)


def test_a_feast_eve_near_a_yearly_adverb_is_every_years_eve() -> None:
    assert found("وتجتمع العائلات ليلة عيد الفطر كل عام") == [
        ("ليلة عيد الفطر", "SET", None), ("كل عام", "SET", "P1Y")]


@pytest.mark.parametrize("text", ["وزار الأمير المستشفى ليلة العيد",
                                  "كيف ستقضي ليلة العيد؟",
                                  "ويقام الحفل السنوي ليلة العيد"])
def test_a_feast_eve_of_one_year_stays_that_night(text: str) -> None:
    assert ("ليلة العيد", "TIME", EVE) in found(text)


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "habit"
                                 and r["word"] in ("طقوس", "الطقوس", "تقاليد", "التقاليد")],
                         ids=lambda r: r["word"])
def test_a_word_of_custom_makes_the_eve_a_habit(row: dict[str, str]) -> None:
    assert found(f"وللأسر {row['word']} خاصة ليلة العيد") == [("ليلة العيد", "SET", None)]


def test_a_month_of_customs_the_generations_hand_down_is_a_habit() -> None:
    text = "وهذه من التقاليد التي تتوارثها الأجيال في إطار إحياء قيم شهر رمضان في القرى"
    assert found(text) == [("شهر رمضان", "SET", None)]
    assert found("وزار الوفد القرى في شهر رمضان") == [("شهر رمضان", "DATE", "2015-06-18/2015-07-16")]
