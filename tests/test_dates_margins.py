"""The distance between two events, written with «ب» after «قبل/بعد» and the event («قبل انطلاق الدوري
بأسبوع», «وبعد تلك الواقعة بدقائق»), is a DURATION, the length alone the span (the guide's timex-dev-7
rule; `margin` cues of `lang/ar/date_cues.tsv`); indefinite set adjectives after an indefinite noun
(«راتب سنوي») and «البارحة الأولى» (the day before yesterday) are rows of `date_sets.tsv` and
`date_relative.tsv`; a clock range after a month's days (not one day) stays a daily rule (issue 16,
round 23)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 8, 6)
MARGINS = [r["word"] for r in load_table("date_cues") if r["kind"] == "margin"]


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("word", MARGINS)
@pytest.mark.parametrize(("unit", "value"), [("بأسبوع", "P1W"), ("بدقائق", "PTXM"), ("بيوم", "P1D"),
                                             ("بساعات", "PTXH"), ("بشهر", "P1M")])
def test_the_distance_between_two_events_is_a_length(word: str, unit: str, value: str) -> None:
    assert found(f"أقيمت المباراة {word} انطلاق الدوري {unit} في المدينة") == \
        [(unit[1:], "DURATION", value)]
    # with a conjunction written onto the order word
    assert found(f"و{word} تلك الواقعة {unit}، توجه اللاعب") == [(unit[1:], "DURATION", value)]


@pytest.mark.parametrize("text", [
    "قبل انطلاق الدوري. بأسبوع",  # a pause between: no distance
    "بعد أن فاز بجائزة الموسم",  # no unit
    "بعد تتويجه بالعام الماضي",  # a unit with the article: a date of its own
    "قبل الحرب بفترة",  # a while: no length (as «بعد فترة»)
    "حدث ذلك في الحي بأسبوع",  # no order word before
])
def test_no_distance(text: str) -> None:
    assert all(t[1] != "DURATION" for t in found(text))


def test_the_order_word_is_at_most_four_words_back() -> None:
    assert found("قبل انطلاق مباريات الدوري السعودي للمحترفين بأسبوع") == []
    assert found("قبل انطلاق مباريات الدوري السعودي بأسبوع") == [("أسبوع", "DURATION", "P1W")]


def test_indefinite_set_adjectives_and_the_day_before_yesterday() -> None:
    assert found("يحصل الطالب على راتب سنوي كبير") == [("سنوي", "SET", "P1Y")]
    assert found("يقدم تقرير أسبوعي للجنة") == [("أسبوعي", "SET", "P1W")]
    assert found("ما بين شهري مايو وسبتمبر") == [("مايو", "DATE", "2015-05"), ("سبتمبر", "DATE", "2015-09")]
    assert found("وتم عقد الورشة البارحة الأولى في الوزارة") == [("البارحة الأولى", "DATE", "2015-08-04")]


def test_a_months_days_before_a_clock_range_do_not_make_it_that_day() -> None:
    # «منتصف ذي القعدة» is a range of days (its Gregorian interval): the hours stay a daily rule
    text = "لن تخف الحرارة إلا في منتصف ذي القعدة، محذرا من العمل من العاشرة صباحاً وحتى الخامسة مساء"
    assert [v for _, _, v in found(text)][-2:] == ["XXXX-XX-XXT10:00", "XXXX-XX-XXT17:00"]
    # one day before it in its sentence: that day's hours
    text = "وصل أمس وعمل من العاشرة صباحاً وحتى الثانية ظهرا"
    assert [v for _, _, v in found(text)] == ["2015-08-05", "2015-08-05T10:00", "2015-08-05T14:00"]
