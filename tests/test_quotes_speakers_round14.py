"""Speakers of round 14 (issue 15), on invented sentences: a verb of saying joined by و/ف to
an earlier one in its sentence keeps that verb's speaker, not a name the sentence opened with or
a name inside the words reported."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import joined_verb
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run

_OPENING = "وغاب [سعود كريري](PER:kariri) الذي تأكد غيابه في اللحظات الأخيرة بعد عودته إلى بلده ، "
_REPORT = "أكد [دونيس](PER:donis) أن غياب [كريري](PER:kariri) مؤثر ولكن على الفريق أن يسانده ، "


def test_a_joined_verb_keeps_its_sentence_speaker() -> None:
    got = run(_OPENING + _REPORT + "وأشار إلى أنه يملك أكثر من خيار.")
    assert [q[2] for q in got] == ["donis", "donis"]


def test_a_joined_feminine_verb_keeps_a_woman_speaker() -> None:
    got = run("وغابت [سارة](PER:sara) التي تأكد غيابها في اللحظات الأخيرة بعد عودتها إلى بلدها ، "
              "أكدت [هيلاري](PER:h) أن غياب [سارة](PER:sara) مؤثر ولكن على الفريق أن يساندها ، "
              "وأشارت إلى أنها تملك أكثر من خيار.")
    assert [q[2] for q in got] == ["h", "h"]


def test_a_plural_joined_verb_is_not_the_earlier_speaker() -> None:
    got = run(_OPENING + _REPORT + "وأشاروا إلى أنهم يملكون أكثر من خيار.")
    assert got[-1][2] is None


def test_a_joined_verb_of_the_other_gender_is_not_the_earlier_speaker() -> None:
    got = run(_OPENING + _REPORT + "وأشارت إلى أنها تملك أكثر من خيار.")
    assert got[-1][2] != "donis"


_MARKED = "وغاب [سعود كريري](PER:kariri) عن المباراة ، وقال [دونيس](PER:donis): «غيابه مؤثر» ، "


def test_a_joined_verb_after_marked_words_keeps_their_speaker() -> None:
    got = run(_MARKED + "وأشار إلى أنه يملك أكثر من خيار.")
    assert [q[2] for q in got] == ["donis", "donis"]


def test_a_name_between_the_verbs_outside_the_report_stops_the_speaker() -> None:
    got = run(_MARKED + "بينما استقبل [سعيد](PER:saeed) الوفد ، وأشار إلى أنه يملك أكثر من خيار.")
    assert got[-1][2] != "donis"


def test_a_contrast_between_the_verbs_stops_the_speaker() -> None:
    got = run(_MARKED + "لكن الفريق يرفض ذلك ، ويؤكد أنه يملك أكثر من خيار.")
    assert got[-1][2] != "donis"


def test_a_report_named_between_the_verbs_is_the_later_one_s_speaker() -> None:
    got = run("بينت [شركة آسيا للاستثمار](ORG:asia) في تقريرها أن دول [شرق آسيا](LOC:ea) شهدت تمدنا سريعا، "
              "وفقا لتقرير [البنك الدولي](ORG:wb) الذي صدر مؤخرا ويفيد بأنه بين عامي 2000 و2010 "
              "زاد عدد السكان.")
    assert got[-1][2] == "wb"


def test_a_joined_verb_after_a_list_is_not_said_by_the_list_s_last_office() -> None:
    got = run("وقال [عبدالله عبدالعزيز](PER:singer) إن الأغنية جاهزة، معبرا عن اعتزازه بالتعاون مع الشاعر "
              "[بهاء](PER:bahaa) والمخرج [القاضي](PER:qadi)، وقال «سعدت كثيرا بالعمل مع هذا الفريق».")
    assert got[-1][2] == "singer"


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "root_waw"],
                         ids=lambda r: r["form"])
def test_every_root_waw_row_is_no_joined_verb(row: dict[str, str]) -> None:
    assert not joined_verb(words_of(row["form"])[0])
    assert joined_verb(words_of("و" + row["form"])[0])


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "new_subject"],
                         ids=lambda r: r["form"])
def test_every_new_subject_row_stops_the_speaker(row: dict[str, str]) -> None:
    got = run(_MARKED + f"{row['form']} الفريق يرفض ذلك ، ويؤكد أنه يملك أكثر من خيار.")
    assert got[-1][2] != "donis"


def test_a_root_waw_verb_after_a_mark_keeps_no_earlier_speaker() -> None:
    got = run(_MARKED + "وفي بيان صدر عن الهيئة المنظمة، ورد أن الغرض ليس مجرد دعوة.")
    assert got[-1][2] != "donis"
