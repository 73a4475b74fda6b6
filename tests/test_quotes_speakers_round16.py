"""Speakers of round 16 (issue 15), on invented sentences: a report the speaker gave its words
in past an ordinal («قال صندوق النقد الدولي في أول تقرير ...») is theirs, so «وأضاف التقرير» goes
on with them; a source loyal to someone («مصدر عسكري موال لهادي») is not that person, and «وأشار
المصدر» after it is that unnamed source again; a commission, league or mission named again by its
kind alone («وقالت المفوضية») is the body named before with that kind, never a place named right
after that body's name; a name glued to the «لـ» right after a verb of saying («وأضاف [لرويترز]:»)
is the hearer, and the verb goes on with the speaker before."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_ORDINALS = [r["form"] for r in load_table("speaker_clauses") if r["kind"] == "statement_adjective"]


@pytest.mark.parametrize("form", _ORDINALS)
def test_a_report_past_an_ordinal_is_the_speaker_s(form: str) -> None:
    got = run(f"قال [صندوق النقد الدولي](ORG:imf) في {form} تقرير له إن الدولة حققت تقدما كبيرا. "
              "وأضاف التقرير أن الوضع ما زال هشا.")
    assert [q[2] for q in got] == ["imf", "imf"]


def test_a_report_the_speaker_only_talks_about_is_not_his() -> None:
    got = run("قال [صندوق النقد الدولي](ORG:imf) إن أول تقرير عن الصومال تأخر. "
              "وأضاف التقرير أن الوضع ما زال هشا.")
    assert got[1][2] != "imf"


def test_a_source_loyal_to_someone_is_not_he_nor_is_the_source_again() -> None:
    got = run("وقال مصدر عسكري موال لـ[هادي](PER:hadi) لوكالة فرانس برس إن القوات سيطرت على ست مديريات. "
              "واشار المصدر الى استمرار الاشتباكات في المحافظة.")
    assert [q[2] for q in got] == [None, None]


def test_a_named_source_s_office_still_names_him() -> None:
    got = run("وقال المتحدث العسكري [أحمد عسيري](PER:asiri) إن القوات تقدمت. "
              "وأشار المتحدث إلى أن الاشتباكات مستمرة.")
    assert [q[2] for q in got] == ["asiri", "asiri"]


_NEW_BODIES = [("مفوضية", "المفوضية العليا لشؤون اللاجئين"), ("رابطة", "رابطة العالم الإسلامي"),
               ("بعثة", "بعثة الأمم المتحدة للدعم في ليبيا")]


@pytest.mark.parametrize(("form", "name"), _NEW_BODIES, ids=lambda v: v)
def test_a_body_named_again_by_its_kind_is_that_body(form: str, name: str) -> None:
    assert any(r["form"] == form and r["kind"] == "org" for r in load_table("speaker_references"))
    got = run(f"أعلنت [{name}](ORG:body) الخميس أن نحو 224 ألف لاجئ وصلوا. "
              f"وقالت ال{form} في بريد إلكتروني إنها أحصت 98 ألف مهاجر.")
    assert [q[2] for q in got] == ["body", "body"]


def test_nothing_named_with_the_kind_leaves_the_body_unresolved() -> None:
    got = run("أعلنت [وزارة الداخلية](ORG:moi) أن الأمن مستتب. "
              "وقالت المفوضية في بريد إلكتروني إنها أحصت 98 ألف مهاجر.")
    assert got[1][2] != "moi"


@pytest.mark.parametrize(("body", "kind"), [("[المفوضية الأوروبية](ORG:body)", "المفوضية"),
                                            ("[وزارة الخارجية](ORG:body)", "الوزارة")])
def test_a_place_after_a_body_s_name_does_not_take_its_noun(body: str, kind: str) -> None:
    got = run(f"قالت {body} ب[بروكسل](LOC:place)، إن الوضع تحسن. "
              f"وأضافت {kind} في بيان، أن المراجعة أظهرت تحسنا.")
    assert [q[2] for q in got] == ["body", "body"]


def test_a_place_right_after_the_body_s_noun_is_still_its_name() -> None:
    got = run("وقال [محمد علي](PER:ali) إن الوضع تحسن، وفق ما أعلنته الأمانة العامة لسوق [عكاظ](LOC:okaz). "
              "وأضافت الأمانة أن المراجعة أظهرت تحسنا.")
    assert got[-1][2] == "okaz"


@pytest.mark.parametrize("told", ["ل[رويترز](ORG:reuters)", "لـ[عكاظ](ORG:reuters)",
                                  "ل[الشرق الأوسط](ORG:reuters)"])
@pytest.mark.parametrize("speech", [": “أؤكد لكم أننا نتعامل مع هذا الأمر بكل جدية”.",
                                    " أن التحقيق سيبدأ قريبا."])
def test_a_hearer_glued_to_its_la_is_not_the_speaker(told: str, speech: str) -> None:
    got = run(f"وقال [راي بابار](PER:babar) إن الشرطة ستتصرف بشكل حاسم. وأضاف {told}{speech}")
    assert [q[2] for q in got] == ["babar", "babar"]


def test_the_subject_after_a_glued_hearer_speaks() -> None:
    got = run("وقال [راي بابار](PER:babar) إن الشرطة ستتصرف بشكل حاسم. "
              "وقال ل[رويترز](ORG:reuters) وزير الداخلية [أحمد علي](PER:ali) إن التحقيق سيبدأ قريبا.")
    assert [q[2] for q in got] == ["babar", "ali"]


@pytest.mark.parametrize("name", ["[لبنان](LOC:lebanon)", "[لجنة الانتخابات](ORG:lebanon)"])
def test_a_name_opening_with_la_is_still_the_subject(name: str) -> None:
    got = run(f"وقال [راي بابار](PER:babar) إن الشرطة ستتصرف. وأعلن {name} أن التحقيق سيبدأ قريبا.")
    assert [q[2] for q in got] == ["babar", "lebanon"]
