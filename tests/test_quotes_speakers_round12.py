"""Speakers the round-12 census of 3,000 SaudiNewsNet records (issue 15) found wrong, on
invented sentences."""

from __future__ import annotations

import pytest

from marsad.events.context import build_context
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import marked
from tests.test_quotes_units import run


def test_one_of_a_group_is_nobody_named_in_its_description() -> None:
    got = run("وقال أحد أنصار [حبري](PER:habre) من داخل المحكمة: «هذه ليست محكمة». "
              "ويقول أحد مستشاري الرئيس الروسي [بوتين](PER:putin) إن الاتفاق صعب. "
              "وأوضح أحد ملاك المواقع السياحية [بجدة](LOC:jeddah) أن الأسعار منخفضة.")
    assert [q[2] for q in got] == [None, None, None]


def test_one_of_a_group_then_unnamed_goes_on() -> None:
    got = run("قال [خالد](PER:khalid) إن الوضع هادئ. ويقول أحد ضباط [الجيش الليبي](ORG:army) إن الحرب طويلة. "
              "ويضيف أن الإرهاب يتراجع.")
    assert [q[2] for q in got] == ["khalid", None, None]


def test_the_member_named_after_a_mark_or_another_name_speaks() -> None:
    got = run("وقال أحد الزبائن من الشباب- [سلطان البلوي](PER:balawi) إن الأسعار مرتفعة. "
              "وأعلن أحد محامي [حبري](PER:habre) [إبراهيم دياوارا](PER:diawara) أن موكله لن يحضر. "
              "وقال أحد المشاركين من [مصراتة](LOC:misrata)، وهو النائب [فتحي باشاغا](PER:bashagha)، "
              "إن الحوار إيجابي.")
    assert [q[2] for q in got] == ["balawi", "diawara", "bashagha"]


def test_a_named_subject_without_a_partitive_is_unchanged() -> None:
    got = run("وقال مستشار الرئيس الروسي [يوري أوشاكوف](PER:ushakov) إن الاتفاق صعب.")
    assert [q[2] for q in got] == ["ushakov"]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "partitive"],
                         ids=lambda r: r["form"])
def test_every_partitive_row_makes_one_unnamed_member(row: dict[str, str]) -> None:
    got = run(f"وقال {row['form']} مستشاري [بوتين](PER:putin) إن الاتفاق صعب.")
    assert [q[2] for q in got] == [None]


def test_an_office_phrase_said_of_a_person_before_is_his_again() -> None:
    got = run("وقال [عز الدين الأصبحي](PER:asb)، وزير حقوق الإنسان اليمني، إن الحكومة قامت بجولات. "
              "وشدد وزير حقوق الإنسان اليمني على أهمية أن تكون المنظمات أول المبادرين. وأضاف: «الوضع صعب».")
    assert [q[2] for q in got] == ["asb", "asb", "asb"]


def test_an_office_phrase_never_said_of_a_person_stays_unnamed() -> None:
    got = run("يقول [أرون](PER:a) خبير السلع إن الذهب يتراجع. وقال خبير أسواق السلع إن الجميع يتخارج. "
              "ونقلت الصحيفة عن مسؤول رفيع المستوى أن الهجوم وقع.")
    assert [q[2] for q in got] == ["a", None, None]


def test_a_hearer_after_a_detached_la_is_no_subject_carried_on() -> None:
    got = run("وروى الأب المكلوم لـ«[سبق](ORG:sabq)» معاناة أبنائه، وقال: «الطفل يحتاج إلى عناية». "
              "وتابع: «لا نملك المال».")
    assert [q[2] for q in got] == [None, None]


def test_a_hearer_after_a_detached_la_leaves_the_named_speaker() -> None:
    got = run("وأشارت الممثلة [نادين نجيم](PER:nadine) في حديث لـ«[الشرق الأوسط](ORG:asharq)» إلى أنها "
              "تتابع المسلسلات وقالت: «أستمتع بالمشاهدة».")
    assert [q[2] for q in got] == ["nadine", "nadine"]


def test_a_definite_last_name_is_known_without_its_article() -> None:
    got = run("وذكر اللاعب [عمر السومه](PER:somah) بأن المفاوضات انتهت. ونفى سومه أن يكون من مشجعي الاتحاد.")
    assert [q[2] for q in got] == ["somah", "somah"]


def test_a_bare_last_name_that_is_a_given_name_or_a_nisba_is_not_read_as_him() -> None:
    art = marked("قال [خالد الأحمد](PER:ahmad) و[خليل القيادي](PER:khalil) و[عمر السومه](PER:somah) ذلك.")
    ctx = build_context(art)
    assert {w: ctx.person_named(words_of(w)[0]) for w in ("سومه", "أحمد", "قيادي")} == {
        "سومه": "somah", "أحمد": None, "قيادي": None}
