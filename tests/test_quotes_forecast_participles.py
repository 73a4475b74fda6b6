"""Participles of a view or a forecast («مرجحا», «ملمحا», «متوقعا») open a quotation of their own and
end the one before, as the dev golds part them; right after a form of كان (quote_homographs copula) a
participle of saying is its predicate and no one speaks (issue 15, round 36)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_forecast_participle_parts_two_quotations() -> None:
    got = run("وأكد [خالد](PER:khalid) أن الجهات المختصة تدرس ترشيد الدعم، مرجحا أن يدخل القرار "
              "حيز التنفيذ مطلع العام المقبل.")
    assert got == [("indirect", "الجهات المختصة تدرس ترشيد الدعم", "khalid"),
                   ("indirect", "يدخل القرار حيز التنفيذ مطلع العام المقبل", "khalid")]


def test_a_hinting_participle_with_ila_anna_parts_them_too() -> None:
    got = run("وأوضح [سعود](PER:saud) أنهم يسجلون أدنى معدلات الإشغال في رمضان، ملمحا إلى أن هناك "
              "ارتفاعا في الأسعار خلال العيد.")
    assert [q[1] for q in got] == ["يسجلون أدنى معدلات الإشغال في رمضان",
                                   "هناك ارتفاعا في الأسعار خلال العيد"]


def test_a_forecast_of_a_noun_is_a_quotation_under_a_head_noun() -> None:
    got = run("وذكر [خالد](PER:khalid) أن قرار المنع خفض الأسعار بنسبة كبيرة، متوقعا استمرار التراجع "
              "في السوق المحلية خلال الموسم.")
    assert [q[1] for q in got] == ["قرار المنع خفض الأسعار بنسبة كبيرة",
                                   "استمرار التراجع في السوق المحلية خلال الموسم"]


def test_the_predicate_of_kana_cuts_nothing() -> None:
    got = run("وقال [راجح](PER:rajeh) إن حجم الدمار في المدينة لم يكن متوقعا لدى أحد من السكان.")
    assert [q[1] for q in got] == ["حجم الدمار في المدينة لم يكن متوقعا لدى أحد من السكان"]


def test_kana_and_a_participle_before_an_is_nobodys_speech() -> None:
    assert run("وكان متوقعا أن تحقق الأجهزة الأمنية نتائج سريعة ضد التنظيم.") == []


@pytest.mark.parametrize("row", [r for r in load_table("quote_homographs") if r["kind"] == "copula"],
                         ids=lambda r: r["form"])
def test_every_copula_row_makes_the_participle_after_it_a_predicate(row: dict[str, str]) -> None:
    assert run(f"و{row['form']} مؤكدا أن الاجتماع سيعقد في الموعد المحدد.") == []
    assert run("وقال [خالد](PER:khalid) إن الاجتماع سيعقد غدا، مؤكدا أن الموعد لن يتغير.")[-1][1] \
        == "الموعد لن يتغير"


def test_the_feminine_forecast_participle_takes_a_noun_object_after_a_comma() -> None:
    # the guide's round-44 ruling: an expectation with a noun object is an indirect quotation
    got = run("ونجح الجيش في السيطرة على مدينة قعطبة، متوقعة التقدم نحو يريم وقطع الإمدادات عن المتمردين.")
    assert [q[1] for q in got] == ["التقدم نحو يريم وقطع الإمدادات عن المتمردين"]
    assert run("وحذر التقرير من ظروف غير متوقعة التقدم فيها بطيء.") == []  # the adjective, no comma
