"""The parts of a feast's day in a text of custom are every year's feast (dates/custom_feasts.py): once
the text reads a Hijri month or feast as a habit, its bare «صباح العيد», «يوم العيد», «نهار العيد», «أيام
العيد» and «ليلة العيد» are SETs of no value (timex-dev-23 3724, timex-dev-10 26779); a text with no such
habit keeps them as they were (no span for «صباح العيد», this year's eve for «ليلة العيد»)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
CUSTOM = "للحناء ليلة العيد طقوس خاصة. "  # a feast's eve near a word of custom: a habit


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("part", ["صباح العيد", "يوم العيد", "نهار العيد", "أيام العيد", "وصباح العيد"])
def test_a_feast_part_in_a_text_of_custom_is_every_years(part: str) -> None:
    text = CUSTOM + f"وتلبس الفتيات الجديد {part} ويزرن الأقارب"
    word = part.removeprefix("و")
    assert (word, "SET", None) in found(text)


def test_a_feast_part_after_a_yearly_month_is_every_years() -> None:
    text = "في كل عام ومع بداية شهر رمضان ينشط البيع. ولا يتعدى سماع أصواتها نهار العيد"
    assert found(text)[-1] == ("نهار العيد", "SET", None)


def test_every_eve_of_a_text_of_custom_is_every_years() -> None:
    text = CUSTOM + "وكانت نساء البيت يجتمعن ليلة العيد حول المحنية"
    assert [f for f in found(text) if f[0] == "ليلة العيد"] == [("ليلة العيد", "SET", None)] * 2


@pytest.mark.parametrize("text", ["وصل الوزير صباح العيد إلى جدة", "وزار الأمير المرضى يوم العيد"])
def test_a_feast_part_without_a_habit_stays_unread(text: str) -> None:
    assert found(text) == []


def test_an_eve_without_a_habit_stays_this_years() -> None:
    assert found("وزار الأمير المرضى ليلة العيد") == [("ليلة العيد", "TIME", "2015-07-16TNI")]


@pytest.mark.parametrize("text", ["وفي يوم العيد الوطني رفعت الأعلام", "وفي صباح العيد الماضي زار المرضى"])
def test_a_part_of_another_or_a_dated_feast_is_left(text: str) -> None:
    assert all(f[0] not in ("يوم العيد", "صباح العيد") for f in found(CUSTOM + text))


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "feast_part"],
                         ids=lambda r: r["word"])
def test_each_feast_part_row_is_read(row: dict[str, str]) -> None:
    assert (f"{row['word']} العيد", "SET", None) in found(CUSTOM + f"ويفرح الأطفال {row['word']} العيد")


def test_the_feast_noun_row_is_read() -> None:
    nouns = [r["word"] for r in load_table("date_cues") if r["kind"] == "feast_noun"]
    assert nouns
    for noun in nouns:
        assert (f"صباح {noun}", "SET", None) in found(CUSTOM + f"ويفرح الأطفال صباح {noun}")


@pytest.mark.parametrize("text", [
    "فقديماً كانت النساء يبدأن من بداية العشر الأواخر برمضان بترتيب المنزل",  # timex-dev-23 3724
    "ويختم القرآن الكريم 3 مرات في رمضان",
    "والتسول ظاهرة تنشط بكثرة في شهر رمضان",
])
def test_a_bare_month_of_a_habits_clause_in_a_text_of_custom_is_every_years(text: str) -> None:
    month = "شهر رمضان" if "شهر رمضان" in text else "رمضان"
    assert (month, "SET", None) in found(CUSTOM + text)


@pytest.mark.parametrize("text", [
    "وأعلنت الهيئة نتائجها قبل حلول شهر رمضان بقليل",  # a told happening: no imperfective verb
    "ولا ينسى صيامه رمضان أثناء بعثته في بريطانيا عام 1977م",  # its clause dates it
    "ونفذ التنظيم عمليات في شهر رمضان وبالتوازي مع ذكرى 30 يونيو",  # «يونيو» is no verb
])
def test_a_month_of_a_told_or_dated_clause_stays_a_date(text: str) -> None:
    assert all(f[1] == "DATE" for f in found(CUSTOM + text) if "رمضان" in f[0])


def test_a_part_of_the_month_stays_a_date() -> None:
    text = CUSTOM + "والتي يتم الاستعداد لها في الأيام الأخيرة من رمضان وأمور تحرص عليها الأسر"
    assert ("الأيام الأخيرة من رمضان", "DATE", "2015-06-18/2015-07-16") in found(text)


def test_a_bare_month_of_an_imperfective_clause_without_a_habit_stays_this_years() -> None:
    assert found("والتسول ظاهرة تنشط بكثرة في رمضان") == [("رمضان", "DATE", "2015-06-18/2015-07-16")]
