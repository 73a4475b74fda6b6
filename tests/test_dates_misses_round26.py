"""Dates the dev dates batches valued wrongly or found falsely (issue 16, round 26), on invented sentences:

- a vague count before a definite plural unit with a last/next word («لعدد من السنوات الماضية», «بضع
  السنوات الماضية») is a DURATION of no number (PXY), not the stretch PAST_REF the plural alone is
  (`vague_count` cues; timex-dev-10);
- «منذ» + a number and unit before an adjective of the first stretch («منذ العشر دقائق الأولى») is that
  opening stretch, a DURATION without «منذ» (`opening_stretch` cues; timex-dev-9); a singular unit
  there («منذ الدقيقة الأولى», a match's minute) is no length;
- a singular minute or second with a last word («في الدقيقة الأخيرة») is a match's or a deadline's
  last minute, no timex (docs/realtext-annotation.md: a match's minute is none; timex-dev-4);
- «بعد/قبل» + a bare singular unit described by an indefinite adjective of relation («بعد يوم صيفي
  حار») is a noun phrase, no offset from the writing day (timex-dev-8).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
Found = tuple[str, str, str | None]
CUES = load_table("date_cues")


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "vague_count"])
def test_a_vague_count_of_a_past_plural_is_a_length(word: str) -> None:
    assert found(f"ظلت الأسعار مرتفعة {word} السنوات الماضية في السوق") == [
        (f"{word} السنوات الماضية", "DURATION", "PXY")]


def test_a_vague_count_of_days_to_come_is_a_length_in_days() -> None:
    assert found("ستبقى البعثة هنا عدد من الأيام المقبلة للتفاوض") == [
        ("عدد من الأيام المقبلة", "DURATION", "PXD")]


def test_the_plural_alone_stays_the_past_and_a_bare_count_of_a_definite_plural_no_time() -> None:
    assert found("ظلت الأسعار مرتفعة خلال السنوات الماضية في السوق") == [
        ("السنوات الماضية", "DATE", "PAST_REF")]
    assert found("أقام في المدينة لعدد من السنوات ثم رحل") == []


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "opening_stretch"])
def test_since_a_count_of_the_first_stretch_is_its_length(word: str) -> None:
    assert found(f"سيطر الفريق على اللعب منذ الثلاثة أيام {word} للبطولة") == [
        ("الثلاثة أيام", "DURATION", "P3D")]


def test_since_ten_minutes_of_the_start_is_ten_minutes() -> None:
    assert found("يحبس الفيلم الأنفاس منذ العشر دقائق الأولى. ثم يهدأ") == [
        ("العشر دقائق", "DURATION", "PT10M")]


def test_since_a_count_without_the_first_stretch_is_still_the_date() -> None:
    assert found("وصل الوفد منذ يومين إلى العاصمة") == [("منذ يومين", "DATE", "2015-07-23")]


def test_the_last_minute_is_no_time() -> None:
    assert found("وسجل الفريق هدف الفوز في الدقيقة الأخيرة من اللقاء") == []
    assert found("وحسم اللاعب الشوط في الثانية الأخيرة") == []


def test_the_last_minutes_stay_the_past() -> None:
    assert found("وتراجع الفريق في الدقائق الأخيرة") == [("الدقائق الأخيرة", "DATE", "PAST_REF")]


def test_a_day_described_by_an_adjective_is_no_offset() -> None:
    assert found("استمتع الأطفال بالماء البارد في الحديقة بعد يوم صيفي حار.") == []
    assert found("عاد الطلاب إلى منازلهم بعد عام دراسي طويل.") == []


def test_an_offset_of_one_unit_is_still_read() -> None:
    assert found("ويعود الوزير بعد يوم إلى الرياض") == [("بعد يوم", "DATE", "2015-07-26")]
    assert found("وكان قد زار المدينة قبل عام تقريبا") == [("قبل عام", "DATE", "2014")]
