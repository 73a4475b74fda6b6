"""The present of نفى as a verb of saying (round 41, issue 15): «ينفي/تنفي X أن ...» reports the
denied clause, on invented sentences; governed by a fact («هذا الواقع», «الحقيقة التي») it reports
nobody's words."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from tests.test_quotes_units import run


def test_a_present_denial_reports_the_clause_after_anna() -> None:
    got = run("وينفي المدرب [سامي الفهد](PER:sami) أنه تلقى عرضا من أي ناد آخر هذا الموسم.")
    assert ("indirect", "تلقى عرضا من أي ناد آخر هذا الموسم", "sami") in got


def test_a_feminine_present_denial_reports_its_clause() -> None:
    got = run("وتنفي [وزارة الصحة](ORG:moh) أن تكون المستشفيات قد رفضت استقبال المرضى خلال الأيام الماضية.")
    assert ("indirect", "تكون المستشفيات قد رفضت استقبال المرضى خلال الأيام الماضية", "moh") in got


@pytest.mark.parametrize("text", [
    "ولا ينفي هذا الواقع أن الفريق قدم مستوى جيدا في المباريات الأخيرة.",
    "وهي الحقيقة التي تنفي أن الفريق قدم مستوى جيدا في المباريات الأخيرة.",
])
def test_a_fact_that_denies_reports_nobodys_words(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("form", ["ينفي", "تنفي", "وينفي", "وتنفي"])
def test_every_present_form_of_denial_is_a_verb_of_saying(form: str) -> None:
    assert quote_cues().at(words_of(form), 0, frozenset({"verb"})) is not None


@pytest.mark.parametrize(("text", "said"), [
    ("أعلنت [أمانة المحافظة](ORG:amana) عن زيادة عدد الدوائر الانتخابية إلى عشر دوائر.",
     "زيادة عدد الدوائر الانتخابية إلى عشر دوائر"),
    ("بينما أعلن [مركز الإغاثة](ORG:amana) عن تحرك قوافل بحرية إلى ميناء عدن.",
     "تحرك قوافل بحرية إلى ميناء عدن"),
])
def test_an_increase_or_a_movement_announced_is_what_was_said(text: str, said: str) -> None:
    assert ("indirect", said, "amana") in run(text)


def test_the_increase_with_the_article_is_no_announcement() -> None:
    assert run("وأعلنت [الشركة](ORG:co) عن الزيادة التي أقرتها الجمعية العمومية أمس.") == []
