"""A programme's n-th week (issue 16, round 42; the guide's timex-dev-20 rule: its ISO week, the week
before accepted), on invented sentences, each `programme` and `programme_adjective` row of date_cues.tsv
tested: an ordinal week before «من»/«لـ» and a programme noun («الأسبوع الأول من البرنامج»), before a
pause or «من أصل», or after a programme adjective («الأسبوع التدريبي الثاني») is a DATE, the ISO week of
the last day the text told before it, else of the writing day. Not a league's round («الأسبوع الثاني عشر
للدوري», «الأسبوع الثاني والثلاثين»), a national week's name, a week of a month (its own days) or of
anything else («الأسبوع الأول للثورة»)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 7, 21)  # ISO week 30; the Sunday before it is in week 29
CUES = load_table("date_cues")

Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "programme"], ids=lambda r: r["word"])
def test_a_programme_week_after_min_and_with_lam(row: dict[str, str]) -> None:
    noun = row["word"]
    text = f"واختتم المنظمون الأحد الأسبوع الأول من {noun} بحضور عدد من المسؤولين"
    assert found(text) == [("الأحد", "DATE", "2015-07-19"), (f"الأسبوع الأول من {noun}", "DATE", "2015-W29")]
    with_lam = "لل" + noun[2:]
    assert found(f"ويبدأ الأسبوع الثاني {with_lam} بورش عمل") == [
        (f"الأسبوع الثاني {with_lam}", "DATE", "2015-W30")]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "programme_adjective"],
                         ids=lambda r: r["word"])
def test_a_programme_adjective_makes_the_week_a_programme_s(row: dict[str, str]) -> None:
    text = f"أكمل المعرض أمس، الأسبوع {row['word']} الثاني لطالبات المرحلة المتوسطة"
    assert found(text) == [("أمس", "DATE", "2015-07-20"),
                           (f"الأسبوع {row['word']} الثاني", "DATE", "2015-W30")]


def test_a_later_mention_keeps_the_day_told_before_it() -> None:
    text = ("أنهى البرنامج الأحد تسع دورات في الأسبوع الأول من البرنامج. وأوضح المشرف أنه تم اختتام "
            "الأسبوع الأول من أصل ثلاثة أسابيع")
    assert found(text) == [("الأحد", "DATE", "2015-07-19"), ("الأسبوع الأول من البرنامج", "DATE", "2015-W29"),
                           ("الأسبوع الأول", "DATE", "2015-W29"), ("ثلاثة أسابيع", "DURATION", "P3W")]


def test_no_day_told_the_writing_day_s_week() -> None:
    assert found("ويختتم الأسبوع الثالث للمعسكر بمباراة ودية") == [
        ("الأسبوع الثالث للمعسكر", "DATE", "2015-W30")]


@pytest.mark.parametrize("text", [
    "وتقام مباريات الأسبوع الثاني عشر للدوري",
    "وفي الأسبوع الثاني والثلاثين من الدوري فاز الفريق",
    "انطلق الأسبوع الوطني الأول للوقاية من الغرق",
    "سقط مئات القتلى في الأسبوع الأول للثورة",
    "يعود الطلاب في الأسبوع الأول من الدراسة بعد الإجازة",
])
def test_no_programme_no_week(text: str) -> None:
    assert found(text) == []


def test_a_week_of_a_month_keeps_its_days() -> None:
    assert found("خلال الأسبوع الأول من أغسطس") == [
        ("الأسبوع الأول من أغسطس", "DATE", "2015-08-01/2015-08-07")]
