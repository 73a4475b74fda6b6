"""Dates read wrongly in fresh text (round 36, second pass), on invented sentences:

- «عقد/عقدين» as a contract or the verbal noun of holding is no decade: after a `contract_frame` word
  («في إطار عقد», «وقعت الشركة عقدين», «وتم عقد»), before an indefinite plural in «ـات» («من خلال عقد
  شراكات», «عقد اجتماعات»: a decade's adjective is masculine), in «عقد عدة دورات» (several decades are
  «عدة عقود»), or the singular after a count of three or more («المؤتمر 11 عقد في»: decades are «3 عقود»,
  «11 عقدا»); «خلال عقد من الزمن», «منذ عقدين», «عقدين كاملين» stay lengths;
- a bare Hijri month or feast in a question closed in its own clause («ماذا تفضل في رمضان؟», «هل لديك
  ورد قرآني في شهر رمضان؟»: an interview's question on the month of any year) is a SET of no value, as
  near a word of custom (dates/habits.py); not a question of the future («كيف ستقضي إجازة عيد الفطر؟»),
  nor one the month's clause does not end («زار الوزير المعرض في رمضان، فهل تغير شيء؟»);
- so is one right after a word singling out a case of a general statement («خصوصا», «لاسيما», «وخاصة»,
  with «في/خلال» between or not: «يستخدمه الأهالي، خصوصا خلال شهر رمضان»), not after the adjective «خاصة»
  («برامج خاصة خلال شهر رمضان») nor with a year in the month's clause («خصوصا خلال شهر رمضان لعام 1436»);
- so is one set against the rest of the year in its clause (`rest_of_year` cues: «لا يختلف طعامهم في رمضان
  عنه في بقية أيام السنة», «في رمضان وفي غيره»), not near «طوال العام» («أهم موسم له طوال العام»).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
Found = tuple[str, str, str | None]


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "contract_frame"],
                         ids=lambda r: r["word"])
def test_a_decade_word_after_a_word_of_contracts_or_holding_is_no_decade(row: dict[str, str]) -> None:
    assert found(f"وأعلنت الشركة {row['word']} عقد مع وزارة النقل") == []
    assert found(f"وأعلنت الشركة {row['word']} عقدين مع وزارة النقل") == []


@pytest.mark.parametrize("text", ["وتسعى الوزارة من خلال عقد شراكات مع القطاع الخاص إلى تطوير الخدمة",
                                  "وقررت اللجنة عقد اجتماعات دورية مع الأهالي",
                                  "واتفق الطرفان على عقد عدة دورات تدريبية للموظفين",
                                  "وكان المؤتمر 12 عقد في الرياض بحضور الوزير"])
def test_what_is_held_after_the_decade_word_makes_it_a_verbal_noun(text: str) -> None:
    assert [f for f in found(text) if "عقد" in f[0]] == []


@pytest.mark.parametrize("text, want", [
    ("وتضاعف عدد السكان خلال عقد من الزمن", ("عقد", "DURATION", "P10Y")),
    ("وظل الرجل في منصبه عقدين كاملين", ("عقدين", "DURATION", "P20Y")),
    ("ويشهد البلد فوضى منذ عقدين.", ("عقدين", "DURATION", "P20Y")),
    ("وسيتضاعف الإنتاج خلال عقد", ("عقد", "DURATION", "P10Y")),
])
def test_a_decade_as_a_length_stays_a_length(text: str, want: Found) -> None:
    assert want in found(text)


def test_several_decades_before_the_plural_stay_a_length() -> None:
    assert ("عدة عقود", "DURATION", "PXDE") in found("وظلت المنطقة تعاني منذ عدة عقود من الجفاف")


RAMADAN = "2015-06-18/2015-07-16"


@pytest.mark.parametrize("text, month", [("* ماذا تفضل في رمضان؟ القراءة أم التلفاز؟", "رمضان"),
                                         ("* هل لديك ورد قرآني في شهر رمضان؟", "شهر رمضان"),
                                         ("هل تسافر مع أسرتك في إجازة عيد الفطر؟", "عيد الفطر")])
def test_a_month_or_feast_in_a_question_is_of_any_year(text: str, month: str) -> None:
    assert (month, "SET", None) in found(text)


def test_a_question_of_the_future_or_past_its_clause_keeps_the_date() -> None:
    assert ("عيد الفطر", "DATE", "2015-07-17") in found("كيف ستقضي إجازة عيد الفطر؟", date(2015, 7, 10))
    assert ("رمضان", "DATE", RAMADAN) in found("زار الوزير المعرض في رمضان، فهل تغير شيء؟")
    assert ("رمضان", "DATE", RAMADAN) in found("زار الوزير المعرض في رمضان.")


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "singled_out"],
                         ids=lambda r: r["word"])
def test_a_month_singled_out_of_a_general_statement_is_of_any_year(row: dict[str, str]) -> None:
    w = row["word"] if row["word"] != "سيما" else "لا سيما"
    assert ("شهر رمضان", "SET", None) in found(f"ويستخدم الأهالي التنور في الطبخ، {w} خلال شهر رمضان")
    assert ("رمضان", "SET", None) in found(f"ويزدحم الناس عند أبواب الجمعيات {w} في رمضان")


def test_the_adjective_special_or_a_year_keeps_the_month_of_this_year() -> None:
    assert ("شهر رمضان", "DATE", RAMADAN) in found("وقدمت الشركة برامج خاصة خلال شهر رمضان")
    assert ("شهر رمضان", "DATE", RAMADAN) in found(
        "وشكر رجال الأمن على جهودهم خصوصا خلال شهر رمضان المبارك لعام 1436.")


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "rest_of_year"],
                         ids=lambda r: r["word"])
def test_a_month_set_against_the_rest_of_the_year_is_of_any_year(row: dict[str, str]) -> None:
    rest = row["word"] if row["word"].startswith("وفي") else f"وفي {row['word']}"
    text = f"ويقرأ الشيخ القرآن بعد العصر في شهر رمضان {rest} كذلك"
    assert ("شهر رمضان", "SET", None) in found(text)


def test_the_most_important_season_of_the_year_keeps_this_years_feast() -> None:
    text = "ويتصدر القطاع المشهد خلال أيام عيد الفطر في أهم موسم له طوال العام"
    assert ("عيد الفطر", "DATE", "2015-07-17") in found(text)
