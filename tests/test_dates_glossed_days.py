"""«اليوم» glossed by the writer with the day it was («اليوم (أمس)», «اليوم – البارحة -») is that day
(`marsad.dates.glossed_days`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

TUESDAY = date(2015, 7, 21)


def value_of(text: str, words: str) -> str | None:
    return next(t.value for t in extract(text, TUESDAY) if text[t.start:t.end] == words)


@pytest.mark.parametrize(("text", "words", "value"), [
    ("وقال الوزير: «ما يهم هو التنفيذ وهذا يبدأ من اليوم (أمس) بقرار مجلس الأمن».", "اليوم", "2015-07-20"),
    ('وأكد رئيس الغرفة: "هذه الاتفاقية التي نوقعها اليوم – البارحة - مع المجموعة".', "اليوم", "2015-07-20"),
    ("ونظرا لعزمنا على السفر خارج المملكة هذا اليوم (أمس) فقد أنبنا ولي العهد.", "هذا اليوم", "2015-07-20"),
    ("وقال: «دهمت قوة خاصة المنزل صباح اليوم (أمس)»، وفتشته.", "صباح اليوم", "2015-07-20TMO"),
])
def test_a_glossed_today_is_the_glossed_day(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


@pytest.mark.parametrize("text", [
    "وتعقد اللجنة اجتماعها اليوم، وكانت قد اجتمعت أمس في الرياض.",  # two days, no gloss
    "وتعقد اللجنة اجتماعها اليوم (أمس اجتمعت لجنة أخرى في جدة).",  # a bracket closed far after the day word
    "وتعقد اللجنة اجتماعها اليوم - أمس اجتمعت لجنة أخرى في جدة.",  # a dash that opens no gloss: never closed
])
def test_today_without_a_gloss_of_a_day_word_stays_today(text: str) -> None:
    assert value_of(text, "اليوم") == "2015-07-21"
