"""The described subject of the verb a verb of saying is joined to (speaker_joined, issue 15 round
44): a definite nisba standing alone for a person («ودفع [الشيشاني] ببراءته …، وقال إنه …»: the
Chechen, the guide's mention of the man named before) and a calling with its nationality adjective
(«واستقبل [السفير الأمريكي] الوفد … وقال»); a preposition between the subject and the verb of saying
(«من») no longer stops the search."""

from __future__ import annotations

from tests.test_quotes_speakers_round19 import spoken


def test_a_nisba_alone_describes_the_speaker_of_the_joined_verb() -> None:
    got = spoken("ودفع الشيشاني ببراءته من كل التهم المنسوبة إليه، وقال إنه سافر إلى سوريا لمساعدة اللاجئين.")
    assert got == [(None, "الشيشاني")]


def test_a_calling_with_its_nationality_adjective() -> None:
    got = spoken("واستقبل السفير الأمريكي الوفد في مكتبه وقال إن العلاقات بين البلدين متينة.")
    assert got == [(None, "السفير الأمريكي")]


def test_a_calling_whose_holder_is_named_after_its_adjective_is_the_name() -> None:
    got = spoken("واستقبل السفير الأمريكي [جون سميث](PER:js) الوفد في مكتبه وقال إن العلاقات متينة.")
    assert got == [("js", None)]


def test_a_preposition_between_no_longer_ends_the_search() -> None:
    got = spoken("وقام الطالب بإيذائها من دون سبب وقال لها إنه سيعود غدا.")
    assert got == [(None, "الطالب")]
