"""Explicit dates the real text wrote that marsad missed or joined (issue 16, round 12): years in
brackets, a fraction of one unit («ربع ساعة»), a range of clock hours."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 8, 8)  # a Saturday, ISO week 32


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize(("text", "values"), [
    ("إبان حكم حسين حبري (1982 - 1990). ويقول", [("1982", "1982"), ("1990", "1990")]),
    ("جيمس آرتون مالكولم (1888 – 1952م) الذي", [("1888", "1888"), ("1952م", "1952")]),
    ("مع فريق ناسيونال (2006-2009)، قبل", [("2006", "2006"), ("2009", "2009")]),
    ("أهداف خطتها الاستراتيجية (2015- 2020م).", [("2015", "2015"), ("2020م", "2020")]),
    ("لفيلمه الكبير «نادي القطن» (1985) عن حياة", [("1985", "1985")]),
    ("وصدر الكتاب (2010)، وهو", [("2010", "2010")]),
])
def test_years_in_brackets_are_dates(text: str, values: list[tuple[str, str]]) -> None:
    assert [(s, v) for s, _, v in found(text)] == values


@pytest.mark.parametrize("text", [
    "تتراوح أسعار الحريات ما بين (1200 - 1900) ريال",  # an amount: a quantity word after the bracket
    "ما بين (1900 - 2000) ألف",
    "لمحة عن حياة ابن خلدون (1332 - 1406)، إشبيلية",  # 10xx-14xx can be Hijri: not without «م»
    "(1990 - 1982)",  # the later year first: no period
    "(1500 - 1990)",  # too far apart for one life or reign
    "احتشد (2000) مقعد",  # a count in brackets, no pause after it
    "بمبنى رقم (90 ) غرفة رقم ( 2022) ، أو على",  # a label (date_cues number_label)
    "غرفة رقم (1990 - 1995)،",
])
def test_numbers_in_brackets_that_are_no_years(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "number_label"],
                         ids=lambda r: r["word"])
def test_every_number_label_keeps_a_bracketed_number_from_being_a_year(row: dict[str, str]) -> None:
    assert found(f"راجع المكتب {row['word']} (2010)، أو") == []
    assert found("راجع المكتب (2010)، أو") == [("2010", "DATE", "2010")]


@pytest.mark.parametrize("row", [r for r in load_table("date_relative") if r["kind"] == "unit_part"],
                         ids=lambda r: r["word"])
def test_every_unit_part_is_a_fraction_of_one_unit(row: dict[str, str]) -> None:
    share = round(1 / int(row["offset"]), 2)
    assert found(f"انتظر {row['word']} ساعة فقط") == [(f"{row['word']} ساعة", "DURATION", f"PT{share:g}H")]


@pytest.mark.parametrize(("text", "value"), [
    ("لمدة ربع ساعة فقط قبل", "PT0.25H"),
    ("على مدى ربع قرن", "P25Y"),
])
def test_a_fraction_of_a_unit_is_a_length(text: str, value: str) -> None:
    assert [v for _, t, v in found(text) if t == "DURATION"] == [value]


def test_a_fraction_of_a_count_is_no_length() -> None:
    assert found("حصل على ربع المقاعد و ثلث الأصوات") == []


@pytest.mark.parametrize(("text", "values"), [
    # a rule's hours: any day, as the dates golds write it
    ("تحت أشعة الشمس من الساعة الـ 12 مساء إلى الساعة الـ 3 مساء، خلال الفترة من 15 يونيو",
     ["XXXX-XX-XXT12:00", "XXXX-XX-XXT15:00", "2015-06-15"]),
    # the first end takes the second's afternoon when it has no part of the day of its own
    ("فعاليات المجمعات التجارية من الساعة الرابعة وحتى العاشرة مساء في مجمعات",
     ["XXXX-XX-XXT16:00", "XXXX-XX-XXT22:00"]),
    ("وكانوا يصورون من الساعة السادسة مساء حتى السادسة صباحا، وعندما",
     ["XXXX-XX-XXT18:00", "XXXX-XX-XXT06:00"]),
    # a day before the range in its sentence: that day, both ends
    ("عقدت الجلسة أمس في مقر المجلس بالرياض من الساعة 10 صباحا حتى الساعة 2 ظهرا.",
     ["2015-08-07", "2015-08-07T10:00", "2015-08-07T14:00"]),
    # one clock time alone is the anchor's day, as before
    ("يبدأ الحفل في الثامنة مساء.", ["2015-08-08T20:00"]),
])
def test_a_range_of_clock_times_is_a_schedule_of_any_day(text: str, values: list[str]) -> None:
    assert [v for _, _, v in found(text)] == values
