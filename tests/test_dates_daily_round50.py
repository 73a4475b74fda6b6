"""«يومي» as the adjective "daily" (round 50, the timex-dev-27 1961 and timex-dev-16 25199 misses), on
invented sentences, each `not_daily` row of date_cues.tsv tested: after an indefinite noun and before
no definite word, weekday or number it is a SET `P1D`, as «يومية»; otherwise it stays the dual in
construct (a length before a definite word, «بعد يومي الراحة» P2D) or no timex."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 8, 11)
CUES = load_table("date_cues")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize("text", [
    "ستستقبل اللجان المرشحين حسب جدول يومي على فترتين",
    "ترتفع حركة السفن إلى متوسط يومي يبلغ 97 سفينة",
    "تغادر 150 رحلة بشكل يومي عبر المطار",
    "ارتفع النفط بأول تراجع يومي للدولار",
    "تصدر الوزارة نشرة يومي عن السوق",  # «ة» is no pronoun
    "يتابع العمل بشكل يومي ومتابعة العمال",  # nor after it
])
def test_daily_after_an_indefinite_noun_is_a_set(text: str) -> None:
    assert found(text) == [("يومي", "SET", "P1D")]


def test_the_definite_adjective_before_a_number_stays_a_set() -> None:
    """«اليومي» ends in «يومي»: the dual's guard against a number after it is not its (timex-dev-22 20961)."""
    assert found("صعد السهم بالحد الأقصى اليومي 15 في المائة") == [("اليومي", "SET", "P1D")]


@pytest.mark.parametrize(("text", "want"), [
    ("عاد الفريق بعد يومي الراحة", [("يومي", "DURATION", "P2D")]),
    ("ستعقد الجلسات يومي الثلاثاء والأربعاء",
     [("الثلاثاء", "DATE", "2015-08-11"), ("الأربعاء", "DATE", "2015-08-12")]),
    ("يخوض الفريق مباراتين يومي 27 و31 أغسطس", [("27 و31 أغسطس", "DATE", "2015-08-27/2015-08-31")]),
    ("شهدتها مدن مختلفة يومي أمس وأمس الأول. وأكد",
     [("أمس", "DATE", "2015-08-10"), ("أمس الأول", "DATE", "2015-08-09")]),
    ("قال إن المكتب يومي الأحد والخميس مغلق",
     [("الأحد", "DATE", "2015-08-09"), ("الخميس", "DATE", "2015-08-13")]),
])
def test_the_dual_in_construct_is_no_daily(text: str, want: list[tuple[str, str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] in ("not_daily", "preposition")])
def test_daily_after_a_preposition_is_no_set(word: str) -> None:
    assert [t for t in found(f"كتب عن ذلك {word} يومي هذا") if t[1] == "SET"] == []
