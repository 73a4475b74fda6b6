"""Durations and parts of periods read in round 9 (issue 16), every cue row tried: a dual in
construct before a definite word («بعد يومي الراحة» P2D; not before a weekday or
an ordinal, not «دخل يومي», «تراجع يومي للدولار», «الحد اليومي السابق»); an
indefinite singular week or month after a verb of closing or opening one («تنهي أسبوعاً سلبياً»
P1W); a plural with «ل» before an imperfective verb («منعه من الحراك لأيام يفرض» PXD); the half
of the present year in construct («ونصف السنة الحالية» 2015-H1, not the past year's); a definite
season after a frame of its whole length («على مدى الصيف» 2015-SU; not after «خلال»)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
CUES = load_table("date_cues")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "construct_dual"])
def test_a_dual_in_construct_is_two_units(word: str) -> None:
    assert found(f"عاد الفريق بعد {word} الراحة إلى التدريبات") == [(word, "DURATION", "P2D")]
    # an adjective: daily, a SET since round 50 (the set-adjective rule without the article, as «يومية»;
    # timex-dev-27 1961, timex-dev-16 25199), never the dual's length
    assert found(f"يحصل على دخل {word} من عمله") == [(word, "SET", "P1D")]
    assert (word, "DURATION", "P2D") not in found(f"تقام المباريات {word} الخميس والجمعة في جدة")
    assert found(f"بأول تراجع {word} للدولار في") == [(word, "SET", "P1D")]  # «ل» + article: not in construct
    assert found(f"بشكل {word} ومتابعة العمال") == [(word, "SET", "P1D")]
    assert found(f"بدلا من الحد الأقصى ال{word} السابق الذي") == [(f"ال{word}", "SET", "P1D")]
    assert (word, "DURATION", "P2D") not in found(f"عقدت القمة {word} السابع والثامن من حزيران")


@pytest.mark.parametrize("verb", [r["word"] for r in CUES if r["kind"] == "period_verb"])
def test_a_week_closed_by_a_verb(verb: str) -> None:
    assert found(f"سوق الأسهم {verb} أسبوعاً سلبياً بضغط من سابك") == [("أسبوعاً", "DURATION", "P1W")]
    assert found(f"سوق الأسهم {verb} شهرا صعبا") == [("شهرا", "DURATION", "P1M")]


@pytest.mark.parametrize("unit", ["أيام", "سنوات", "ساعات", "أشهر"])
def test_a_plural_with_lam_before_a_verb(unit: str) -> None:
    text = f"منعه من الحراك ل{unit} يفرض عليه ملازمة العاصمة"
    assert [(t, k) for t, k, _ in found(text)] == [(unit, "DURATION")]
    assert found(f"يستعد ل{unit} تجربة جديدة") == []  # a noun, not a verb, after it


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "present_half"])
def test_the_half_of_the_present_year(word: str) -> None:
    assert found(f"في الربع الأخير من السنة الماضية، و{word} السنة الحالية.") == [
        ("الربع الأخير من السنة الماضية", "DATE", "2014-Q4"), (f"{word} السنة الحالية", "DATE", "2015-H1")]
    assert found(f"خلال {word} العام الحالي بنسبة") == [(f"{word} العام الحالي", "DATE", "2015-H1")]
    assert found(f"خلال {word} العام الماضي") == [("العام الماضي", "DATE", "2014")]  # which half: unsaid


@pytest.mark.parametrize("frame", sorted({r["word"] for r in CUES if r["kind"] in ("span", "whole")
                                          and " " not in r["word"]}))
def test_a_season_over_its_whole_length(frame: str) -> None:
    prefix = "على " if frame in ("مدى", "مدار") else ""
    assert found(f"وقالت انها ستشرح {prefix}{frame} الصيف كيف ستعمل") == [("الصيف", "DATE", "2015-SU")]
    assert found("وقالت انها ستشرح خلال الصيف كيف ستعمل") == []  # «خلال» alone does not date it
