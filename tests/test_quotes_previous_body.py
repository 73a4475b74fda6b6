"""A feminine verb of saying with no subject at a sentence's start goes on the body the sentence
before opens with, described not named (issue 15, quotes, round 34): «وتبنت الحركة الانفصالية
الكردية قتل شرطيين. وقالت إن …» is the movement's (its words kept as the description), not the one
who spoke before. Not when the sentence before holds a verb of saying or a colon (a relayed
quotation goes on: «وتنقل الصحيفة عن الزوجة قولها: … . وتابعت:»), nor for a masculine verb (the
man who spoke before goes on). Round 42: a state or body named right after that sentence's first
verb, a particle («كما») before it allowed, goes on the same way («كما أدانت [مملكة البحرين] التفجير
… . وشددت على أن …»: Bahrain's words, not the man who spoke before)."""

from __future__ import annotations

from tests.test_quotes_described_speakers import said

_BEFORE = "وقال [أحمد](PER:ahmad) إن الهجوم مدان. "
_CLAIM = "وتبنت الحركة الانفصالية الكردية قتل شرطيين في المدينة. "


def test_the_body_the_sentence_before_opens_with_speaks() -> None:
    got = said(_BEFORE + _CLAIM + "وقالت إن العملية رد على الهجوم.")
    assert got[1] == (None, "الحركة الانفصالية الكردية", "الحركة الانفصالية الكردية")


def test_a_masculine_verb_goes_on_the_man_who_spoke() -> None:
    got = said(_BEFORE + _CLAIM + "وقال إن العملية رد على الهجوم.")
    assert got[1][0] == "ahmad"


_CONDEMNED = "كما أدانت [مملكة البحرين](LOC:bahrain) التفجير الذي استهدف المسجد أمس، وأودى بحياة ثلاثة. "


def test_the_state_the_sentence_before_opens_with_speaks() -> None:
    got = said(_BEFORE + _CONDEMNED + "وشددت على أن هذه الجريمة لا تمت لأي دين.")
    assert got[1][0] == "bahrain"


def test_the_state_speaks_past_the_agency_that_relayed_it() -> None:
    got = said(_BEFORE + _CONDEMNED + "وشددت وفقا لما نقلته [وكالة الأنباء](ORG:bna)، على أن هذه الجريمة "
               "لا تمت لأي دين.")
    assert got[1][0] == "bahrain"


def test_a_masculine_verb_after_the_state_goes_on_the_man_who_spoke() -> None:
    got = said(_BEFORE + _CONDEMNED + "وقال إن هذه الجريمة لا تمت لأي دين.")
    assert got[1][0] == "ahmad"
