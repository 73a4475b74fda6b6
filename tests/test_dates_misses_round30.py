"""Date mechanisms taken from the misses of the dev dates batches timex-dev-16 and -17 (issue 16,
round 30), each data row tested, on invented sentences:

- «لاحقا» (later) is FUTURE_REF, a reference adverb as «سابقا» (date_relative.tsv, kind ref; an
  `adverb_ref` cue: not after an indefinite accusative it agrees with, «عقدا لاحقا»);
- «المستقبل البعيد/القريب», «الماضي البعيد/القريب» are FUTURE_REF / PAST_REF without a frame word
  before them («انعكاسات على المستقبل البعيد»), unlike the bare «المستقبل» (`framed_ref`);
- an adjective of a part of the day right after a noun of a training session (`session` cues of
  date_cues.tsv, up to two definite words between) is a TIME of the day the text is on, as «الفترة
  المسائية», the adjective alone the span: «أجرى الفريق تدريبا صباحيا», «حصة مسائية», «وقاد مران الفريق
  الكروي المسائي»; not after a plural of a camp's programme («تدريبات صباحية ومسائية»);
- a bare weekday joined by «و», «إلى», «حتى» or a dash to a dated weekday before it is the first day
  of its name after that one («الاجتماعات (الاثنين والثلاثاء)» on a Monday: tomorrow, not last
  Tuesday; dates/weekdays.py `weekday_pairs`);
- a day «من نفس/ذات الشهر» (the anaphoric word before «الشهر») is that day of the month its sentence
  named, as «من الشهر نفسه»; a bare weekday names no month for it, and a weekday right before such a
  day takes it («يوم الأربعاء الخامس من نفس الشهر»);
- «ليل», «صبيحة», «ظهيرة», «ضحى» before a day word or weekday are parts of that day, as «ليلة», «صباح»
  (date_dayparts.tsv: «ليل الاثنين» TNI); an hour of the night from six to eleven is after noon
  («الحادية عشرة ليلا» 23:00, it was read 11:00; «الثانية ليلا» stays 02:00);
- the first day of a range whose Hijri month (or «من الشهر الحالي») is written once after the second
  day («من 19 - 21 شوال الحالي») is a date of that month (dates/day_ranges.py);
- «(حتى) يومنا هذا», «وقتنا الحالي», «أيامنا هذه» are the present, PRESENT_REF, as «الوقت الحالي», «هذه
  الأيام» (date_relative.tsv, kind ref; the dev golds annotate all 41 of those); «عصرنا هذا» too since
  round 47;
- «الواحدة» is one o'clock after «الساعة» or before a part of the day («حتى الساعة الواحدة ظهراً»: it was
  no timex), a number word of kind hour in date_numbers.tsv (not an ordinal: «الليلة الواحدة»);
- a feast named with a last or next word («عيد الأضحى المقبل», «عطلة عيد الفطر المبارك الماضي») is that
  feast's day, in any frame (it was none, or the last one's day after «إجازة»);
- the cardinal teens in words («ثلاثة عشر يوما» P13D, «ثماني عشرة ساعة», «خمس عشرة سنة»; only «خمسة عشر»
  was listed: «سبعة عشر عاما» was read «عشر عاما» P10Y), each row of date_numbers.tsv tested in
  tests/test_dates_tables.py; «مدة العقد» is a contract's length, no decade (`not_whole` cues);
- a plural of a round number before a definite plural unit («آلاف السنين», «لمئات السنوات»: `vague_many`
  cues) is a vague length, PXY, as «عدة سنوات»;
- a month word that needs context («مارس», also a verb) joined by «و» to a month right before it is a
  month («بين يناير ومارس», «خلال شهري فبراير ومارس»: it was left out).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
CUES = load_table("date_cues")
NEW_REFS = {"لاحقا": "FUTURE_REF", "لاحقاً": "FUTURE_REF", "المستقبل البعيد": "FUTURE_REF",
            "المستقبل القريب": "FUTURE_REF", "الماضي البعيد": "PAST_REF", "الماضي القريب": "PAST_REF"}
OUR_TIME = ["يومنا هذا", "وقتنا الحالي", "وقتنا الحاضر", "وقتنا الراهن", "وقتنا هذا", "أيامنا هذه",
            "زمننا الحالي", "زمننا الحاضر", "زمننا هذا"]
NEW_PERIODS = ["الصباحي", "صباحي", "صباحيا", "صباحية", "المسائي", "مسائي", "مسائيا", "مسائية"]

Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


def test_every_new_reference_row_is_read() -> None:
    rows = {r["word"]: r for r in load_table("date_relative") if r["kind"] == "ref"}
    assert set(NEW_REFS) <= set(rows)


@pytest.mark.parametrize(("word", "value"), NEW_REFS.items())
def test_a_reference_phrase(word: str, value: str) -> None:
    # the span holds a final tanween («لاحقاً» whole, round 35)
    assert found(f"وقال إن لذلك أثرا على {word}، كما قال") == [(word, "DATE", value)]


def test_later_after_a_verb_and_not_after_a_noun_it_describes() -> None:
    assert found("بينما يكون المنضمون لاحقا فرق الدرجة الثانية") == [("لاحقا", "DATE", "FUTURE_REF")]
    assert found("ووقع اللاعب عقدا لاحقا مع النادي") == []


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "session"], ids=lambda r: r["word"])
def test_a_part_of_the_day_after_a_session_noun(row: dict[str, str]) -> None:
    adjective = "المسائية" if row["word"].startswith("ال") else "مسائية"
    if not row["word"].endswith(("ة", "ه", "ية")):
        adjective = "المسائي" if row["word"].startswith("ال") else "مسائيا"
    assert found(f"وأجرى الفريق {row['word']} {adjective} بقيادة المدرب") == [
        (adjective, "TIME", "2015-07-20TEV")]


@pytest.mark.parametrize("word", NEW_PERIODS)
def test_each_new_period_adjective_after_a_session(word: str) -> None:
    suffix = "MO" if "صباح" in word else "EV"
    assert found(f"وخاض الفريق حصة {word} خفيفة") == [(word, "TIME", f"2015-07-20T{suffix}")]


def test_a_session_told_on_another_day_takes_that_day() -> None:
    assert found("وصل المدرب ظهر أمس وقاد مران الفريق الكروي المسائي، برفقة مساعديه") == [
        ("ظهر أمس", "TIME", "2015-07-19TAF"), ("المسائي", "TIME", "2015-07-19TEV")]


def test_no_session_no_time() -> None:
    assert found("وزار المدرب مقر الصحف الصباحية والمدارس المسائية") == []
    assert found("يشتمل المعسكر على تدريبات صباحية ومسائية") == []


@pytest.mark.parametrize(("text", "expected"), [
    # on a Monday: the meeting's Monday is today, its Tuesday tomorrow (not last Tuesday)
    ("تعقد الاجتماعات (الاثنين والثلاثاء) في مدريد", [("الاثنين", "DATE", "2015-07-20"),
                                                    ("الثلاثاء", "DATE", "2015-07-21")]),
    ("اجتمع الوزراء يومي الأحد والاثنين في الرياض", [("الأحد", "DATE", "2015-07-19"),
                                                    ("الاثنين", "DATE", "2015-07-20")]),
    ("يعقد المؤتمر من اليوم الاثنين إلى الأربعاء", [("اليوم الاثنين", "DATE", "2015-07-20"),
                                                   ("الأربعاء", "DATE", "2015-07-22")]),
])
def test_a_weekday_joined_to_a_dated_one_is_the_next_of_its_name(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_weekday_not_joined_keeps_its_own_day() -> None:
    assert found("وصل الوفد الاثنين، وكان قد غادر الثلاثاء") == [
        ("الاثنين", "DATE", "2015-07-20"), ("الثلاثاء", "DATE", "2015-07-14")]


@pytest.mark.parametrize(("text", "expected"), [
    ("هبط الذهب في الثالث من يوليو ثم إلى 1077 دولارا في 24 من نفس الشهر مسجلا",
     [("الثالث من يوليو", "DATE", "2015-07-03"), ("24 من نفس الشهر", "DATE", "2015-07-24")]),
    ("وصل في 3 مايو وغادر في العاشر من ذات الشهر", [("3 مايو", "DATE", "2015-05-03"),
                                                   ("العاشر من ذات الشهر", "DATE", "2015-05-10")]),
    # a bare weekday names no month: the day counts in August, and the weekday is that day
    ("يلعب يوم الأحد الثاني من أغسطس المقبل وأمام روما يوم الأربعاء الخامس من نفس الشهر",
     [("يوم الأحد الثاني من أغسطس المقبل", "DATE", "2015-08-02"), ("يوم الأربعاء", "DATE", "2015-08-05"),
      ("الخامس من نفس الشهر", "DATE", "2015-08-05")]),
])
def test_a_day_of_the_same_month_written_before_it(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع تبادل لإطلاق النار ليل أمس", [("ليل أمس", "TIME", "2015-07-19TNI")]),
    ("وقع تبادل لإطلاق النار ليل الاثنين بين مسلحين", [("ليل الاثنين", "TIME", "2015-07-20TNI")]),
    ("وصلت البعثة صبيحة يوم السبت", [("صبيحة يوم السبت", "TIME", "2015-07-18TMO")]),
    ("ما حدث في مدينة أبها ظهيرة أمس الأول، فأحدث", [("ظهيرة أمس الأول", "TIME", "2015-07-18TAF")]),
    ("فاز على مضيفه ليل بهدف وحيد", []),  # Lille, the French club: no day word after it
])
def test_night_morning_and_noon_words_before_a_day(text: str, expected: Found) -> None:
    # date_dayparts.tsv: «ليل», «صبيحة», «ظهيرة», «ضحى» (each row: tests/test_dates_tables.py)
    assert found(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("وقع الحادث في الحادية عشرة ليلا", "2015-07-20T23:00"),
    ("وقع الحادث الساعة 11:40 ليلاً", "2015-07-20T23:40"),
    ("وقع الحادث الساعة الثانية ليلا", "2015-07-20T02:00"),  # after midnight
    ("وقع الحادث الساعة الثانية عشرة ليلا", "2015-07-20T24:00"),
])
def test_an_hour_of_the_night(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("يعقد الملتقى في الفترة من 19 - 21 شوال الحالي، تحت رعاية",
     [("19", "DATE", "2015-08-04"), ("21 شوال الحالي", "DATE", "2015-08-06")]),
    ("يقام خلال الفترة من 15 إلى 20 شوال", [("15", "DATE", "2015-07-31"), ("20 شوال", "DATE", "2015-08-05")]),
    ("خلال الفترة من 15 - 26 من الشهر الحالي ، في متنزه",
     [("15", "DATE", "2015-07-15"), ("26 من الشهر الحالي", "DATE", "2015-07-26")]),
    # a Gregorian month after the range: one interval, as before
    ("من 1 إلى 5 أغسطس", [("من 1 إلى 5 أغسطس", "DATE", "2015-08-01/2015-08-05")]),
    ("بلغ عدد الزوار 15 - 20 شوال", [("20 شوال", "DATE", "2015-08-05")]),  # no «من»: no range read
])
def test_the_first_day_of_a_range_with_its_month_written_once(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("phrase", OUR_TIME)
def test_our_time_is_the_present(phrase: str) -> None:
    assert found(f"وما زالت العادة قائمة حتى {phrase}، كما قال") == [(phrase, "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("phrase", ["العصر الحالي", "العصر الراهن", "العصر الحاضر"])
def test_the_present_era_is_the_present(phrase: str) -> None:
    """The era with a word of the present after it, as «الوقت الحالي» (timex-dev-25 «في العصر الحالي»,
    round 46); «عصرنا هذا» too since round 47's era ruling (below)."""
    assert found(f"ومن سبل الإصلاح ما لا يعمل به في {phrase}، كما قال") == [(phrase, "DATE", "PRESENT_REF")]
    assert phrase in {r["word"] for r in load_table("date_relative") if r["kind"] == "ref"}


