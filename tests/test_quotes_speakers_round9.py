"""Speakers the quote-speaker census of round 8 (issue 15) found on the dev strata, on invented
sentences: an office named through an adjective or the indefinite bodies it heads («أمين عام
الملتقى», «رئيس نادي الهلال») is someone the article named, the holder of that office of that
body; a last name of two words written as one («الجارالله»); and a name right after an
indefinite office in construct («نائب [عشيرة آل غانم] حسن») is whose office it is, not its holder."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import office_head_end, speaker_clauses
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_an_office_with_an_adjective_is_the_one_named_with_it() -> None:
    got = run("وأوضح الدكتور [فهد الشهابي](PER:fahd) أمين عام الملتقى أن التحديات كبيرة. "
              "وفي نهاية تصريحه أوضح أمين عام الملتقى الخليجي أن الأمانة تعكف على اختيار المتحدثين.")
    assert [q[2] for q in got] == ["fahd", "fahd"]


def test_an_office_of_a_named_body_is_its_holder_not_the_last_holder_of_that_office() -> None:
    got = run("قدم رئيس نادي [الهلال](ORG:hilal) الأمير [عبدالرحمن بن مساعد](PER:abd) شكره لرئيس "
              "الاتحاد. وقال: أشكر الأخ [إبراهيم البلوي](PER:balawi) رئيس نادي [الاتحاد](ORG:ittihad) "
              "على دعمه الكريم للفريق. من جهة أخرى، أعلن رئيس نادي [الهلال](ORG:hilal) أن المجلس "
              "سيكرم الشاعر.")
    assert got[-1][1:] == ("المجلس سيكرم الشاعر", "abd")


def test_an_unnamed_office_stays_unnamed() -> None:
    got = run("وقال مسؤول عام إن الوضع صعب.")
    assert [q[2] for q in got] == [None]


def test_a_two_word_last_name_written_as_one_is_that_person() -> None:
    got = run("ويقول رئيس التحرير [أحمد الجار الله](PER:jar) إن الذكرى مؤلمة. "
              "كما أكد الجارالله أن بلاده لن تنسى دور المملكة.")
    assert [q[2] for q in got] == ["jar", "jar"]


def test_a_name_in_construct_with_an_indefinite_office_is_whose_office_it_is() -> None:
    got = run("من جهته أوضح نائب [عشيرة آل غانم](PER:clan) في القرى [حسن محمد فائع](PER:hassan)، "
              "أن الطريق أنشأه الآباء على نفقتهم.")
    assert [q[2] for q in got] == ["hassan"]


def test_a_name_after_a_definite_office_is_its_holder() -> None:
    got = run("وقال الرئيس [باراك أوباما](PER:obama) إن الاتفاق جيد.")
    assert [q[2] for q in got] == ["obama"]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "office_adjective"],
                         ids=lambda r: r["form"])
def test_every_office_adjective_row_stays_inside_the_office(row: dict[str, str]) -> None:
    ws = words_of(f"أمين {row['form']} الملتقى")
    assert speaker_clauses().at(ws, 1) is not None
    assert office_head_end(ws, 0, len(ws)) == 2
