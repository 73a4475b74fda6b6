"""Quotation spans the census of round 10 (issue 15) found missed on the quotes-dev strata, on
invented sentences: a relative verb of saying whose clause comes after its time or medium
(«بلاتر الذي أعلن في يونيو الماضي أنه ...»), a verbal noun announced after «أعلن عن» or denied,
expected or revealed as a direct object («نفت [ارتكاب ...]»), and a wish or prayer
(«متمنيا أن ...», «سائلين المولى أن ...»)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_relative_verb_with_its_time_before_the_clause_is_speech() -> None:
    got = run("وهاجم الرئيس [سيب بلاتر](PER:blatter) الذي أعلن في يونيو الماضي أنه سيستقيل من منصبه.")
    assert got == [("indirect", "سيستقيل من منصبه", "blatter")]
    got = run("وانتقد التصريح الأخير للحارس [عبدالله العنزي](PER:anazi) الذي أكد فيه أنه تعاطى المسكنات.")
    assert got == [("indirect", "تعاطى المسكنات", "anazi")]


def test_a_relative_verb_after_a_verb_of_saying_leaves_the_clause_to_it() -> None:
    # «ونفى X الذي اعتبر ... أن»: the main verb's clause, its speaker X; not a second quote
    got = run("ونفى [فابيوس](PER:fabius) الذي اعتبر في حينه من الصارمين أن يكون الاتفاق قريبا.")
    assert [(q[1], q[2]) for q in got] == [("يكون الاتفاق قريبا", "fabius")]


def test_a_relative_verb_with_a_comma_before_the_clause_stays_out() -> None:
    assert run("واستقبل الوزير [سعود](PER:saud) الذي أعلن في يونيو، أن الوفد وصل.") == []


def test_a_verbal_noun_after_announced_about_is_what_was_announced() -> None:
    got = run("وأعلن [مجلس المحافظة](ORG:council) الأحد عن تحرير جامعة المدينة من المسلحين.")
    assert got == [("indirect", "تحرير جامعة المدينة من المسلحين", "council")]


def test_announced_about_a_plain_noun_is_no_quote() -> None:
    assert run("أعلنت [الإدارة العامة للتعليم](ORG:edu) اليوم عن المدارس المشمولة بالتعليم الصيفي.") == []


def test_a_verbal_noun_denied_or_expected_is_a_quote() -> None:
    got = run("لكن [إسبانيا](LOC:spain) نفت ارتكاب أي مخالفات في المياه الإقليمية.")
    assert [q[1] for q in got] == ["ارتكاب أي مخالفات في المياه الإقليمية"]
    got = run("وتوقعت مصادر إعلامية في العاصمة حدوث انشقاقات في التحالف.")
    assert [(q[1], q[2]) for q in got] == [("حدوث انشقاقات في التحالف", None)]


def test_a_plain_direct_object_of_a_denial_is_no_quote() -> None:
    assert run("ونفت [الوزارة](ORG:ministry) الخبر جملة وتفصيلا.") == []


def test_a_wish_and_a_prayer_are_quotations_of_the_clause_subject() -> None:
    got = run("وأشاد المدرب [جورج](PER:jorge) باللاعبين، متمنياً أن تكون المباراة احتفالية.")
    assert got == [("indirect", "تكون المباراة احتفالية", "jorge")]
    got = run("وقدم [المكتب](ORG:bureau) التعازي لعوائل المفقودين، سائلين المولى أن يتغمدهم بواسع رحمته.")
    assert [q[1] for q in got] == ["يتغمدهم بواسع رحمته"]


_WISHES = ("سائلين", "متمنيا", "متمنية", "متمنين")


@pytest.mark.parametrize("row", [r for r in load_table("quote_cues") if r["form"] in _WISHES],
                         ids=lambda r: r["form"])
def test_every_wish_row_reports_what_is_wished(row: dict[str, str]) -> None:
    assert row["kind"] == "participle"
    got = run(f"وأشاد [سعود](PER:saud) بالفريق، {row['form']} أن يفوز في المباراة المقبلة.")
    assert [q[1] for q in got] == ["يفوز في المباراة المقبلة"]
