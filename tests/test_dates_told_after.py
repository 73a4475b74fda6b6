"""«بعد» + a count inside a clause of past narration (a perfective verb opening the clause with «و/ف»,
or a relative pronoun and its perfective verb) is a length, the count alone its span (dates/told_after.py;
round 52's outside dates audit), on invented sentences; a clause of the future or of reported speech
keeps the date from now."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

SUNDAY = date(2015, 8, 2)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, SUNDAY)]


def test_a_count_after_a_perfective_verb_opening_the_clause_is_a_length() -> None:
    assert found("وخرج المريض من العناية المركزة إلى قسم الجراحة العامة بعد 13 يوما.") == [
        ("13 يوما", "DURATION", "P13D")]
    assert found("وعاد اللاعب إلى التدريبات بعد أسبوعين.") == [("أسبوعين", "DURATION", "P2W")]


def test_a_long_clause_opened_by_a_short_past_verb() -> None:
    """Round 52's outside audit (row 51): 18 words between «وتم» and «بعد 13 يوما»."""
    text = ("وبدأت الرئتان في التحسن تدريجيا، وتم رفع جهاز التنفس الصناعي بعد عشرة أيام من العملية وخرج "
            "المريض من العناية المركزة إلى قسم الجراحة العامة بعد 13 يوما.")
    assert found(text) == [("عشرة أيام", "DURATION", "P10D"), ("13 يوما", "DURATION", "P13D")]


def test_a_count_after_a_relative_pronoun_and_its_perfective_verb_is_a_length() -> None:
    assert found("إلى دوري الدرجة الأولى، الذي غادره نهاية الموسم الماضي بعد 16 عاما تراوحت بين") == [
        ("16 عاما", "DURATION", "P16Y")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "short_past_verb"],
                         ids=lambda r: r["word"])
def test_a_short_past_verb_opens_a_past_clause(row: dict[str, str]) -> None:
    assert found(f"و{row['word']} نقل المريض إلى قسم الجراحة العامة بعد 13 يوما.") == [
        ("13 يوما", "DURATION", "P13D")]


@pytest.mark.parametrize("text", [
    "وأعلن الوزير أن المباراة ستقام بعد أسبوع.",  # reported speech, a future verb
    "وقال الوزير إن الفريق يعود بعد أسبوع.",  # an imperfective verb between
    "المباراة بعد أسبوع.",  # no verb
])
def test_a_count_from_now_stays_a_date(text: str) -> None:
    assert found(text) == [("بعد أسبوع", "DATE", "2015-W32")]


def test_a_count_from_now_in_a_past_clause_stays_a_date() -> None:
    """«من الآن» after the count measures it from now; «شهر الصيام» is a noun in construct, no count."""
    text = "أعد الجهاز الطبي الذي أشرف على الجراحة موعدا للجري بعد أسبوعين من الآن."
    assert found(text)[0] == ("بعد أسبوعين", "DATE", "2015-W33")
    assert all(ty != "DURATION" for _, ty, _ in found("وعاد الفرح إلى البيوت بعد شهر الصيام."))
