"""Seconds as a unit of length (issue 16, round 13): «في غضون 35 ثانية» PT35S, «سبع ثوان» PT7S;
the ordinal «ثانية/الثانية» ("second", "again") and a rate «في الثانية» stay no timex."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

DAY = date(2015, 7, 22)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("يرد الطرف الآخر على رسالتك في غضون 35 ثانية. 7- عندما", "35 ثانية", "PT35S"),
    ("وملامسة المنطقة لمدة 3 ثوانٍ لتفعيل الميزة", "3 ثوانٍ", "PT3S"),  # the final mark in the span (round 35)
    ("يتسارع من 0 إلى 50 ميلا في الساعة في سبع ثوان فقط", "سبع ثوان", "PT7S"),
    ("الفيديو الذي بلغت مدته 17 ثانية وكان بالأبيض والأسود", "17 ثانية", "PT17S"),
    ("فقال إن أمامنا أربع ثوان حتى نبتعد", "أربع ثوان", "PT4S"),
    ("يتوقف خلال ثانيتين", "ثانيتين", "PT2S"),
    ("في أقل من نصف ثانية", "نصف ثانية", "PT0.5S"),
])
def test_seconds_are_a_length(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, "DURATION", value)]


@pytest.mark.parametrize("text", [
    "فاز الفريق للمرة الثانية",
    "عاد مرة ثانية إلى الملعب",
    "ثم عاد ثانية إلى منزله",
    "بدأت الحلقة الثانية من المسلسل",
    "بسرعة 100 ميغابت في الثانية",
])
def test_the_ordinal_second_is_no_length(text: str) -> None:
    assert found(text) == []
