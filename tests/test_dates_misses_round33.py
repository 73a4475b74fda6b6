"""Date mechanisms of round 33 (issue 16), on invented sentences:

- a month right after a word naming a futures contract by its delivery («تسليم», «لتسليم», «للتسليم»,
  also with «في» between: the `delivery` and `delivery_frame` cues of date_cues.tsv) is a contract not
  yet due, read ahead of the writing day as in a future clause: «ارتفع الذهب تسليم كانون الأول
  (ديسمبر)» written in August is this December (it was last year's: a past-tense month more than three
  months after the writing day), «لتسليم يناير» next January. A last word still counts back («تم تسليم
  ديسمبر الماضي»), and a month after any other word keeps the clause's tense;
- a future verb right after a month, the month fronted before its verb («ويرى أن الانتخابات في ديسمبر
  ستتعارض مع البطولة», «وفي حالة تحديد الموعد في شهر ديسمبر سينطلق السباق»), sets it ahead as one among
  the four words before it does (dates/tense.py): it was last year's December. Not with «و» written onto
  the verb («وقعت الحادثة في ديسمبر وسيتم التحقيق»: another clause), nor a noun that starts like such a
  verb (`not_future`: «في ديسمبر سيارات»), nor a verb further on («أبرمها في ديسمبر ربما ستنتهي»: the
  main clause after a relative one's month), nor after a weekday («خلال اجتماع يوم الاثنين ستناقش»
  moved a page written before that Monday a week on: on the first 3,000 records the reading moved two
  weekdays, both wrongly, and two months, both rightly);
- «منذ» + a count in a clause opened by an imperfective verb of something going on further back than
  the five words read before («وتقدم الشركة خدمات نقل الركاب على المستوى المحلي والإقليمي والدولي منذ
  عشر سنوات» P10Y; docs/realtext-annotation.md: «a state or action going on») is the length up to now,
  not the year it points back to; not when a complementizer follows the verb (`complement` cues of
  date_cues.tsv: «يذكر أن الخلاف بين الطرفين بدأ منذ أربع سنوات» stays 2011), nor when the clause
  opens with a perfective («وصل الوفد إلى العاصمة السعودية الرياض صباح الأحد منذ يومين»);
- a written form that holds a clitic and normalises to a date word is no date when the table of written
  names lists it (`date_written_names.tsv`, matched on the text as written, clitics included): «لامس»
  is the verb "touched" («بعد أن لامس 98 نقطة», «حينما لامس الحديث ذكرى الملك»), not «ل» + «أمس»,
  and «فلامس» (Vlaams Belang) neither; «امس», «وبالأمس», «لأمس» stay yesterday;
- «غدا» right after a word only a verb follows («قد», «لقد», «كما», «ثم»: the `became_frame` cues of
  date_cues.tsv) is the verb "became", no date: «وكون هذا الخطر قد غدا أفقيا», «ومن ثم غدا تسويق
  الفكرة»; «يغادر الفريق غدا», «وقد غدا الأربعاء» (a weekday after it) stay tomorrow.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

AUGUST = date(2015, 8, 8)
CUES = load_table("date_cues")
Found = list[tuple[str, str, str | None]]


def cue_words(kind: str) -> list[str]:
    return [r["word"] for r in CUES if r["kind"] == kind]


def found(text: str, anchor: date = AUGUST) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وارتفع سعر الذهب في العقود الآجلة تسليم كانون الأول (ديسمبر) 0.2 في المائة.",
     [("كانون الأول (ديسمبر)", "DATE", "2015-12")]),
    ("وصعد الخام الأمريكي لتسليم يناير 40 سنتا إلى 45 دولارا.", [("يناير", "DATE", "2016-01")]),
    ("وهبط خام برنت للتسليم في نوفمبر 30 سنتا عند التسوية.", [("نوفمبر", "DATE", "2015-11")]),
    ("وتراجع عقد الفضة تسليم أغسطس 1.2 في المائة.", [("أغسطس", "DATE", "2015-08")]),
])
def test_a_delivery_month_is_ahead_of_the_writing_day(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وارتفعت مبيعات الشركة في ديسمبر بنسبة 5 في المائة.", [("ديسمبر", "DATE", "2014-12")]),
    ("وتم تسليم ديسمبر الماضي الدفعة الأولى.", [("ديسمبر الماضي", "DATE", "2014-12")]),
])
def test_other_months_keep_the_tense_of_their_clause(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("word", cue_words("delivery"))
def test_each_delivery_word_reads_the_month_ahead(word: str) -> None:
    text = f"وصعد النفط {word} يناير 20 سنتا."
    assert found(text) == [("يناير", "DATE", "2016-01")]


@pytest.mark.parametrize("frame", cue_words("delivery_frame"))
def test_each_delivery_frame_word_may_stand_between(frame: str) -> None:
    text = f"وصعد النفط للتسليم {frame} يناير 20 سنتا."
    assert found(text) == [("يناير", "DATE", "2016-01")]


JULY = date(2015, 7, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("ويرى أن الانتخابات في ديسمبر ستتعارض مع البطولة.", [("ديسمبر", "DATE", "2015-12")]),
    ("وفي حالة تحديد الموعد في شهر ديسمبر سينطلق السباق الانتخابي.", [("شهر ديسمبر", "DATE", "2015-12")]),
])
def test_a_future_verb_right_after_the_time_sets_it_ahead(text: str, expected: Found) -> None:
    assert found(text, JULY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقعت الحادثة في ديسمبر وسيتم التحقيق فيها.", [("ديسمبر", "DATE", "2014-12")]),
    ("ارتفعت المبيعات في ديسمبر سيارات وشاحنات.", [("ديسمبر", "DATE", "2014-12")]),
    ("الصفقة التي أبرمها الطرفان في ديسمبر ربما ستنتهي بالفشل.", [("ديسمبر", "DATE", "2014-12")]),
    ("وخلال اجتماع يوم الخميس ستناقش اللجنة المقترحات.", [("يوم الخميس", "DATE", "2015-07-16")]),
])
def test_a_verb_of_another_clause_or_a_noun_after_it_does_not(text: str, expected: Found) -> None:
    assert found(text, JULY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتقدم الشركة خدمات نقل الركاب على المستوى المحلي والإقليمي والدولي منذ عشر سنوات فقط.",
     [("عشر سنوات", "DURATION", "P10Y")]),
    ("ويحتاج النادي إلى نقطة واحدة للتتويج باللقب الغائب عن خزائنه منذ 11 عاما.",
     [("11 عاما", "DURATION", "P11Y")]),
])
def test_since_in_a_clause_opened_by_an_ongoing_verb_is_the_length(text: str, expected: Found) -> None:
    assert found(text, JULY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("يذكر أن الخلاف بين الطرفين في النادي بدأ منذ أربع سنوات عندما انسحب.",
     [("منذ أربع سنوات", "DATE", "2011")]),
    ("وافتتحت الشركة فرعها الرئيسي في العاصمة السعودية الرياض منذ عامين.",
     [("منذ عامين", "DATE", "2013")]),
])
def test_since_after_a_reporting_verb_or_a_perfective_stays_the_date(text: str, expected: Found) -> None:
    assert found(text, JULY) == expected


@pytest.mark.parametrize("word", cue_words("complement"))
def test_each_complementizer_keeps_the_date(word: str) -> None:
    text = f"ويؤكد المسؤولون في الوزارة {word} المشروع انطلق منذ ثلاث سنوات."
    assert found(text, JULY) == [("منذ ثلاث سنوات", "DATE", "2012")]


@pytest.mark.parametrize("text", [
    "وبكى الوزير حينما لامس الحديث ذكرى الملك الراحل.",
    "ارتفع المؤشر في التعاملات المبكرة بعد أن لامس 98 نقطة.",
    "أطلق حزب «فلامس بلانغ» اليميني حملة جديدة.",
])
def test_a_verb_or_name_holding_ams_is_no_date(text: str) -> None:
    assert found(text, JULY) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل الوزير امس إلى الرياض.", [("امس", "DATE", "2015-07-20")]),
    ("وبالأمس وصل الوزير إلى الرياض.", [("الأمس", "DATE", "2015-07-20")]),
])
def test_yesterday_with_or_without_its_hamza_stays_a_date(text: str, expected: Found) -> None:
    assert found(text, JULY) == expected


@pytest.mark.parametrize("frame", cue_words("became_frame"))
def test_ghada_after_a_verb_frame_is_the_verb_became(frame: str) -> None:
    assert cue_words("became_verb") == ["غدا"]
    assert found(f"وقال الكاتب إن هذا الخطر {frame} غدا أفقيا وعموديا.", JULY) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("يغادر الفريق غدا إلى معسكره في النمسا.", [("غدا", "DATE", "2015-07-22")]),
    ("وقد غدا الأربعاء تقام المباراة الختامية.", [("غدا الأربعاء", "DATE", "2015-07-22")]),
])
def test_ghada_elsewhere_stays_tomorrow(text: str, expected: Found) -> None:
    assert found(text, JULY) == expected


@pytest.mark.parametrize("text", [
    "وكون هذا الخطر قد غدا أفقيا وعموديا.",
    "ومن ثم غدا تسويق هذه الفكرة أمرا يسيرا.",
])
def test_ghada_after_qad_or_thumma_is_no_date(text: str) -> None:
    assert found(text, JULY) == []
