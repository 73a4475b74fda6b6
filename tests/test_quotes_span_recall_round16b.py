"""Quotation spans missed on the quotes dev gold (issue 15, round 16b), on invented sentences:
what was said as a noun phrase after a verb of saying whose subject is an office, when a name
stands inside that noun phrase («وبيّن المحافظ [تنفيذ جمعية مراكز الأحياء ...]»): the name is
in the object, not the verb's subject (quote_nominal._subject_end); and a verb of saying's form
right after a preposition is its verbal noun, no verb («وأشار «الصفيان» إلى [نقل] حدود المركز»:
quote_cues kind preposition)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_HEADS = [r["form"] for r in load_table("quote_object_heads")]
_PREPOSITIONS = [r["form"] for r in load_table("quote_cues") if r["kind"] == "preposition"]


def test_a_name_past_the_objects_head_is_in_the_object() -> None:
    got = run("وبيّن المحافظ تنفيذ [جمعية مراكز الأحياء](ORG:assoc) لعشرين ملتقى في أحياء المحافظة.")
    assert [g[:2] for g in got] == [("indirect", "تنفيذ جمعية مراكز الأحياء لعشرين ملتقى في أحياء المحافظة")]


@pytest.mark.parametrize("head", ["تنفيذ", "وصول", "حدوث", "تعيين"])
def test_an_office_subject_then_a_head_then_a_body(head: str) -> None:
    got = run(f"وأكد الوزير {head} [وزارة الصحة](ORG:moh) خطة جديدة للمستشفيات في المنطقة.")
    assert [g[:2] for g in got] == [("indirect", f"{head} وزارة الصحة خطة جديدة للمستشفيات في المنطقة")]


def test_the_named_subject_before_the_head_still_ends_the_subject() -> None:
    got = run("وأكد [وسام حمدان](PER:wisam) جاهزية الفريق للمباراة المقبلة أمام المنتخب الياباني.")
    assert [g[:2] for g in got] == [("indirect", "جاهزية الفريق للمباراة المقبلة أمام المنتخب الياباني")]
    got = run("وأكد الوزير [خالد الفالح](PER:falih) أهمية [أرامكو](ORG:aramco) للاقتصاد الوطني "
              "في المرحلة المقبلة.")
    assert [g[:2] for g in got] == [("indirect", "أهمية أرامكو للاقتصاد الوطني في المرحلة المقبلة")]
    assert got[0][2] == "falih"


@pytest.mark.parametrize("head", _HEADS)
def test_every_head_row_keeps_a_body_after_it_in_the_object(head: str) -> None:
    got = run(f"وأوضح المسؤول {head} [الهيئة العامة للطيران](ORG:gaca) خلال الأسبوع الماضي في المطار.")
    assert [g[1] for g in got] == [f"{head} الهيئة العامة للطيران خلال الأسبوع الماضي في المطار"]


def test_a_verbal_noun_after_the_objects_preposition_opens_the_object() -> None:
    got = run("وأشار «الصفيان» إلى نقل حدود المركز الانتخابي إلى الدائرة الثامنة في الانتخابات المقبلة.")
    want = "نقل حدود المركز الانتخابي إلى الدائرة الثامنة في الانتخابات المقبلة"
    assert [g[:2] for g in got] == [("indirect", want)]


@pytest.mark.parametrize("prep", _PREPOSITIONS)
def test_every_preposition_row_makes_the_verb_form_after_it_a_noun(prep: str) -> None:
    # «نقل» after a preposition is moving, not relaying: its clause is nobody's speech
    assert run(f"وتحدث الحضور {prep} نقل الموظفين أن المكاتب الجديدة جاهزة للعمل.") == []
    # the same words with the verb opening its clause stay a quotation
    got = run("وتحدث الحضور. ونقل الموظفون أن المكاتب الجديدة جاهزة للعمل.")
    assert [g[1] for g in got] == ["المكاتب الجديدة جاهزة للعمل"]


def test_the_name_ali_is_no_preposition() -> None:
    # «علي» is written like «على» once normalised: only the preposition as written counts
    got = run("وعن الفرق بين المخرجين محمد علي قالت هيفاء بأن الأول عنده روح المجازفة.")
    assert [g[1] for g in got] == ["الأول عنده روح المجازفة"]
    got = run("يعلق علي قائلا إنهم في البداية كانت معهم الكثير من الأموال.")
    assert [g[1] for g in got] == ["في البداية كانت معهم الكثير من الأموال"]
    # the preposition with a conjunction and vowel marks is still one
    assert run("وفِي نقل الموظفين أن المكاتب الجديدة جاهزة للعمل.") == []
