"""Date mechanisms of round 35 (issue 16), on invented sentences:

- an offset back with a vague count (`quantifier` words of date_relative.tsv: «قبل عدة أشهر», «منذ
  بضعة أيام») is read as the bare plural it counts vaguely («قبل أشهر», «قبل أسابيع عدة»): the past
  stretch (PAST_REF), «قبل»/«منذ» in the span; after «منذ» in a clause of a state going on up to now
  it stays the length of no number (PXM) without «منذ» (now also after a participle of being there,
  «الموجود», an `elapsed` cue). Forward («إلا بعد عدة أسابيع» in a past story: a length from its
  point) it stays the length it was;
- an expression's span holds the tanween or short vowel written on its last letter («سنوياً»,
  «غداً», «منذ أيامٍ»), as every dates gold writes it; it stopped before the mark, which the
  normalised text leaves out;
- «العيد» alone after an ordinal of its days («ثاني أيام العيد») is that day of the nearest feast, as
  «اليوم الثاني للعيد» and «ثاني أيام عيد الفطر» were (docs/realtext-annotation.md, timex-dev-5); not
  after «يوم» («يوم العيد» of a custom is any year's); a feast's nth day falling within a month after
  the writing day is the coming one, as a feast greeted («أعلنت أن الجمعة أول أيام عيد الفطر»);
- a range of clock times after a day in its sentence is on that day, the last one told («أول أيام
  العيد ... من الساعة الرابعة وحتى السابعة مساء»), not on the writing day;
- «في اليوم/الأسبوع/الشهر» is a rate (a SET) after «واحد/واحدة» too (read as written, not as «و» +
  «احدة»: «سيجارة واحدة في اليوم»), and before an approximate amount («يدخنها في اليوم حوالي خمس»);
- a part of the day that is a noun alone (`day_part_noun` cues: صباح، مساء، فجر، صبيحة، ظهيرة) right
  before a day dated otherwise («مساء ثاني أيام العيد», «صباح السابع من يونيو 1967») is a TIME of
  that day, one span (dates/daypart_days.py);
- a feast's nth day is a day the story is told on, as «أمس» or a weekday: a bare clock time after it
  («في ثاني أيام العيد ... عند الساعة التاسعة مساء») is on it; not a feast's holiday («إجازة العيد»);
- two years joined by a dash after a word («خلال الفترة 2011 - 2014», «فترة حكمه 1982 - 1990») are
  a date each, as in brackets; not a season's («موسم 2013 - 2014», «الموسم الجديد 2015-2016»), an
  amount's or a label's;
- a work's year in brackets right after its quoted title («سحرة» (2000) نزلت) is a date whatever
  follows it (before a pause only, as «نادي القطن» (1985) عن, it already was).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

JULY = date(2015, 7, 21)
Found = list[tuple[str, str, str | None]]


def found(text: str, anchor: date = JULY) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وزار الوزير المدينة الصناعية قبل عدة أشهر برفقة الوفد.",
     [("قبل عدة أشهر", "DATE", "PAST_REF")]),
    ("ووقع الانهيار في الحي القديم قبل بضعة أيام دون إصابات.",
     [("قبل بضعة أيام", "DATE", "PAST_REF")]),
    ("وأطلقت الشركة خدمتها الجديدة منذ عدة أسابيع في الرياض.",
     [("منذ عدة أسابيع", "DATE", "PAST_REF")]),
])
def test_an_offset_with_a_vague_count_is_the_stretch(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ولا تزال القوات تحاصر البلدة منذ عدة أشهر دون انقطاع.",
     [("عدة أشهر", "DURATION", "PXM")]),
    ("ووصل الفريق إلى المعسكر بعد عدة أيام من انتهاء الموسم.",
     [("عدة أيام", "DURATION", "PXD")]),
    ("ولم يعرف الأهل مكانه إلا بعد عدة أسابيع من البحث.",
     [("عدة أسابيع", "DURATION", "PXW")]),
    ("ويعمل كابل الشحن الموجود في الأجهزة منذ عدة سنوات بالطريقة نفسها.",
     [("عدة سنوات", "DURATION", "PXY")]),
])
def test_a_vague_count_up_to_now_or_from_an_event_is_a_length(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_number_still_counts_back_from_the_writing_day() -> None:
    assert found("وزار الوزير المدينة الصناعية قبل ثلاثة أشهر برفقة الوفد.") \
        == [("قبل ثلاثة أشهر", "DATE", "2015-04")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ويقام المهرجان سنوياً في ساحة البلدية.", [("سنوياً", "SET", "P1Y")]),
    ("ويفتتح الأمير المعرض غداً في جدة.", [("غداً", "DATE", "2015-07-22")]),
    ("وانتهت المهلة منذ أيامٍ دون رد.", [("منذ أيامٍ", "DATE", "PAST_REF")]),
    ("ويعرض البرنامج يوميًا على القناة الأولى.", [("يوميًا", "SET", "P1D")]),
])
def test_the_span_holds_the_marks_on_its_last_letter(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("وشهدت الحديقة إقبالا كبيرا من العائلات في ثاني أيام العيد.", JULY,
     [("ثاني أيام العيد", "DATE", "2015-07-18")]),
    ("وتنطلق منافسات الفروسية في ثالث أيام العيد بالساحة الشعبية.", date(2015, 7, 10),
     [("ثالث أيام العيد", "DATE", "2015-07-19")]),
    ("وأعلنت دار الإفتاء أن الجمعة أول أيام عيد الفطر في البلاد.", date(2015, 7, 16),
     [("الجمعة", "DATE", "2015-07-17"), ("أول أيام عيد الفطر", "DATE", "2015-07-17")]),
])
def test_a_feast_day_counted_by_its_ordinal(text: str, anchor: date, expected: Found) -> None:
    assert found(text, anchor) == expected


@pytest.mark.parametrize("text", [
    "وحضر الاحتفال في أول أيام العيد الوطني عدد من المسؤولين.",  # another feast's name
    "وأصعب ما على الشخص يوم العيد هو الزيارات.",  # «يوم العيد» of a custom: left alone
])
def test_no_feast_day_without_an_ordinal_of_the_feast(text: str) -> None:
    assert found(text) == []


def test_a_clock_range_after_a_feast_day_is_on_that_day() -> None:
    text = "ويستقبل القصر الزوار أول أيام العيد في الفترة المسائية من الساعة الرابعة وحتى السابعة مساء."
    assert found(text)[-2:] == [("الساعة الرابعة", "TIME", "2015-07-17T16:00"),
                                ("السابعة مساء", "TIME", "2015-07-17T19:00")]


def test_a_clock_range_with_no_day_in_its_sentence_is_a_daily_rule() -> None:
    assert found("ويستقبل القصر الزوار من الساعة الرابعة وحتى السابعة مساء.") == [
        ("الساعة الرابعة", "TIME", "XXXX-XX-XXT16:00"), ("السابعة مساء", "TIME", "XXXX-XX-XXT19:00")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتبين أن تدخين سيجارة واحدة في اليوم يضاعف الخطر.", [("في اليوم", "SET", "P1D")]),
    ("ويعرض المطعم الطبق يوما واحدا في الأسبوع فقط.", [("في الأسبوع", "SET", "P1W")]),
    ("وعدد الأكواب التي يشربها في اليوم حوالي ثلاثة.", [("في اليوم", "SET", "P1D")]),
])
def test_a_rate_after_one_or_before_an_approximate_amount(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_the_day_of_the_story_is_no_rate() -> None:
    assert all(kind != "SET" for _, kind, _ in found("وسجل المعرض في اليوم الأول نحو مئة زائر."))


@pytest.mark.parametrize(("text", "expected"), [
    ("وأحيت الفرقة حفلا مساء ثاني أيام العيد في الكورنيش.",
     [("مساء ثاني أيام العيد", "TIME", "2015-07-18TEV")]),
    ("ومع طلوع فجر أول أيام عيد الفطر خرج المصلون.", [("فجر أول أيام عيد الفطر", "TIME", "2015-07-17TMO")]),
    ("واندلعت المعركة صباح السابع من يونيو 1967 قرب الحدود.",
     [("صباح السابع من يونيو 1967", "TIME", "1967-06-07TMO")]),
    ("وتنطلق البطولة ومساء الأحد المقبل في جدة.", [("مساء الأحد المقبل", "TIME", "2015-07-26TEV")]),
])
def test_a_part_of_the_day_before_a_day_is_a_time_of_it(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وظهر مؤخرا في الحفل مع فرقته.", [("مؤخرا", "DATE", "PAST_REF")]),  # «ظهر» the verb
    ("وأقيمت الفعاليات ليلة العيد في الساحة.", [("ليلة العيد", "TIME", "2015-07-16TNI")]),  # the eve
])
def test_no_part_of_the_day_from_a_verb_or_the_eve(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_clock_time_is_on_the_feast_day_told_before_it() -> None:
    text = ("وشهدت فعاليات المهرجان في ثاني أيام العيد حضورا كبيرا. "
            "وانطلقت الألعاب النارية عند الساعة التاسعة مساء على الكورنيش.")
    assert found(text) == [("ثاني أيام العيد", "DATE", "2015-07-18"),
                           ("الساعة التاسعة مساء", "TIME", "2015-07-18T21:00")]


def test_a_feast_holiday_is_no_day_told() -> None:
    text = "وتفاعل الزوار خلال إجازة العيد مع المعالم. وانطلقت الألعاب النارية عند الساعة التاسعة مساء."
    assert found(text)[-1] == ("الساعة التاسعة مساء", "TIME", "2015-07-21T21:00")


@pytest.mark.parametrize(("text", "expected"), [
    ("وتضاعفت الصادرات خلال الفترة 2011 - 2014 عدة مرات.",
     [("2011", "DATE", "2011"), ("2014", "DATE", "2014")]),
    ("وشهدت البلاد في الأعوام 1967-1974 حكما عسكريا.", [("1967", "DATE", "1967"), ("1974", "DATE", "1974")]),
])
def test_two_years_joined_by_a_dash_after_a_word(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "وتوج الفريق بلقب الدوري في موسم 2013 - 2014 بجدارة.",  # a season: none
    "ويبدأ تشفير المباريات اعتبارا من الموسم الجديد 2015-2016 للدوري.",
    "وبدأ الفريق استعداداته للنسخة الجديدة 2015-2016 من الدوري.",
    "ويتراوح الراتب بين 1990 - 2000 ريال.",  # an amount
    "وسكن في الغرفة رقم 2011 - 2014 بالفندق.",  # a label
])
def test_no_dash_years_of_a_season_an_amount_or_a_label(text: str) -> None:
    assert all(kind != "DATE" for _, kind, _ in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("وفي فيلم «الغرباء» (1977) تقع بعض الأحداث في القاهرة.", [("1977", "DATE", "1977")]),
    ("وقد صدرت روايته «المدينة» (2008) فنالت جائزة.", [("2008", "DATE", "2008")]),
])
def test_a_works_year_in_brackets_after_its_title(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "وبلغ الإيجار ألف جنيه (1500 دولار) في الشهر.",  # an amount in brackets
    "وتسكن البعثة في الغرفة رقم ( 2022) بالفندق.",  # a label
])
def test_no_year_in_brackets_without_a_title(text: str) -> None:
    assert all(kind != "DATE" for _, kind, _ in found(text))
