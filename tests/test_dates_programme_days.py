"""The n-th day of a named stretch (issue 16, round 42; the guide's round-36 rule: «اليوم الأول للمعسكر»
is a DATE on that day, as «رابع أيام عيد الفطر»), on invented sentences, each `programme` row of
date_cues.tsv tested: «اليوم» + an ordinal before «من»/«لـ» and a programme noun counts from the last day
the text told (as «في يومه الثاني»), null when it told none. Not a day of anything else («اليوم الأول
من الشهر», «اليوم الأول للثورة»)."""

from __future__ import annotations

import pytest

from tests.test_dates_programme_weeks import CUES, Found, found


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "programme"], ids=lambda r: r["word"])
def test_the_first_day_of_a_programme_is_the_day_told(row: dict[str, str]) -> None:
    noun = row["word"]
    with_lam = "لل" + noun[2:]
    text = f"وأجرى الفريق مساء أمس حصته التدريبية وفق البرنامج المحدد في اليوم الأول {with_lam}"
    assert found(text) == [("مساء أمس", "TIME", "2015-07-20TEV"),
                           (f"اليوم الأول {with_lam}", "DATE", "2015-07-20")]
    later = f"وافتتح المنظمون يوم الأحد الماضي الفعاليات، وفي اليوم الثالث من {noun} أقيمت ندوة"
    assert found(later)[-1] == (f"اليوم الثالث من {noun}", "DATE", "2015-07-21")


def test_no_day_told_no_value() -> None:
    assert found("ويختتم اليوم الثالث من البرنامج بمحاضرة") == [("اليوم الثالث من البرنامج", "DATE", None)]


@pytest.mark.parametrize(("text", "want"), [
    ("سقط عشرات القتلى في اليوم الأول للثورة", [("اليوم", "DATE", None)]),
    ("وصل الوفد اليوم إلى المعسكر", [("اليوم", "DATE", "2015-07-21")]),
])
def test_no_programme_no_programme_day(text: str, want: Found) -> None:
    assert found(text) == want