@pytest.mark.parametrize("phrase", ["عصرنا هذا", "عصرنا الحالي", "عصرنا الحاضر", "عصرنا الراهن"])
def test_our_era_is_the_present(phrase: str) -> None:
    """Round 47's era ruling: an era named with a word of the present is PRESENT_REF (timex-dev-4 3052
    read again; round 30 had kept «عصرنا هذا» none); an era of history stays none."""
    assert found(f"وكأنه ينتمي إلى {phrase} ويبحث لنا عن حلول") == [(phrase, "DATE", "PRESENT_REF")]
    assert phrase in {r["word"] for r in load_table("date_relative") if r["kind"] == "ref"}
    assert found("وكأنه ينتمي إلى العصر الحديث ويبحث لنا عن حلول") == []


@pytest.mark.parametrize("row", [r for r in load_table("date_numbers") if r["kind"] == "hour"],
                         ids=lambda r: r["word"])
def test_an_hour_word(row: dict[str, str]) -> None:
    hour = int(row["value"])
    assert found(f"وتستمر الزيارة حتى الساعة {row['word']} ظهراً") == [
        (f"الساعة {row['word']} ظهراً", "TIME", f"2015-07-20T{hour + 12:02d}:00")]
    assert found(f"وقع الانفجار عند {row['word']} ليلاً، ومن") == [
        (f"{row['word']} ليلاً", "TIME", f"2015-07-20T{hour:02d}:00")]
    assert found(f"عند الساعة {row['word']} والنصف") == [
        (f"الساعة {row['word']} والنصف", "TIME", f"2015-07-20T{hour:02d}:30")]


