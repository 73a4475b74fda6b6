"""False events of round 33 (the first 3,000 records): the meetings of football's bodies (the
executive committee of FIFA, the Asian confederation's head) and the rounds of a cup (نصف
النهائي) are sport, no diplomatic or security events (the guide: sports contexts are not events);
a meeting of states or officials in a sentence with none of these words stays one. The new table
rows row by row."""

from __future__ import annotations

import pytest

from marsad.events.unstated_parties import sport_in
from marsad.events.words import Word
from marsad.lang.normalize import normalize
from tests.test_events_units import run

_NEW_ROWS = ("فيفا", "الفيفا", "لكرة القدم", "الاتحاد الآسيوي", "نصف النهائي", "ربع النهائي")


def _words(sentence: str) -> list[Word]:
    return [Word(0, 0, normalize(w)) for w in sentence.split()]


def test_a_meeting_of_fifa_s_committee_is_sport() -> None:
    assert run("وتعقد اللجنة التنفيذية للفيفا اجتماعا مع [جوزيف بلاتر](PER:blatter) في "
               "[زيوريخ](LOC:zurich) غدا.", published="2015-07-19") == []
    assert run("وعقد [ميشيل بلاتيني](PER:platini) اجتماعا مع رئيس الاتحاد الآسيوي [سلمان بن إبراهيم]"
               "(PER:salman) مساء الأحد.", published="2015-07-19") == []


def test_a_cup_s_round_is_no_meeting_of_states() -> None:
    assert run("وفي نصف النهائي تلتقي [المكسيك](LOC:mexico) مع [بنما](LOC:panama) غدا في "
               "[أتلانتا](LOC:atlanta).", published="2015-07-19") == []


def test_a_meeting_of_officials_stays_an_event() -> None:
    evs = run("وعقد [عادل الجبير](PER:jubeir) اجتماعا مع [جون كيري](PER:kerry) في "
              "[الدوحة](LOC:doha) أمس.", published="2015-08-04")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["jubeir", "kerry"])]


@pytest.mark.parametrize("form", _NEW_ROWS)
def test_every_new_row_makes_the_sentence_sport(form: str) -> None:
    assert sport_in(_words(f"وعقد الوفد اجتماعا مع {form} في المدينة"))
    assert not sport_in(_words("وعقد الوفد اجتماعا مع الوزير في المدينة"))


def test_fifa_after_a_preposition_with_the_article_is_sport() -> None:
    assert sport_in(_words("وقالت اللجنة التنفيذية للفيفا إنها ستجتمع"))
