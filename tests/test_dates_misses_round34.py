"""Date mechanisms of round 34 (issue 16), on invented sentences:

- a clock time of wire copy written as a decimal with «ر» (`الساعة 32ر06 بتوقيت جرينتش`): such copy
  writes the fraction first («5ر3 مليون» is 3.5 million), so the minutes stand before «ر» and the hour
  after it, 06:32; only after «الساعة» and with two digits of minutes (an amount keeps its «ر»);
- the article written apart from the count, «الساعات الـ 24 الماضية» (tatweel gone, a space left), is
  read as «الساعات الـ24 الماضية», a length of 24 hours;
- a week counted inside a month (`date_month_weeks.tsv`: «الأسبوع الأول من أغسطس (آب)», «الأسبوع
  الأخير من شهر يوليو 2014», «الأسبوع الثالث من رمضان») is the interval of its seven days, one span,
  not «الأول من أغسطس» (the 1st) nor «الأسبوع الأخير» (last week) beside the month; a Hijri month's
  days are counted in its Gregorian interval; a week of something else («الأسبوع الأول من المعسكر»)
  is no date of a month (a programme's week is its ISO week, round 42);
- a bare year before a closing single quotation mark («’إكسبو 2020‘»), as before a double one;
- the second year of a pair after a year word with a tatweel for the dash («عام 2006 ـ 2007»: the
  tatweel is gone from the normalised text, two spaces left) is a date, as with «-»; a season
  («موسم 2006 ـ 2007») stays none;
- «عطلة» before a feast names the holiday of a given year, as «إجازة» (`feast_named` cues):
  «خلال عطلة عيد الفطر» is the feast's day;
- a feast named as a holiday (`feast_holiday` cues: «إجازة عيد الفطر», «خلال عطلة العيد») is dated as
  an occasion: the coming feast when it falls within a month after the writing day («وتستعد الحدائق
  لاستقبال الزوار في إجازة العيد» written nine days before it), else the latest one; not in a clause of
  the future (the coming feast, however far: «ستبدأ إجازة عيد الأضحى»), nor with a last or next word
  («عطلة عيد الأضحى الماضي»), nor a party («حفل عيد الفطر», reported after it);
- a school or training year named by its calendar year (`school_year` cues: «للعام الدراسي 2015/
  2016م», «العام التدريبي 2014») is a date, each year of a pair its own (docs/realtext-annotation.md,
  timex-dev-19).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

AUGUST = date(2015, 8, 11)
Found = list[tuple[str, str, str | None]]


def found(text: str, anchor: date = AUGUST) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتراجع خام برنت 20 سنتا إلى 49 دولارا بحلول الساعة 45ر07 بتوقيت جرينتش.",
     [("الساعة 45ر07", "TIME", "2015-08-11T07:45")]),
    ("وسجلت هيئة الرصد هزة أرضية عند الساعة 10ر23 من مساء اليوم.",
     [("الساعة 10ر23 من مساء اليوم", "TIME", "2015-08-11T23:10")]),
])
def test_wire_clock_with_ra_puts_the_minutes_first(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "وبلغت الخسائر 5ر3 مليون دولار في الربع.",
    "وارتفع المؤشر 25ر1 في المائة عند الإغلاق.",
])
def test_a_decimal_amount_with_ra_is_no_clock(text: str) -> None:
    assert found(text) == []


def test_the_article_apart_from_the_count_of_hours() -> None:
    text = "وسجلت الوزارة ثلاث إصابات جديدة خلال الساعات الـ 48 الماضية في جدة."
    assert found(text) == [("الساعات الـ 48 الماضية", "DURATION", "PT48H")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ويستمر العرض حتى الأسبوع الأول من سبتمبر (أيلول) في كل الفروع.",
     [("الأسبوع الأول من سبتمبر (أيلول)", "DATE", "2015-09-01/2015-09-07")]),
    ("وشهدت الأسواق هبوطا في الأسبوع الأخير من شهر يونيو الماضي.",
     [("الأسبوع الأخير من شهر يونيو الماضي", "DATE", "2015-06-24/2015-06-30")]),
    ("وافتتح المعرض في الأسبوع الثاني من مارس 2014 بحضور الأمير.",
     [("الأسبوع الثاني من مارس 2014", "DATE", "2014-03-08/2014-03-14")]),
    ("ووزعت الجمعية السلال الغذائية في الأسبوع الأخير من شهر رمضان على الأسر.",
     [("الأسبوع الأخير من شهر رمضان", "DATE", "2015-07-10/2015-07-16")]),
])
def test_a_week_counted_in_a_month_is_its_seven_days(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_week_of_something_else_is_no_date_of_a_month() -> None:
    # a programme's n-th week is its ISO week (the guide's timex-dev-20 rule; round 42:
    # tests/test_dates_programme_weeks.py), here the writing day's: never the month's first seven days
    assert found("وخاض الفريق تدريبات قوية في الأسبوع الأول من المعسكر في النمسا.") == [
        ("الأسبوع الأول من المعسكر", "DATE", "2015-W33")]
    assert found("وخاض الفريق تدريبات قوية في الأسبوع الأول من الموسم في النمسا.") == []


@pytest.mark.parametrize("row", load_table("date_month_weeks"), ids=lambda r: r["word"])
def test_each_week_of_the_table_counts_its_days_in_february(row: dict[str, str]) -> None:
    first = int(row["first"])
    start = 23 if first < 0 else first  # February 2016 has 29 days: its last seven from the 23rd
    value = f"2016-02-{start:02d}/2016-02-{start + 6:02d}"
    text = f"وينظم المهرجان في {row['word']} من فبراير 2016 في الرياض."
    assert found(text) == [(f"{row['word']} من فبراير 2016", "DATE", value)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتتسارع الاستعدادات قبيل استضافة ’إكسبو 2020‘، حسب التقرير.", [("2020", "DATE", "2020")]),
    ("وأعلنت الشركة عن خطة ‘رؤية 2030’ الجديدة.", [("2030", "DATE", "2030")]),
])
def test_a_year_before_a_closing_single_quote(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتصدر الفريق الترتيب عام 2008 ـ 2009 قبل أن يتراجع.",
     [("عام 2008", "DATE", "2008"), ("2009", "DATE", "2009")]),
    ("وشارك النادي في البطولة عامي 2011 ـ 2012 دون ألقاب.",
     [("عامي 2011", "DATE", "2011"), ("2012", "DATE", "2012")]),
])
def test_the_second_year_after_a_tatweel_dash(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_season_after_a_tatweel_dash_stays_none() -> None:
    assert found("وحقق الفريق اللقب في موسم 2008 ـ 2009 بجدارة.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وتزدحم المتنزهات بالعائلات خلال عطلة عيد الفطر في المحافظة.", [("عيد الفطر", "DATE", "2015-07-17")]),
    ("وعاد الموظفون إلى أعمالهم بعد عطلة العيد أمس.", [("العيد", "DATE", "2015-07-17"),
                                                     ("أمس", "DATE", "2015-08-10")]),
])
def test_the_holiday_of_a_feast_is_its_day(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("وتستعد الحدائق لاستقبال الزوار في إجازة العيد القريبة.", date(2015, 7, 8), "2015-07-17"),
    ("وتزدحم المتنزهات بالعائلات خلال عطلة عيد الفطر في المحافظة.", date(2015, 7, 8), "2015-07-17"),
    ("وعاد الموظفون إلى أعمالهم بعد انتهاء إجازة عيد الفطر.", date(2015, 7, 26), "2015-07-17"),
    ("وتستعد الحدائق لاستقبال الزوار في إجازة العيد.", date(2015, 9, 1), "2015-09-23"),
    ("وتستعد الحدائق لاستقبال الزوار في إجازة العيد.", date(2015, 6, 1), "2014-10-04"),
])
def test_a_holiday_is_the_coming_feast_within_a_month(text: str, anchor: date, expected: str) -> None:
    assert [v for _, _, v in found(text, anchor)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("وسافر كثيرون خلال عطلة عيد الأضحى الماضي إلى الخارج.", "2014-10-04"),
    ("وأقامت الجمعية حفل عيد الفطر لمنسوبيها.", "2014-07-28"),
])
def test_a_last_word_or_a_party_keeps_the_feast_before(text: str, expected: str) -> None:
    assert [v for _, _, v in found(text, date(2015, 7, 8))] == [expected]


def test_a_holiday_in_a_future_clause_is_the_coming_feast_however_far() -> None:
    text = "وقالت الوزارة إن الدراسة ستبدأ قبل إجازة عيد الأضحى."
    assert [v for _, _, v in found(text, date(2015, 7, 20))] == ["2015-09-23"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وفتحت الجامعة باب القبول للعام الدراسي 2015/ 2016م عبر موقعها.",
     [("عام الدراسي 2015", "DATE", "2015"), ("2016م", "DATE", "2016")]),
    ("وانطلق العام التدريبي 2014 بمشاركة مئة متدرب.", [("العام التدريبي 2014", "DATE", "2014")]),
])
def test_a_school_year_named_by_its_calendar_year(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_school_year_without_a_year_is_no_date() -> None:
    assert found("وتستعد المدارس لبدء العام الدراسي بعد الإجازة.") == []
