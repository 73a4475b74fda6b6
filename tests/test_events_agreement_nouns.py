"""Agreement nouns that report an agreement only with their parties after بين (issue 15,
events-dev census): «الاتفاق النووي بين إيران ومجموعة 5+1» and «إبرام الاتفاق» are agreements
between the actors they name; «الاتفاق المشترك بين الشركات» names no one, and an agreement
after a preposition that makes it the text agreed («المتضمنة في اتفاق 13 تموز بين اليونان
ودائنيها») is no report of its making; a city an agreement is named after («توقيع اتفاقات جنيف»)
is its place, no party. The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _agree(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs if e.label == "AGREE"]


@pytest.mark.parametrize("noun", ["الاتفاق", "اتفاق", "الاتفاقية", "اتفاقية"])
def test_an_agreement_noun_with_its_named_parties_after_between_is_an_agreement(noun: str) -> None:
    evs = run(f"وتساهم العوائد المالية من {noun} النووي بين [إيران](LOC:iran) و[مجموعة 5+1](ORG:p5) "
              "في دعم الحلفاء.")
    assert _agree(evs) == [("AGREE", ["iran", "p5"])]


def test_concluding_the_agreement_is_an_agreement_with_its_place() -> None:
    evs = run("ومع إبرام الاتفاق النووي بين [إيران](LOC:iran) والقوى الكبرى في [فيينا](LOC:vienna) "
              "[أمس](DATE:2015-07-14)، يعود الملف إلى مجلس الأمن.")
    assert [(e.label, e.attrs.participants, e.attrs.place, e.attrs.date) for e in evs] == [
        ("AGREE", ["iran"], "vienna", "2015-07-14")]


def test_concluding_needs_an_agreement_after_it() -> None:
    assert _agree(run("وأكد [علي](PER:ali) أهمية إبرام [الهلال](ORG:hilal) صفقات جديدة.")) == []


def test_an_agreement_between_unnamed_parties_is_none() -> None:
    evs = run("قالت [GSMA](ORG:gsma) إن هناك اتفاقا سيعلن قريبا عن تفاصيل معايير الاتفاق المشترك "
              "بين الشركات.")
    assert _agree(evs) == []


def test_a_city_an_agreement_is_named_after_is_no_party() -> None:
    assert _agree(run("1954 - توقيع اتفاقات [جنيف](LOC:geneva) التي أنهت حرب الهند الصينية.")) == []
    evs = run("وتم توقيع اتفاق [الطائف](LOC:taif) بين [فتح](ORG:fatah) و[حماس](ORG:hamas) أمس.")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [
        ("AGREE", ["fatah", "hamas"], "taif")]
    evs = run("وقال إن قرار [مجلس الأمن](ORG:unsc) الذي أقر اتفاق [فيينا](LOC:vienna) خرق الخطوط الحمراء.")
    assert _agree(evs) == []
    evs = run("ومع إبرام الاتفاق النووي بين [إيران](LOC:iran) و[مجموعة 5+1](ORG:p5) أمس، يعود الملف.")
    assert _agree(evs) == [("AGREE", ["iran", "p5"])]


def test_an_agreement_noun_without_between_is_none() -> None:
    assert _agree(run("وقال [كيري](PER:kerry) إن الاتفاق مهم لأمن [إيران](LOC:iran).")) == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "document_prep"],
                         ids=lambda r: r["form"])
def test_each_document_preposition_makes_the_agreement_a_text_referred_to(row: dict[str, str]) -> None:
    evs = run(f"وأضاف [فاروفاكيس](PER:v) أن الدفعة الأولى المتضمنة {row['form']} اتفاق 13 تموز بين "
              "[اليونان](LOC:greece) ودائنيها يجب أن تصرف.")
    assert _agree(evs) == []
    evs = run("وأضاف أن الدفعة الأولى تأخرت رغم اتفاق 13 تموز بين [اليونان](LOC:greece) ودائنيها.")
    assert _agree(evs) == [("AGREE", ["greece"])]

