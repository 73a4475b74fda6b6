"""Date mechanisms taken from the errors of the timex dev golds (issue 16), each data row tested:

- a season after a demonstrative is this year's («هذا الصيف» 2015-SU), as «الصيف الماضي» is last year's;
- the second of two bare years joined by «و» written onto it is a year too («بين 2012 و2014»);
- «الأحد عشر» is eleven, not Sunday (`number_of_weekday` cues);
- a written form that normalises to a date word but is a name is no date (`date_written_names.tsv`:
  «آلان», Alan, is not «الآن»);
- «منذ» + a count after an imperfective auxiliary (يتم, يجري) is the length up to now (`elapsed`);
- a bare plural unit with an adjective of length is a length without «ل» (`bare_length`);
- a set adjective after a noun with a pronoun suffix of the shared clitic table is a SET
  («اجتماعه الشهري»): the dates read the suffixes from `lang/ar/ner_clitics.tsv`;
- a weekday followed by a day word is that day («خطبة الجمعة غداً»), and a bare weekday named again
  is the day the text has already dated («يوم الجمعة» after «الجمعة غداً»), not the Friday before.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 8, 11)
THURSDAY = date(2015, 8, 6)
CUES = load_table("date_cues")


def found(text: str, anchor: date = TUESDAY) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("row", [r for r in load_table("date_seasons") if r["word"].startswith("ال")],
                         ids=lambda r: r["word"])
@pytest.mark.parametrize("dem", ["هذا", "هذه"])
def test_a_season_after_a_demonstrative_is_this_years(row: dict[str, str], dem: str) -> None:
    assert found(f"وسعى النادي {dem} {row['word']} لضم اللاعب") == [
        (f"{dem} {row['word']}", "DATE", f"2015-{row['code']}")]


def test_a_bare_season_stays_no_date() -> None:
    assert found("وفي الصيف ترتفع الحرارة") == []
    assert found("مهرجان صيف الباحة") == []


def test_the_second_of_two_bare_years_joined_by_wa() -> None:
    both = [("2012", "DATE", "2012"), ("2014", "DATE", "2014")]
    assert found("ولعب للنادي بين 2012 و2014 دون أن يتألق") == both
    assert found("ولعب للنادي بين 2012 و2014.") == both


def test_two_amounts_joined_by_wa_are_no_years() -> None:
    assert found("بسعر بين 1800 و2000 ريال") == []


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "number_of_weekday"])
def test_al_ahad_before_a_ten_is_a_number(word: str) -> None:
    assert found(f"القصيدة ذات الأبيات الأحد {word} لكفاه") == []
    assert found("اجتمع المجلس يوم الأحد") == [("يوم الأحد", "DATE", "2015-08-09")]


@pytest.mark.parametrize("row", load_table("date_written_names"), ids=lambda r: r["form"])
def test_a_written_name_is_no_date(row: dict[str, str]) -> None:
    assert found(f"وقال {row['form']} بليندر أستاذ الاقتصاد") == []
    date_word = found(f"وقال {row['word']} إن الاتفاق قريب")  # the date word as it is written otherwise
    assert len(date_word) == 1 and date_word[0][1] == "DATE" and date_word[0][2] is not None


@pytest.mark.parametrize("word", ["يتم", "تتم", "يجري", "تجري"])
def test_since_after_an_imperfective_auxiliary_is_a_length(word: str) -> None:
    assert word in {r["word"] for r in CUES if r["kind"] == "elapsed"}
    assert found(f"الملف الذي {word} التفاوض بشأنه منذ عشرين شهرا.") == [("عشرين شهرا", "DURATION", "P20M")]


def test_since_after_a_perfective_auxiliary_is_the_date() -> None:
    assert found("المشروع الذي تم افتتاحه منذ عامين.") == [("منذ عامين", "DATE", "2013")]


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "bare_length"])
def test_an_adjective_of_length_after_a_bare_plural(word: str) -> None:
    assert found(f"إذ تعيش الآلات سنوات {word} دون أعطال") == [("سنوات", "DURATION", "PXY")]


def test_other_years_are_no_length() -> None:
    assert found("وقد يتغير ذلك في سنوات أخرى") == []


def test_a_weekday_before_a_day_word_is_that_day() -> None:
    assert found("تخصيص خطبة الجمعة غدا عن الحادث", THURSDAY) == [("الجمعة غدا", "DATE", "2015-08-07")]


def test_a_weekday_named_again_is_the_day_already_dated() -> None:
    text = "تخصيص خطبة الجمعة غدا عن الحادث. وتم إبلاغ الخطباء بتخصيص خطبة يوم الجمعة عن الحدث"
    assert found(text, THURSDAY)[-1] == ("يوم الجمعة", "DATE", "2015-08-07")
    assert found("وتم إبلاغ الخطباء بتخصيص خطبة يوم الجمعة عن الحدث", THURSDAY) == [
        ("يوم الجمعة", "DATE", "2015-07-31")]  # no day dated before: the Friday before, as ever


def test_a_weekday_with_a_last_word_keeps_its_own_day() -> None:
    text = "ويصل الوفد غدا الجمعة. وكان قد التقى يوم الجمعة الماضي بالوزير"
    assert found(text, THURSDAY)[-1] == ("يوم الجمعة الماضي", "DATE", "2015-07-31")


@pytest.mark.parametrize("row", [r for r in load_table("ner_clitics") if r["kind"] == "enclitic"],
                         ids=lambda r: r["form"])
def test_a_set_adjective_after_a_pronoun_suffix(row: dict[str, str]) -> None:
    assert found(f"وعقد المجلس اجتماع{row['form']} الشهري أمس")[0] == ("الشهري", "SET", "P1M")


def test_a_family_name_of_a_set_adjective_is_no_set() -> None:
    assert found("وقال عبدالمجيد الشهري إن المشروع") == []


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a family name of a weekday's letters before «أمس»: the day word alone, the writing day kept
    ("تفقد وكيل الجامعة الدكتور عبدالله الجمعة أمس المستشفى الجامعي.", date(2015, 8, 6),
     [("أمس", "2015-08-05")]),
    ("قال محمد الخميس اليوم إن", date(2015, 8, 1), [("اليوم", "2015-08-01")]),
    # a weekday that agrees (or is one day off) is the day
    ("يلقي خطبة الجمعة غداً الشيخ.", date(2015, 7, 30), [("الجمعة غداً", "2015-07-31")]),
    ("قال محمد الخميس اليوم إن", date(2015, 7, 30), [("الخميس اليوم", "2015-07-30")]),
])
def test_weekday_before_a_day_word_only_when_they_agree(text: str, anchor: date,
                                                        expected: list[tuple[str, str]]) -> None:
    assert [(text[t.start:t.end], t.value) for t in extract(text, anchor)] == expected
