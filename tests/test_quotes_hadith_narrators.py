"""A hadith's chain, «(ف)عن X (رضي الله عنه) قال: …»: «عن» fronts the narrator, the subject of the verb
of saying whose speech opens after its colon (speaker_clauses kinds narrator and companion_blessing;
quotes-dev-fresh25 1101, fresh14 15013). A name is known by the blessing or by a particle joining its
parts; «وعن [topic] قال:» stays a topic, its speaker the one carried on. Invented sentences."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_speakers_round19 import spoken


def test_the_narrator_of_a_hadith_speaks_its_words() -> None:
    got = spoken("وكان يخاف من وقوع أي ظلم على الناس، فعن سويد بن قيس قال: "
                 "جلبت أنا ومخرفة العبدي بزا من هجر.")
    assert got == [(None, "سويد بن قيس")]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses")
                                 if r["kind"] == "companion_blessing"], ids=lambda r: r["form"])
def test_each_companion_blessing_is_left_out_of_the_narrator(row: dict[str, str]) -> None:
    got = spoken(f"وأورد حديثا عن المستورد بن شداد {row['form']} قال: \"كنا عند النبي فتذاكرنا الدنيا\".")
    assert got == [(None, "المستورد بن شداد")]


def test_a_named_narrator_is_his_entity() -> None:
    got = spoken("وقال [أحمد](PER:ahmed) إن الأمر مهم. "
                 "وعن [أنس بن مالك](PER:anas) قال: كان النبي عند بعض نسائه.")
    assert got == [("ahmed", None), ("anas", None)]


def test_a_topic_after_an_is_no_narrator() -> None:
    got = spoken("وقال المدرب [أحمد](PER:ahmed) إن الفريق جاهز. وعن المباريات الودية قال: «المباريات مهمة».")
    assert got == [("ahmed", None), ("ahmed", None)]
