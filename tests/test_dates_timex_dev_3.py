"""Date mechanisms taken from the errors of the timex dev golds after the third batch (issue 16),
each data row tested:

- reference adverbs that are also adjectives or nouns (`adverb_ref` cues: سابقا, حديثا PAST_REF, قريبا
  FUTURE_REF) are times after a verb, not after an indefinite accusative they agree with («رئيسا
  سابقا», a former president); «قريبا من» is "near" (`near_word`, `near_next`); «حديثا صحفيا» an
  interview (`noun_word`); «وحديثا» "and modern" (`not_joined`); «المالكي سابقا» the former (`former`);
- a quarter of a year: «الربع الثاني» (the fractions' quarter rows), «الربع المالي الماضي» (a `fiscal`
  nisba between), the last quarter before the anchor; «العام المالي 2013» is 2013;
- a clock time after «الساعة الـ» («الساعة الـ12:40 ظهرا»);
- a numbered unit after «منذ» is no length («منذ الدقيقة 28», a match's minute);
- a part word before an indefinite unit is a day of something else («أول يوم له»), no date;
- a scheduled event is in the future (`future` cues «المقرر», «المزمع», «المرتقب»);
- one whole unit after «طيلة/طوال» is a length («طيلة العام» P1Y), as «لمدة عام»;
- «ألف» and «مليون» count a length («مليون ساعة عمل» PT1000000H, never «1e+06»).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 8, 11)
CUES = load_table("date_cues")
REFS = {r["word"]: int(r["offset"]) for r in load_table("date_relative") if r["kind"] == "ref"}
REF_VALUE = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}


def found(text: str, anchor: date = TUESDAY) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


def cue_words(kind: str) -> list[str]:
    return [r["word"] for r in CUES if r["kind"] == kind]


@pytest.mark.parametrize("word", cue_words("adverb_ref"))
def test_a_reference_adverb_after_a_verb_is_a_time(word: str) -> None:
    value = REF_VALUE[REFS[word]]
    assert found(f"وقد أعلنت {word} الوزارة أن المشروع") == [(word, "DATE", value)]


@pytest.mark.parametrize("word", cue_words("adverb_ref"))
def test_a_reference_adverb_after_an_indefinite_accusative_is_its_adjective(word: str) -> None:
    assert found(f"وكان رئيسا {word} لبلد آخر") == []


@pytest.mark.parametrize("word", cue_words("near_word"))
@pytest.mark.parametrize("after", cue_words("near_next"))
def test_near_before_min_is_a_place_word(word: str, after: str) -> None:
    assert found(f"وكان اللاعب {word} {after} الجميع") == []


@pytest.mark.parametrize("word", cue_words("noun_word"))
def test_a_noun_before_its_adjective_is_no_time(word: str) -> None:
    assert found(f"وأجرى الوزير {word} صحفيا مع القناة") == []


@pytest.mark.parametrize("word", cue_words("not_joined"))
def test_lastly_with_a_conjunction_or_opening_a_sentence_is_no_time(word: str) -> None:
    assert found(f"وعرفه الناس قديما و{word} بهذا الاسم") == []
    assert found(f"انتهى الحفل. {word} التقى الوزير بالزوار") == []


@pytest.mark.parametrize("word", cue_words("former"))
def test_former_after_a_definite_word_is_no_time(word: str) -> None:
    assert found(f"وقالت وزيرة حقوق الإنسان في اليمن {word} إن") == []
    assert found(f"التي حرمت منها {word} بمبرر")[0][1:] == ("DATE", "PAST_REF")


def test_akhiran_is_no_reference_word() -> None:
    assert found("تمكنوا أخيرا من تطوير الأدوات") == []  # "finally" as often as "recently"

def test_the_gold_cases_of_the_reference_adverbs() -> None:
    assert found("المنضم حديثا لصفوف الفريق") == [("حديثا", "DATE", "PAST_REF")]
    assert found("ثم عادوا حديثا من أفغانستان") == [("حديثا", "DATE", "PAST_REF")]
    assert found("وسيكون العدد أكبر قريبا.") == [("قريبا", "DATE", "FUTURE_REF")]


@pytest.mark.parametrize("row", [r for r in load_table("date_fractions")
                                 if r["word"].startswith("الربع ") and r["word"].split()[1] != "الأخير"],
                         ids=lambda r: r["word"])
def test_a_quarter_without_its_year(row: dict[str, str]) -> None:
    n = int(row["code"][1])
    expected = f"{2015 if n <= 3 else 2014}-{row['code']}"  # on 2015-08-11 the fourth has not begun
    assert found(f"وارتفعت الأرباح خلال {row['word']} بنسبة") == [(row["word"], "DATE", expected)]
    fiscal = row["word"].replace("الربع ", "الربع المالي ")
    assert found(f"وارتفعت الأرباح خلال {fiscal} بنسبة") == [(fiscal, "DATE", expected)]
    assert found(f"خلال {row['word']} من العام، بنسبة")[0][2] == f"2015-{row['code']}"


def test_a_quarter_next_to_the_anchors() -> None:
    assert found("جاءت الأرباح أدنى في الربع المالي الماضي، كما") == [
        ("الربع المالي الماضي", "DATE", "2015-Q2")]
    assert found("بلغت 103 ملايين دولار خلال الربع الأخير.") == [("الربع الأخير", "DATE", "2015-Q2")]
    assert found("ويتوقع النمو في الربع المقبل.") == [("الربع المقبل", "DATE", "2015-Q4")]
    assert found("في الربع الأخير من العام الماضي") == [("الربع الأخير من العام الماضي", "DATE", "2014-Q4")]


@pytest.mark.parametrize("word", cue_words("fiscal"))
def test_a_fiscal_year_is_its_calendar_year(word: str) -> None:
    head = "العام" if word.endswith("ي") else "السنة"
    assert found(f"منخفضة عن {head} {word} 2013 بنسبة") == [(f"{head} {word} 2013", "DATE", "2013")]


def test_a_clock_time_after_al() -> None:
    assert found("عند الساعة الـ12:40 ظهرا حيث") == [("الساعة الـ12:40 ظهرا", "TIME", "2015-08-11T12:40")]


def test_a_numbered_unit_after_since_is_no_length() -> None:
    assert found("لعب بعشرة لاعبين منذ الدقيقة 28 بعدما") == []
    assert [t[0] for t in found("لعب منذ 28 دقيقة فقط")] == ["منذ 28 دقيقة"]  # a count before it: an offset


def test_a_part_before_an_indefinite_unit_is_no_date() -> None:
    assert found("وواصلوا حربهم ضده مع أول يومٍ له في الرئاسة") == []
    assert found("مع بداية العام") == [("بداية العام", "DATE", "2015")]


@pytest.mark.parametrize("word", ["المقرر", "المقررة", "المزمع", "المزمعة", "المرتقب", "المرتقبة"])
def test_a_scheduled_event_is_in_the_future(word: str) -> None:
    assert word in cue_words("future")
    assert found(f"قبل الاجتماع {word} في ديسمبر.") == [("ديسمبر", "DATE", "2015-12")]


def test_one_whole_unit_after_a_span_word_is_a_length() -> None:
    assert found("وتستهدف أطياف المجتمع طيلة العام من خلال") == [("العام", "DURATION", "P1Y")]
    assert found("سيقضي طوال الأسبوع في") == [("الأسبوع", "DURATION", "P1W")]
    assert found("طوال العام الماضي كان") == [("العام الماضي", "DATE", "2014")]  # last year, as before


def test_a_thousand_and_a_million_count_a_length() -> None:
    assert found("بتقديم مليون ساعة عمل تطوعي") == [("مليون ساعة", "DURATION", "PT1000000H")]
    assert found("بتقديم ألف ساعة عمل") == [("ألف ساعة", "DURATION", "PT1000H")]
    assert found("ألف كتابا عن التاريخ") == []  # the verb «ألّف»: no unit after it
    assert found("مثل حكايات ألف ليلة وليلة الشهيرة") == []  # a title (date_names.tsv)
