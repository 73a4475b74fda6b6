"""A family name no spelling knows after a given name a describing word or an office announces
(`ner/unknown_families.py`): «الصحافي السوري [زيد قطريب] عن», «السفير ... علي [قوطالي] في»."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.persons import NameSigns
from marsad.ner.unknown_families import closed_family, described_families


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def described(text: str, chunks: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str]]:
    words = text.split()
    norms = [normalize(w) for w in words]
    got = described_families(norms, words, [Chunk(*c, 0.9) for c in chunks or []], set(), signs())
    return [(c.type, " ".join(words[c.start:c.end])) for c in got]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("كتب الصحافي السوري زيد قطريب عن الثقافة", "زيد قطريب"),  # a describing word and a nisba
        ("وقال الدكتور علي قوطالي ، إن", "علي قوطالي"),  # a title, a comma closing the name
        ("وقال الوزير بدر باسلمة إن", "بدر باسلمة"),  # a Hadrami «با» name, a particle after it
        ("وقال المتحدث الرسمي علي قوطالي في بيان", "علي قوطالي"),  # a title phrase read whole
    ],
)
def test_a_given_name_and_an_unknown_family_name_after_a_describing_word(text: str, want: str) -> None:
    assert described(text) == [("PER", want)]


def test_a_given_name_the_tagger_took_alone_there_is_completed() -> None:
    assert described("كتب الصحافي زيد قطريب عن الثقافة", [(2, 3, "PER")]) == [("PER", "زيد قطريب")]


@pytest.mark.parametrize(
    "text",
    [
        "وسط أخبار بأن الرئيس أوباما يستعجل مجلس الأمن",  # an imperfect verb
        "يلقي النائب كمال نظرة على السفن",  # a noun in ta marbuta
        "إلى وصف الملك سلمان بأنه مؤسس",  # a pronoun on a preposition
        "وقال الوزير علي وعمر في بيان",  # a second person behind «و»
        "ولكن المخرج كريم إزاء ما رآه",  # a hamza first
        "كتب الصحافي زيد قطريب الثقافة",  # the name does not close after the word
        "وقال الصحافي . زيد قطريب عن",  # no given name right after the describing word
        "وقال قائد علي قوطالي في",  # a title in construct state names a body
    ],
)
def test_no_unknown_family_name_where_the_word_is_another_thing(text: str) -> None:
    assert described(text) == []


def test_another_name_right_after_the_word_closes_nothing() -> None:
    words = ["لاعب", "الرائد", "ثاني", "صفقات", "النصر", "للموسم"]
    norms = [normalize(w) for w in words]
    assert not closed_family(norms, words, 3, {4}, signs())  # «النصر» is held by a club's name
    words[4] = "في"
    assert closed_family(norms, words, 3, set(), signs())


def test_through_the_tagger_a_described_person_with_an_unknown_family_name() -> None:
    text = "وفي «مسارات الوجع» كتب الصحافي السوري زيد قطريب عن الثقافة في زمن الحرب."
    got = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert ("PER", "زيد قطريب") in [(s.label, text[s.start:s.end]) for s in got]
