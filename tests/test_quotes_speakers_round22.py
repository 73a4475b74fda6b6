"""Speakers of round 22 (issue 15), on invented sentences.

- An office in construct with a definite noun («رئيس الوزراء الماليزي», «وزير السياحة المصري»)
  is definite by what it is annexed to: the one holder the article names, so its words stand in
  the text (`speaker_at`) like «المتحدث الرسمي»; an office after no definite noun («مسؤول في
  الوزارة», «مسؤول أمني») stays an unnamed one with no place.
- A relative clause on the subject («وأفادت الدراسة، التي حصلت عليها «عكاظ»، بأن», «وقال المدرب
  الذي تولى تدريب الهلال إن») ends it: the names in the clause are not who speaks; but in a clause
  of issuing («التقرير الذي أصدرته شركة X») the name is the issuer, who speaks.
- «لكن» or «أما» fronts its clause's subject before the verb («ولكن سواير قال إنه»): when the tagger
  found no name there, the fronted words describe the speaker (`speaker_text`, `speaker_at`); he
  is not the last speaker carried on.
- «خصوم X» (X's opponents) is an unnamed group (a speaker_groups row): nobody named speaks.
- «وهو» / «وهي» after a speaker opens a circumstantial clause about him («وقال الكساسبي وهو مسؤول
  عن المنافذ»): his subject ends before it, so the one word the tagger missed is who a later
  «وأضاف» goes on with.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers_round21 import _described


@pytest.mark.parametrize("office", ["رئيس الوزراء الكندي", "وزير الزراعة المغربي", "مدير المستشفى"])
def test_an_office_in_construct_with_a_definite_noun_has_its_place(office: str) -> None:
    got = _described(f"أعلن {office} أن المحصول سيزيد هذا العام.")
    assert got == [(None, office, office)]


@pytest.mark.parametrize("office", ["مسؤول في الوزارة", "مسؤول أمني"])
def test_an_indefinite_office_has_no_place(office: str) -> None:
    got = _described(f"وقال {office} إن المحصول سيزيد هذا العام.")
    assert [(q[0], q[2]) for q in got] == [(None, None)]


def test_wahuwa_ends_the_speaker_and_a_later_verb_goes_on_with_him() -> None:
    got = _described("وقال الكساسبي وهو مسؤول عن المنافذ \"نحتاج إلى التريث في تطبيق القانون\". "
                     "واضاف ان \"المواطن هو المتضرر الأول من التعرفة الجديدة\".")
    assert [q[1] for q in got] == ["الكساسبي", "الكساسبي"]


def test_a_name_in_a_relative_clause_on_the_subject_is_not_the_speaker() -> None:
    got = _described("وقال [سعد](PER:saad) إن الفريق جاهز. وأفادت الدراسة، التي حصلت عليها "
                     "«[الرياض](ORG:riyadh)»، بأن المبيعات تراجعت هذا العام.")
    assert got[-1][0] != "riyadh"
    got = _described("وقال المدرب الذي تولى تدريب [الهلال](ORG:hilal) إن الفريق جاهز للمباراة.")
    assert got[-1][0] != "hilal"


def test_a_name_in_a_relative_clause_of_issuing_is_the_speaker() -> None:
    got = _described("وأشار التقرير الذي أصدرته شركة [الأفق](ORG:ufuq) إلى أن المبيعات تراجعت هذا العام.")
    assert got[-1][0] == "ufuq"


def test_a_fronted_subject_the_tagger_missed_is_described_not_carried() -> None:
    got = _described("وقالت [بريطانيا](LOC:uk) إن السفن دخلت المياه. "
                     "ولكن سواير قال إنه يعتبر الأمر غير مقبول.")
    assert got[-1] == (None, "سواير", "سواير")


def test_opponents_speak_for_nobody() -> None:
    got = _described("وقال [سعود](PER:saud) إن الوضع مستقر. ويقول خصوم [سعود](PER:saud) إن الأسعار سترتفع.")
    assert got[-1][0] is None
