"""Whom a named speaker is loyal or close to is no speaker (quote_cues close_to, with the
article too: «الموالية», «المقربة»): «قالت وكالة الأنباء [سانا] الموالية لـ[X] إن» is the agency's,
not X's, though X is a person and the agency a body; unnamed sources close to someone stay
unnamed («مصادر قريبة من [X]») (issue 15, round 34)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_speakers_round21 import _described


def test_a_body_loyal_to_a_person_speaks_not_the_person() -> None:
    got = _described("قالت [وكالة الأنباء الرسمية](ORG:agency) الموالية لـ[سالم عمر](PER:salem)، "
                     "إن قوات الأمن ألقت القبض على المشتبه به.")
    assert [q[0] for q in got] == ["agency"]
    got = _described("وقالت صحيفة [النهار](ORG:paper) المقربة من [سالم عمر](PER:salem) إن الوزير سيستقيل.")
    assert [q[0] for q in got] == ["paper"]


def test_unnamed_sources_close_to_someone_stay_unnamed() -> None:
    got = _described("وقالت مصادر مقربة من [سالم عمر](PER:salem) إن الوزير سيستقيل.")
    assert [q[0] for q in got] == [None]


@pytest.mark.parametrize("row", [r for r in load_table("quote_cues") if r["kind"] == "loyal_to"],
                         ids=lambda r: r["form"])
def test_every_loyal_to_row_keeps_the_body_before_it(row: dict[str, str]) -> None:
    got = _described(f"وقالت [صحيفة النهار](ORG:paper) {row['form']} لـ[سالم عمر](PER:salem) "
                     "إن الوزير سيستقيل.")
    assert [q[0] for q in got] == ["paper"]


def test_an_office_goes_on_past_the_word_to_its_holder() -> None:
    got = _described("قال وزير النقل في [الحكومة اليمنية](ORG:gov) الموالية للشرعية [بدر سالم](PER:badr) إن "
                     "فريقا فنيا وصل. وأوضح الوزير أنه تم تجاوز المشكلة.")
    assert [q[0] for q in got] == ["badr", "badr"]
