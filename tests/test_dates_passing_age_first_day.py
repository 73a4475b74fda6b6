"""Round 19 (issue 16, the timex-dev batches): one unit after the passing of it is a length
(«بعد مرور عام» P1Y: the `one_frame` cues of date_cues.tsv, every row tried); «سن» + an ordinal is an
age without «من العمر» («في سن الثالثة والعشرين» P23Y); «غرة» is the first day of a month (an
ordinal of date_numbers.tsv: «غرة شهر ذي القعدة القادم»); a clock hour in words with its part of
the day after «من» or «تمام» («من العاشرة صباحاً وحتى», «في تمام الثامنة صباحًا»)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 7, 21)
CUES = load_table("date_cues")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "one_frame"])
def test_one_unit_after_a_frame_of_one_is_a_length(word: str) -> None:
    assert ("أسبوع", "DURATION", "P1W") in found(f"وذلك {word} أسبوع على الحادث")


@pytest.mark.parametrize(("text", "expected"), [
    ("وبعد مرور عام، يقول مؤسس الشركة", [("عام", "DURATION", "P1Y")]),
    ("إلا بعد مضي شهر على نهاية كأس العالم", [("شهر", "DURATION", "P1M")]),
    ("مضى أسبوع على الحادث", [("أسبوع", "DURATION", "P1W")]),
    ("وبعد مرور عامين على الحادث", [("عامين", "DURATION", "P2Y")]),
    ("بسبب مرور الوقت", []),
    ("أعلنت إدارة المرور عن خطتها", []),
])
def test_the_passing_of_a_unit(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أقدم فيها مواطن في سن الثالثة والعشرين، على منع", [("سن الثالثة والعشرين", "DURATION", "P23Y")]),
    ("فتاة في سن الثانية عشرة تفوز", [("سن الثانية عشرة", "DURATION", "P12Y")]),
    ("فتاة في سن العشرين من عمرها", [("العشرين من عمرها", "DURATION", "P20Y")]),
    ("في السابعة والعشرين من العمر", [("السابعة والعشرين من العمر", "DURATION", "P27Y")]),
    ("بلغ سن الرشد", []),
    ("من سن الأولى", []),  # no age of one: «سن» is also a tooth
    ("681 مواطنة فوق سن الثامنة عشر و3168 رجلا", []),  # «عشر» for «عشرة»: not an age of eight
])
def test_an_age_after_sinn(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("يبدأ العمل في غرة شهر ذي القعدة القادم ، وما", [("غرة شهر ذي القعدة القادم", "DATE", "2015-08-16")]),
    ("بدأ في غرة رمضان", [("غرة رمضان", "DATE", "2015-06-18")]),
    ("في غرة يوليو", [("غرة يوليو", "DATE", "2015-07-01")]),
    ("في غرة من مارس 2023", [("غرة من مارس 2023", "DATE", "2023-03-01")]),
    ("غرة أيام العيد", [("غرة أيام العيد", "DATE", "2015-07-17")]),  # the feast's first day (round 35)
])
def test_ghurra_is_the_first_day_of_a_month(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a range of them is a daily rule, any day (the guide's timex-dev-6 rule; round 23: after the tanween too)
    ("العمالة من العاشرة صباحاً وحتى الخامسة مساء لأن",
     [("العاشرة صباحاً", "TIME", "XXXX-XX-XXT10:00"), ("الخامسة مساء", "TIME", "XXXX-XX-XXT17:00")]),
    ("على متن حافلة خاصة في تمام الثامنة صباحًا، على أن",
     [("الثامنة صباحًا", "TIME", "2015-07-21T08:00")]),
    ("فاز بالمركز الثاني من الخامسة", []),  # no part of the day: an ordinal, no hour
])
def test_an_hour_in_words_after_min_or_tamam(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected
