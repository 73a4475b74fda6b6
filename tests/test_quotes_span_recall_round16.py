"""Quotation spans missed on the quotes dev gold (issue 15, round 16), on invented sentences:
direct speech with no أن, colon or marks after a verb of saying, when its first word can only open
speech (quote_speech_openers.tsv): «فقال له [كيف نجوت؟]», «قال [لا إله إلا الله]»; and a turn of
dialogue in the writer's voice, «قلت: [...]» (quote_dialogue_turns.tsv)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_ROWS = load_table("quote_speech_openers")


@pytest.mark.parametrize("row", [r for r in _ROWS if r["kind"] != "verb"], ids=lambda r: r["form"])
def test_every_opener_row_opens_bare_speech_after_a_verb_of_saying(row: dict[str, str]) -> None:
    got = run(f"وفي نهاية اللقاء قال له {row['form']} أحد يعرف الطريق إلى البيت الكبير.")
    assert [g[:2] for g in got] == [("direct", f"{row['form']} أحد يعرف الطريق إلى البيت الكبير")]


@pytest.mark.parametrize("row", [r for r in _ROWS if r["kind"] == "verb"], ids=lambda r: r["form"])
def test_every_verb_row_lets_an_opener_start_its_bare_speech(row: dict[str, str]) -> None:
    got = run(f"وفي نهاية اللقاء و{row['form']} له نحن نعرف الطريق إلى البيت الكبير.")
    assert [g[:2] for g in got] == [("direct", "نحن نعرف الطريق إلى البيت الكبير")]


def test_after_a_verb_of_explaining_or_an_aside_a_question_word_opens_no_speech() -> None:
    assert run("ليس هنالك أي سبب يوضح لماذا يستلزم التعثر اليوناني خروجا من اليورو.") == []
    assert run("والاحترام الذي رحلت بحثا عنه كما تقول لا يتم عن طريق الانتقال.") == []


def test_past_a_named_subject_the_opener_starts_the_speech() -> None:
    got = run("وقال [سعود الفيصل](PER:saud) نحن سعداء بهذه الجائزة التي تعد مصدرا للفخر.")
    assert got == [("direct", "نحن سعداء بهذه الجائزة التي تعد مصدرا للفخر", "saud")]


def test_the_speech_runs_to_the_next_verb_of_saying_that_opens_a_clause() -> None:
    got = run("فتعجب الملك، وقال له كيف نجوت من الكلاب، فقال له الوزير إنه خدمهم عشرة أيام.")
    assert [g[:2] for g in got] == [("direct", "كيف نجوت من الكلاب"), ("indirect", "خدمهم عشرة أيام")]


def test_a_verb_with_no_subject_carries_the_last_speaker() -> None:
    got = run("وقال [سعود الفيصل](PER:saud) في الحفل إن البلاد بخير. وقال لا بد من العمل على تطوير الخدمات.")
    assert got[-1] == ("direct", "لا بد من العمل على تطوير الخدمات", "saud")


def test_a_noun_a_name_or_a_verb_after_the_verb_opens_nothing() -> None:
    assert run("وقال الوزير الجديد في الحفل الكبير أمس.") == []
    assert run("ويقول الله في كتابه الكريم.") == []
    assert run("يقول ياسر حسان عضو الهيئة العليا للحزب.") == []  # a name that starts like يا


def test_a_short_question_is_speech_and_a_bare_answer_is_not() -> None:
    assert [g[:2] for g in run("فتعجب الملك، وقال له كيف نجوت؟")] == [("direct", "كيف نجوت؟")]
    assert run("فسأله الصحفي عن الخطة، فقال لا.") == []


@pytest.mark.parametrize("row", [r for r in load_table("quote_dialogue_turns") if r["kind"] == "turn"],
                         ids=lambda r: r["form"])
def test_every_dialogue_turn_row_opens_the_writers_speech_after_its_colon(row: dict[str, str]) -> None:
    got = run(f"سألني الرجل عن رأيي في الأمر.\n{row['form']}: الصبر مفتاح الفرج يا صديقي.")
    assert got == [("direct", "الصبر مفتاح الفرج يا صديقي", None)]


def test_a_dialogue_turn_may_name_its_hearer() -> None:
    assert run("سألني عن رأيي. قلت له: أنا لا أعرف الطريق.") == [("direct", "أنا لا أعرف الطريق", None)]


@pytest.mark.parametrize("row", [r for r in load_table("quote_dialogue_turns") if r["kind"] == "addressee"],
                         ids=lambda r: r["form"])
def test_every_addressee_row_may_follow_a_turn(row: dict[str, str]) -> None:
    got = run(f"سألني الرجل عن رأيي في الأمر.\nقلت {row['form']}: الصبر مفتاح الفرج يا صديقي.")
    assert got == [("direct", "الصبر مفتاح الفرج يا صديقي", None)]


def test_a_first_person_verb_without_a_colon_opens_no_turn() -> None:
    got = run("وقال [سعود](PER:s) إن الخطة جاهزة، إن قلت هو لتنظيف الشوارع فهذا صحيح.")
    assert got == [("indirect", "الخطة جاهزة، إن قلت هو لتنظيف الشوارع فهذا صحيح", "s")]
