"""A body noun in the dual opening a subject («صحيفتا «X» و«Y»», «وكالتا الأنباء»): two bodies
speak together, no one of them alone; the words keep their place as the speaker's description
(issue 15, round 34). One body («صحيفة «X»») stays that body."""

from __future__ import annotations

from tests.test_quotes_speakers_round21 import _described


def test_two_papers_in_the_dual_are_no_one_of_them() -> None:
    got = _described("وقالت صحيفتا «[الأنباء](ORG:anba)» و«[الوطن](ORG:watan)» إن الصفقة تمت أمس.")
    assert [q[0] for q in got] == [None]
    got = _described("ودخلت الشركة في شراكة مع المدير السابق، حسب ما قالت صحيفتا «[الأنباء](ORG:anba)» "
                     "و«[الوطن](ORG:watan)».")
    assert [q[0] for q in got] == [None]


def test_one_paper_speaks() -> None:
    got = _described("وقالت صحيفة «[الأنباء](ORG:anba)» إن الصفقة تمت أمس.")
    assert [q[0] for q in got] == ["anba"]


def test_two_stations_in_the_dual_are_no_one_of_them() -> None:
    # «محطة» (a broadcaster's station, speaker_references org) in the dual, names in brackets
    got = _described("وقالت محطتا ([الشروق](ORG:shorouk)) و([النهار](ORG:nahar)) التلفزيونيتان إن "
                     "الشرطة داهمت عشرات المواقع.")
    assert [q[0] for q in got] == [None]
    got = _described("وقالت محطة ([الشروق](ORG:shorouk)) التلفزيونية إن الشرطة داهمت عشرات المواقع.")
    assert [q[0] for q in got] == ["shorouk"]


def test_a_second_paper_past_the_first_one_s_qualifiers_is_two_papers() -> None:
    got = _described('وذكرت صحيفة "[المساء](ORG:masa)" السويدية اليومية وصحيفة [الغد](ORG:ghad) المحلية '
                     "أن الفتاة اختفت من منزلها.")
    assert [q[0] for q in got] == [None]
    # one paper with its qualifiers, or a second one past a comma, stays the first paper
    got = _described('وذكرت صحيفة "[المساء](ORG:masa)" السويدية اليومية أن الفتاة اختفت من منزلها.')
    assert [q[0] for q in got] == ["masa"]
    got = _described('وذكرت صحيفة "[المساء](ORG:masa)" السويدية، وصحيفة [الغد](ORG:ghad) المحلية '
                     "أن الفتاة اختفت من منزلها.")
    assert [q[0] for q in got] == ["masa"]
