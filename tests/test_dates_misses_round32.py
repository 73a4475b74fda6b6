"""Date mechanisms of round 32 (issue 16), on invented sentences:

- a count in digits times «ألف/مليون» before a unit («بمعدل 100 ألف ساعة تدريبية») is the count
  multiplied (PT100000H), as after «قبل/منذ»: it was the scale word alone, «ألف ساعة» PT1000H. On
  the first 3,000 records: 9 such lengths in 7 articles, each now the count multiplied («نحو 944 ألف
  يوم عمل» P944000D, «قرابة 130 ألف عام» P130000Y);
- a day in digits and a masculine word of the present, «الشهر» unsaid («في 25 الجاري», «يوم 12 الحالي»,
  «الخميس 20 الجاري»), is that day of the month the text is in, as «25 من الشهر الجاري»: it was none.
  None such in the first 3,000 records (no change there);
- «سن» + an age in digits with a pause after it («قبل بلوغ سن 75،», «في سن الـ18 من») is an age, a
  DURATION (the guide's timex-dev-5 rule), as «سن الستين»: it was none; «سن 3 قوانين» (the verb «سنّ»,
  a count after it) stays none, and with a unit after the number («سن 18 عاما») the length is read so. On
  the first 3,000 records: 3 ages added («دون سن الـ18» twice, «الزواج في سن 23»), no other change;
- «العام السابق», «السنة السابقة» (the `preceding` word «السابق», as after a quarter) count from the year
  their sentence named before them, when it names one («عام 2014 ... مقارنة بزيادة نسبتها 5% عن العام
  السابق» 2013, the year before 2014): they were the year before the publication date whatever the
  sentence said; alone, or after the present year, they stay that year («نما الدخل 8% عن العام السابق»
  2014). «العام الماضي» stays the year before now. On the first 3,000 records: 3 of 11 such phrases
  change, each after 2014 in its sentence and now 2013 («خلال عام 2014 ... مقارنة بالعام السابق»);
- a unit and a quarter or a third («ساعة وربع الساعة», «ثلاث ساعات وربع،», «ساعتين وثلث») is that decimal of
  the unit, as «ساعة ونصف الساعة» PT1.5H (the guide's rule for a unit and a half): PT1.25H, PT3.25H,
  PT2.33H; it was the unit alone (PT1H). The unit or a pause must follow the fraction: «بعد أسبوع وربع
  النهائي» is a quarter-final. After «قبل/بعد/منذ» the offset takes it too («بعد ثلاث ساعات وربع»). On
  the first 3,000 records: no such phrase, no change;
- a full date written with its weekday («يوم الأربعاء 12 أغسطس 2015») is a day the text is told on, as a
  bare weekday or «أمس» (`narrative.py`): a clock time with no day after it, in its sentence or later, is on
  that day («ستلعب المباراة في الساعة السابعة مساءً بتوقيت جرينتش» the 12th's 19:00); it was on the
  writing day. A date without its weekday is not (a record or a history names days the report is not on).
  A bare clock time right after another («السابعة مساءً بتوقيت جرينتش (الساعة 9 مساءً بتوقيت مكة)») names
  no day for it: the first took the writing day from the second;
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 8, 4)

Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("يستفيد المتدربون من 100 ألف ساعة تدريبية.", [("100 ألف ساعة", "DURATION", "PT100000H")]),
    ("عمل المهندسون 2 مليون ساعة دون حوادث.", [("2 مليون ساعة", "DURATION", "PT2000000H")]),
    ("ظهرت قبل 125 مليون سنة.", [("قبل 125 مليون سنة", "DATE", "PAST_REF")]),
    # a scale word alone stays the thousand it says
    ("مرت ألف سنة على بناء القلعة.", [("ألف سنة", "DURATION", "P1000Y")]),
])
def test_a_count_times_a_scale_word_is_multiplied(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("يلتقي المنتخب نظيره العماني في 25 الجاري بمسقط.", [("25 الجاري", "DATE", "2015-08-25")]),
    ("وتنطلق الدورة يوم 12 الحالي في جدة.", [("يوم 12 الحالي", "DATE", "2015-08-12")]),
    ("يفتتح المعرض الخميس 20 الجاري.", [("الخميس 20 الجاري", "DATE", "2015-08-20")]),
    ("وتبدأ الاختبارات في الـ9 من الجاري.", [("الـ9 من الجاري", "DATE", "2015-08-09")]),
    ("وتستمر من 10 إلى 25 الجاري.", [("10", "DATE", "2015-08-10"), ("25 الجاري", "DATE", "2015-08-25")]),
])
def test_a_day_of_the_current_month_without_the_word_month(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_count_of_weeks_before_the_present_word_is_no_day() -> None:
    """A unit right before the number: it counts that unit, no day of the month («الأسبوع 3»)."""
    assert not any(v == "2015-08-03" for _, _, v in found("في الأسبوع 3 الجاري من البطولة"))


@pytest.mark.parametrize(("text", "expected"), [
    ("يقل الخطر قبل بلوغ سن 75، بحسب الدراسة.", [("سن 75", "DURATION", "P75Y")]),
    ("يسمح بالتسجيل للأطفال في سن الـ 6 من العام المقبل.",
     [("سن الـ 6", "DURATION", "P6Y"), ("العام المقبل", "DATE", "2016")]),
    ("حتى سن 18 عاما.", [("18 عاما", "DURATION", "P18Y")]),
    ("وقد سن 3 قوانين جديدة.", []),
])
def test_an_age_in_digits_after_sin(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ارتفعت العمليات عام 2014م بنسبة 11% مقارنة بزيادة نسبتها 5% عن العام السابق.",
     [("عام 2014م", "DATE", "2014"), ("العام السابق", "DATE", "2013")]),
    ("فاز الفريق بالكأس في 2012، وخسر النهائي في السنة السابقة.",
     [("في 2012", "DATE", "2012"), ("السنة السابقة", "DATE", "2011")]),
    # a comparison is no year to count from: «السنة السابقة» after it counts from 2014 too
    ("نمت المبيعات عام 2014 عن العام السابق والسنة السابقة.",
     [("عام 2014", "DATE", "2014"), ("العام السابق", "DATE", "2013"), ("السنة السابقة", "DATE", "2013")]),
    ("نما الدخل 8% عن العام السابق.", [("العام السابق", "DATE", "2014")]),
    ("نتوقع في عام 2015 أن يفوق الموسم العام السابق.",
     [("عام 2015", "DATE", "2015"), ("العام السابق", "DATE", "2014")]),
    # «الماضي» is the year before now, whatever the sentence named
    ("فاز الفريق في 2012 وخسر العام الماضي.",
     [("في 2012", "DATE", "2012"), ("العام الماضي", "DATE", "2014")]),
])
def test_the_previous_year_counts_from_the_year_its_sentence_named(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_the_previous_year_in_another_sentence_is_not_counted_from() -> None:
    assert found("فاز الفريق في 2012. وخسر في العام السابق.") == [
        ("في 2012", "DATE", "2012"), ("العام السابق", "DATE", "2014")]


@pytest.mark.parametrize(("text", "expected"), [
    ("استمر الاجتماع ساعة وربع الساعة.", [("ساعة وربع الساعة", "DURATION", "PT1.25H")]),
    ("انتظر الركاب ثلاث ساعات وربع، ثم غادروا.", [("ثلاث ساعات وربع", "DURATION", "PT3.25H")]),
    ("استغرقت الرحلة ساعتين وثلث.", [("ساعتين وثلث", "DURATION", "PT2.33H")]),
    ("يعمل في الشركة منذ عام وربع.", [("عام وربع", "DURATION", "P1.25Y")]),
    # an offset keeps its reading, the quarter in its span
    ("ووصل بعد ثلاث ساعات وربع، ثم غادر.", [("بعد ثلاث ساعات وربع", "DATE", None)]),
    # a quarter-final: the offset alone, as before
    ("تأهل الفريق بعد أسبوع وربع النهائي.", [("بعد أسبوع", "DATE", "2015-W33")]),
])
def test_a_unit_and_a_quarter_or_a_third(text: str, expected: Found) -> None:
    assert found(text) == expected


THURSDAY = date(2015, 7, 23)


def test_a_clock_time_is_on_the_dated_weekday_told_before_it() -> None:
    text = ('وقال الموقع: "يستضيف الملعب المباراة يوم الأربعاء 12 أغسطس 2015". وذكر الموقع أن المباراة ستلعب '
            "في الساعة السابعة مساءً بتوقيت جرينتش (الساعة 9 مساءً بتوقيت مكة المكرمة)، وأنها الأولى.")
    assert [(text[t.start:t.end], t.value) for t in extract(text, THURSDAY)] == [
        ("يوم الأربعاء 12 أغسطس 2015", "2015-08-12"), ("الساعة السابعة مساءً", "2015-08-12T19:00"),
        ("الساعة 9 مساءً", "2015-08-12T21:00")]


def test_a_date_without_its_weekday_tells_no_day() -> None:
    text = "وكان المصنع قد افتتح في 12 مايو 2009. وبدأ الحفل في الساعة السابعة مساء."
    assert [(text[t.start:t.end], t.value) for t in extract(text, THURSDAY)][-1] == (
        "الساعة السابعة مساء", "2015-07-23T19:00")
