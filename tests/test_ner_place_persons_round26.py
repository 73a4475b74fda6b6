"""A place run into a person's name after it (`ner/persons.split_place_persons`), round 26 of
issue 15: the place may carry its state's definite nisba («مشهد الإيرانية»), and the office that
makes its holder's name follow may carry the article («القنصل»). Invented sentences."""

from __future__ import annotations

from functools import cache

from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.persons import NameSigns, split_place_persons


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def split(text: str, start: int, end: int) -> list[tuple[str, str]]:
    words = text.split()
    norms = [normalize(w) for w in words]
    got = split_place_persons(norms, words, [Chunk(start, end, "LOC")], set(), signs())
    return [(c.type, " ".join(words[c.start:c.end])) for c in got]


def test_a_place_with_its_states_nisba_is_cut_from_the_name_after_it() -> None:
    got = split("وكشف القنصل في مدينة مشهد الإيرانية عبدالله الحربي عن تحرك جاد", 4, 8)
    assert got == [("LOC", "مشهد الإيرانية"), ("PER", "عبدالله الحربي")]


def test_a_definite_office_makes_its_holders_name_follow() -> None:
    got = split("وقال القنصل في مدينة جدة عبدالله الحربي إن العمل مستمر", 4, 7)
    assert got == [("LOC", "جدة"), ("PER", "عبدالله الحربي")]


def test_without_an_office_before_it_the_place_stays_whole() -> None:
    got = split("وزار الوفد مدينة مشهد الإيرانية عبدالله الحربي أمس", 3, 7)
    assert got == [("LOC", "مشهد الإيرانية عبدالله الحربي")]


def test_a_nisba_that_is_no_place_s_adjective_cuts_nothing() -> None:
    got = split("وقال المدير في حي الملك عبدالله الحربي إن العمل مستمر", 3, 7)
    assert got == [("LOC", "حي الملك عبدالله الحربي")]
