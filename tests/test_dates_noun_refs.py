"""«الماضي» as a noun of time, and a lam written onto a framed reference word (dev dates golds,
timex-dev-8, 11, 16 and 22: 7 of 7 rows of these shapes marked), on invented sentences:

- «الماضي» (`noun_ref` cues) is the past (PAST_REF) after a verb, a preposition or a noun in construct
  («ليعيشوا الماضي», «أمرا من الماضي», «أخطاء الماضي», «صفحة الماضي»), not the adjective after a definite
  word («الركود الماضي», «اجتماعها الماضي»), a date word («مايو (أيار) الماضي», «ما قبل الماضي») or a
  number, nor a family name after a given name («خالد الماضي», «عبدالله الماضي»);
- a lam written onto a `framed_ref` or `noun_ref` word frames it («للمستقبل», «للماضي»), the span
  starting at the article's lam, as «لليوم».
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
CUES = load_table("date_cues")
VALUES = {"الماضي": "PAST_REF", "المستقبل": "FUTURE_REF", "الحاضر": "PRESENT_REF"}


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "noun_ref"], ids=lambda r: r["word"])
@pytest.mark.parametrize("before", ["يحاول الجميع أن ينسوا", "أصبح هذا الأمر من", "وتحدث عن أخطاء",
                                    "وقرر أن يطوي صفحة"])
def test_the_noun_of_time(row: dict[str, str], before: str) -> None:
    word = row["word"]
    assert found(f"{before} {word} بسرعة") == [(word, "DATE", VALUES[word])]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "noun_ref"], ids=lambda r: r["word"])
@pytest.mark.parametrize("before", ["وتحدث عن الركود", "وقالت في اجتماعها", "وقال خالد", "وقال عبدالله",
                                    "وكان الموسم ما قبل"])
def test_an_adjective_or_a_family_name_is_none(row: dict[str, str], before: str) -> None:
    assert found(f"{before} {row['word']} إن الأمور تحسنت") == []


def test_a_month_keeps_its_modifier() -> None:
    assert found("وبدأ المشروع في مايو (أيار) الماضي بنجاح") == [("مايو (أيار) الماضي", "DATE", "2015-05")]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] in ("framed_ref", "noun_ref")],
                         ids=lambda r: r["word"])
def test_a_lam_written_onto_it_frames_it(row: dict[str, str]) -> None:
    word = row["word"]
    assert found(f"ووضعت الشركة خطة لل{word[2:]} منذ البداية") == [
        ("ل" + word[2:], "DATE", VALUES[word])]


def test_the_present_as_a_noun() -> None:
    assert found("ليعيشوا الماضي بقيمه ويعيشوا الحاضر بتطوره") == [
        ("الماضي", "DATE", "PAST_REF"), ("الحاضر", "DATE", "PRESENT_REF")]
    assert found("وصفق الجمهور الحاضر طويلا") == []


def test_the_rows_read_in_sentences() -> None:
    assert found("وتحدث المسؤولون عن أخطاء الماضي بوضوح") == [("الماضي", "DATE", "PAST_REF")]
    assert found("وقال إن الحنين للماضي لا يكفي وإن الخطة للمستقبل") == [
        ("لماضي", "DATE", "PAST_REF"), ("لمستقبل", "DATE", "FUTURE_REF")]
