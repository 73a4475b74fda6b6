"""Date forms read from real text (issue 16): clock minutes in words, a unit and a half, Hijri
year pairs and year-first Hijri dates, named days that are not today, vocalized quotations."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 8, 8)  # a Saturday


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize(("text", "value"), [
    ("في تمام الساعة الثامنة والنصف مساء، وسيفتتح", "2015-08-08T20:30"),
    ("الساعة العاشرة والربع صباحا", "2015-08-08T10:15"),
    ("تبدأ في السابعة إلا ربعا مساء اليوم", "2015-08-08T18:45"),
    ("يبدأ الحفل في الثامنة مساءً بتوقيت مكة", "2015-08-08T20:00"),
    ("في العاشرة من صباح الغد", "2015-08-09T10:00"),
    # the weekday named after «غد»/«اليوم» fixes the day, as for «غدا الأحد» (Saturday's «tomorrow
    # Sunday» read on a Saturday anchor: the 9th)
    ("عند الساعة التاسعة والنصف من صباح غد الأحد إلى سويسرا", "2015-08-09T09:30"),
    ("الساعة 10:30 من صباح غد الأحد", "2015-08-09T10:30"),
    ("الساعة 9 مساء اليوم (السبت)", "2015-08-08T21:00"),
    ("حتى الثانية عشرة ليلا، وكان", "2015-08-08T24:00"),  # midnight, not noon
])
def test_clock_hours_in_words_with_minutes_and_a_part_of_the_day(text: str, value: str) -> None:
    assert [v for _, t, v in found(text) if t == "TIME"] == [value]


def test_an_ordinal_without_a_part_of_the_day_is_no_clock_time() -> None:
    assert found("فاز في الثامنة من عمره") == [("الثامنة من عمره", "DURATION", "P8Y")]  # an age
    assert found("في الحلقة الثالثة مساء") == []


@pytest.mark.parametrize("row", [r for r in load_table("date_relative") if r["kind"] == "minutes"],
                         ids=lambda r: r["word"])
def test_every_minutes_word_sets_the_minutes(row: dict[str, str]) -> None:
    minutes = int(row["offset"])
    hour, minute = (8, minutes) if minutes >= 0 else (7, 60 + minutes)
    assert found(f"الساعة الثامنة {row['word']} صباحا") == [
        (f"الساعة الثامنة {row['word']} صباحا", "TIME", f"2015-08-08T{hour:02d}:{minute:02d}")]


@pytest.mark.parametrize(("text", "value"), [
    ("رحلة استغرقت ساعة ونصف الساعة، بحسب", ("DURATION", "PT1.5H")),
    ("منذ عام ونصف", ("DATE", "2014-02")),
    ("قبل شهر ونصف", ("DATE", "2015-06")),
    ("قبل أسبوع ونصف", ("DATE", "2015-07-29")),
    ("قبل عام ونصف من الحادث", ("DURATION", "P1.5Y")),
    ("في رفض المهرجان قبل سنوات قليلة، لدعم", ("DATE", "PAST_REF")),  # a vague count back
    ("منذ أيام معدودة", ("DATE", "PAST_REF")),
])
def test_a_unit_and_a_half(text: str, value: tuple[str, str]) -> None:
    assert [(t, v) for _, t, v in found(text)] == [value]


H1434, H1435 = "2012-11-15/2013-11-03", "2013-11-04/2014-10-24"
H1436, H1437 = "2014-10-25/2015-10-13", "2015-10-14/2016-10-01"


@pytest.mark.parametrize(("text", "values"), [
    # an academic or fiscal year across two Hijri years: a date for each (timex-dev-5's rule)
    ("للعام الجامعي 1435/ 1436هـ.", [("عام الجامعي 1435", H1435), ("1436ه", H1436)]),
    ("للعام المالي ( 1434 / 1435هـ )", [("1434 / 1435ه", "2013")]),  # a fiscal year: one, reckoned in 2013
    ("خلال العام المالي 1435/ 1436هـ", [("العام المالي 1435/ 1436ه", "2014")]),
    ("للعام التدريبي 1436- 1437هـ عبر", [("عام التدريبي 1436", H1436), ("1437ه", H1437)]),
    ("للعام الدراسي ١٤٣٦/١٤٣٧هـ، إلى", [("عام الدراسي ١٤٣٦", H1436), ("١٤٣٧ه", H1437)]),
    ("بين 1430-1435هـ", [("1430-1435ه", "2008-12-29/2014-10-24")]),  # years further apart: one span
    ("عام 1436هـ", [("عام 1436ه", H1436)]),
])
def test_hijri_years_and_year_pairs(text: str, values: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in found(text)] == values


def test_a_hijri_date_written_year_first() -> None:
    assert [(t, v) for _, t, v in found("صدر القرار بتاريخ 1436/10/15 هـ")] == [("DATE", "2015-07-31")]
    assert found("في 2015/08/07") == [("2015/08/07", "DATE", "2015-08-07")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "named_day"],
                         ids=lambda r: r["word"])
def test_a_named_or_described_day_is_not_today(row: dict[str, str]) -> None:
    assert found(f"وشارك في اليوم {row['word']} عدد من المسؤولين") == []


def test_today_before_other_words_stays_today() -> None:
    assert found("أعلن اليوم المجلس قراره") == [("اليوم", "DATE", "2015-08-08")]
    assert found("صباح اليوم الوطني")[0][2] == "2015-08-08TMO"  # a part of the day: still today


def test_a_vocalized_quotation_has_no_today() -> None:
    text = "قال تعالى «الْيَوْمَ أَكْمَلْتُ لَكُمْ دِينَكُمْ» وقال الوزير اليوم إن"
    assert [v for _, _, v in found(text)] == [None, "2015-08-08"]


def test_tanween_on_adverbs_is_no_vocalization() -> None:
    assert [v for _, _, v in found("ويصل الوفد غداً إلى الرياض")] == ["2015-08-09"]


@pytest.mark.parametrize(("text", "value"), [
    ("استمر عامين وثلاثة أشهر", ["P2Y3M"]),
    ("لمدة ساعتين و15 دقيقة", ["PT2H15M"]),
    ("لمدة 5 أيام و3 ساعات", ["P5DT3H"]),
    ("من يومين إلى 3 أيام", ["P2D", "P3D"]),  # a range, not a sum
    ("3 أشهر وعامين", ["P3M", "P2Y"]),  # the smaller unit first: two lengths
    ("قضى عامين في جدة وثلاثة أشهر في الرياض", ["P2Y", "P3M"]),
    ("وتستغرق الرحلة ساعة و20 دقيقة.", ["PT1H20M"]),  # one unit, then a counted smaller one
    ("استمر عاما وثلاثة أشهر", ["P1Y3M"]),
    ("استمر عام وشهرين", ["P1Y2M"]),
    ("مشاهدة يوم وشهر الميلاد", []),  # no count after «و»: two words, no length
    ("قضى يوما وليلة", ["P1D"]),  # no count after «و»: not joined; «قضى يوما» alone is a day spent
])
def test_lengths_joined_by_and_are_one_length(text: str, value: list[str]) -> None:
    assert [v for _, t, v in found(text) if t == "DURATION"] == value


def test_lam_and_article_written_together_before_today() -> None:
    """«لليوم» is ل + اليوم (the article's alif dropped), "to this day" after «ما زال» (the
    span starts at the article's lam, as for names); after an amount it is "per day", a SET
    («100 دولار لليوم الواحد», tests/test_dates_rates.py); elsewhere it is "of the day"
    («البداية الحقيقية لليوم»), a counted day («لليوم الثاني») or the paper «اليوم السابع»: not
    read as today."""
    assert found("ومازالت لليوم تحظى بالدعم") == [("ليوم", "DATE", "PRESENT_REF")]
    assert found("وتكلف 100 دولار لليوم الواحد") == [("ليوم الواحد", "SET", "P1D")]
    for text in ("يمثل الليل البداية الحقيقية لليوم.",
                 "ولليوم الثاني على التوالي", "وقال لليوم السابع إن", "وأعلنت الوزارة لليوم أن"):
        assert found(text) == [], text


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "persist"],
                         ids=lambda r: r["word"])
def test_today_after_still_is_the_present(row: dict[str, str]) -> None:
    """«ما زالت لليوم تحظى بالدعم»: "still, to this day", the present, not the publication day."""
    assert found(f"و{row['word']} لليوم تحظى بالدعم") == [("ليوم", "DATE", "PRESENT_REF")]
    assert found(f"{row['word']} اليوم يعاني") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"{row['word']} اليوم السبت") == [("اليوم السبت", "DATE", "2015-08-08")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("أن مغربيا في السابعة والعشرين من العمر توفي", "السابعة والعشرين من العمر", "P27Y"),
    ("وفتاة في العاشرة من عمرها، قتلت", "العاشرة من عمرها", "P10Y"),
    ("قبل أن يتجاوز السابعة عشرة من عمره، كما", "السابعة عشرة من عمره", "P17Y"),
    ("سيدة في سن الثمانين من العمر", "الثمانين من العمر", "P80Y"),
])
def test_an_age_in_ordinal_words_is_a_duration(text: str, span: str, value: str) -> None:
    """An age is a length of life, as «47 عاما» is: «في السابعة والعشرين من العمر» P27Y."""
    assert found(text) == [(span, "DURATION", value)]


def test_a_decade_of_life_and_a_clock_hour_are_no_age() -> None:
    assert found("في الثلاثينات من عمره") == []
    assert found("وهو في العقد الثالث من العمر") == []  # its third decade: no age in years
    assert found("في الثامنة مساء")[0][1] == "TIME"


@pytest.mark.parametrize(("text", "value"), [
    ("مقارنة بالأسبوع قبل الماضي، بحسب التقرير", "2015-W30"),  # DAY is in week 32
    ("فر من اللاذقية العام قبل الماضي.", "2013"),
    ("يوم الأحد قبل الماضي", "2015-07-26"),  # the Sunday before last (DAY is a Saturday)
    ("في مارس قبل الماضي", "2014-03"),
    ("الثلاثاء بعد المقبل", "2015-08-18"),
    ("الشهر بعد المقبل", "2015-10"),
])
def test_before_last_and_after_next(text: str, value: str) -> None:
    """«قبل الماضي» / «بعد المقبل»: two units back or ahead, not one."""
    assert value in [v for _, _, v in found(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("وقع الحادث قبل عام وشهرين", [("قبل عام وشهرين", "DATE", "2014-06")]),  # 14 months before August 2015
    ("منذ أسبوع و3 أيام", [("منذ أسبوع و3 أيام", "DATE", "2015-07-29")]),
    ("قبل شهرين وعام", [("قبل شهرين", "DATE", "2015-06")]),  # the larger unit second: not joined
])
def test_an_offset_joined_to_a_smaller_length_is_one_offset(text: str, value: list[tuple[str, ...]]) -> None:
    assert found(text) == value


def test_an_offset_joined_to_a_length_and_counted_from_an_event_is_not_moved_from_today() -> None:
    assert all(v != "2016-10" for _, _, v in found("بعد عام وشهرين من الحادث"))


@pytest.mark.parametrize(("text", "value"), [
    ("ومن اليوم الأول من رمضان كانت هناك خطة", ("اليوم الأول من رمضان", "DATE", "2015-06-18")),
    ("في اليوم الأول من شهر أغسطس", ("اليوم الأول من شهر أغسطس", "DATE", "2015-08-01")),
])
def test_the_day_word_before_a_date_in_words_is_part_of_it(text: str, value: tuple[str, str, str]) -> None:
    assert found(text) == [value]
