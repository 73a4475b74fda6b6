"""Relative offsets with a reference point of their own in the sentence (issue 16): counted from an
event they have no calendar value (their length, a DURATION); counted from a date expression they
are that date moved; counted from now they keep the publication date. Row by row for the cues of
lang/ar/date_cues.tsv (`reference_offset`, `hedge`, `no_reference`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 7, 20)
CUES = load_table("date_cues")


Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("أقيم المعسكر قبل 3 أسابيع فقط من إقامة البطولة", [("3 أسابيع", "DURATION", "P3W")]),
    ("عاد إلى منزله بعد يومين من الحادث", [("يومين", "DURATION", "P2D")]),
    ("اعتقل بعد أسبوع على «تصادم محدود» بين الطرفين", [("أسبوع", "DURATION", "P1W")]),
    ("وصل قبل ساعات من انطلاق المباراة", [("ساعات", "DURATION", "PTXH")]),
    # a while after an event is neither a date nor a length: no timex (three dev golds, issue 16)
    ("بعد فترة من الحادث عاد إلى عمله", []),
    ("استقال قبل الانتخابات بيومين", [("يومين", "DURATION", "P2D")]),
    # one unit with «ب» is a length too (the timex-dev-7 ruling, docs/realtext-annotation.md:
    # «قبل انطلاق الدوري بأسبوع» P1W, the count alone the span)
    ("استقال قبل الانتخابات بأسبوع", [("أسبوع", "DURATION", "P1W")]),
])
def test_an_offset_from_an_event_has_no_calendar_value(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("وصل الوفد بعد يومين من 5 مارس", "2015-03-07"),
    ("وصل الوفد قبل أسبوع من 10 مارس 2014", "2014-03-03"),
    ("وصل الوفد بعد شهرين من يناير 2014", "2014-03"),
    ("تأسست بعد عامين من عام 2010", "2012"),
    ("وقع بعد شهر من 31 يناير 2015", "2015-02-28"),
])
def test_an_offset_from_a_date_expression_moves_that_date(text: str, value: str) -> None:
    assert found(text)[0][2] == value


def test_an_offset_finer_than_its_reference_date_has_no_calendar_value() -> None:
    assert found("وصل الوفد بعد يومين من يناير 2014")[0] == ("بعد يومين", "DURATION", "P2D")


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "reference_offset"], ids=lambda r: r["word"])
def test_an_offset_word_takes_a_reference_point(row: dict[str, str]) -> None:
    assert found(f"تم ذلك {row['word']} يومين من توقيع الاتفاق") == [("يومين", "DURATION", "P2D")]


def test_since_takes_no_reference_point() -> None:
    assert found("طارد الجيش منذ نحو سنتين من يسميهم بالتكفيريين") == [("منذ نحو سنتين", "DATE", "2013")]
    # an imperfective verb before it makes it the length up to now (`reference.ongoing`)
    assert found("يطارد الجيش منذ نحو سنتين من يسميهم بالتكفيريين") == [("نحو سنتين", "DURATION", "P2Y")]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "hedge"], ids=lambda r: r["word"])
def test_a_hedge_between_the_offset_and_its_reference_point(row: dict[str, str]) -> None:
    assert found(f"تم ذلك قبل 3 أيام {row['word']} من توقيع الاتفاق") == [("3 أيام", "DURATION", "P3D")]
    assert found(f"تم ذلك قبل 3 أيام {row['word']}، ثم عاد")[0] == ("قبل 3 أيام", "DATE", "2015-07-17")


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "no_reference"], ids=lambda r: r["word"])
def test_a_word_that_is_no_reference_point_keeps_the_publication_date(row: dict[str, str]) -> None:
    assert found(f"كشف عنه قبل 3 سنوات من {row['word']} اللجنة")[0] == ("قبل 3 سنوات", "DATE", "2012")


def test_an_offset_out_of_the_calendar_has_no_calendar_value() -> None:
    assert found("بعد 9000 عام من 5 مارس 2014")[0] == ("بعد 9000 عام", "DURATION", "P9000Y")
    assert found("بعد 99999999 يوم من 5 مارس 2014")[0][1] == "DURATION"


def test_one_between_a_singular_unit_and_its_reference_point() -> None:
    """Round 37: «واحد» after a singular unit is a hedge: the count is measured from the event."""
    assert found("وجاء التحديث بعد أسبوع واحد من تحديث سابق") == [("أسبوع", "DURATION", "P1W")]
    assert found("وهربت القطة بعد يومٍ واحدٍ من إحضارها إلى المنزل") == [("يومٍ", "DURATION", "P1D")]
    # a clause of the future (a past one tells a length: dates/told_after.py, «وعاد بعد أسبوع واحد»)
    assert found("ويعود بعد أسبوع واحد، ثم يسافر") == [("بعد أسبوع", "DATE", "2015-W31")]