@pytest.mark.parametrize(("text", "expected"), [
    ("يعود الطلاب بعد إجازة عيد الأضحى المقبل", [("عيد الأضحى المقبل", "DATE", "2015-09-23")]),
    ("سافر خلال عطلة عيد الفطر المبارك الماضي", [("عيد الفطر المبارك الماضي", "DATE", "2015-07-17")]),
    ("ينتظر الجميع عيد الفطر المقبل", [("عيد الفطر المقبل", "DATE", "2016-07-06")]),
    ("تبادلوا الزيارات في عيد الفطر", []),  # no frame, no last/next word: as before
])
def test_a_feast_with_a_last_or_next_word(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("لمدة سبعة عشر عاما", [("سبعة عشر عاما", "DURATION", "P17Y")]),
    ("استمرت ثماني عشرة ساعة", [("ثماني عشرة ساعة", "DURATION", "PT18H")]),
    ("وأوضح أن مدة العقد تبلغ عامين", [("عامين", "DURATION", "P2Y")]),
])
def test_teens_in_words_and_a_contract_length(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "vague_many"], ids=lambda r: r["word"])
def test_a_vague_many_of_years(row: dict[str, str]) -> None:
    assert found(f"استخدم كدواء تقليدي ل{row['word']} السنين في المنطقة") == [
        (f"{row['word']} السنين", "DURATION", "PXY")]
    assert found(f"وقتل {row['word']} الأشخاص") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("بين يناير ومارس", [("يناير", "DATE", "2015-01"), ("مارس", "DATE", "2015-03")]),
    ("خلال شهري فبراير ومارس", [("فبراير", "DATE", "2015-02"), ("مارس", "DATE", "2015-03")]),
    ("كان يمارس الرياضة ومارس الضغط", []),
])
def test_a_month_joined_to_a_month(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_weekday_joined_to_the_same_weekday_keeps_its_day() -> None:
    # «ليل السبت - الأحد وصباح الأحد»: the same Sunday, not the one a week later
    assert found("وجرت الصدامات ليل السبت- الأحد وصباح الأحد في الحرم") == [
        ("ليل السبت", "TIME", "2015-07-18TNI"), ("الأحد", "DATE", "2015-07-19"),
        ("صباح الأحد", "TIME", "2015-07-19TMO")]
