"""A ministry written by its adjective alone («وأكدت الداخلية الكويتية أن …»: speaker_references row
«داخلية», org) speaks as a body: the ministry named before when the article names it, else the words
describing it; a participle opening the next sentence («. مشددة على أنها …») carries it on."""

from __future__ import annotations

from tests.test_quotes_described_speakers import said


def test_the_adjective_alone_is_a_described_body_carried_on() -> None:
    got = said("وأكدت الداخلية الكويتية أنها ستلاحق كل من يعبث بالأمن. مشددة على أنها لن تتهاون مع "
               "الخلايا النائمة.")
    assert got == [(None, "الداخلية الكويتية", "الداخلية الكويتية")] * 2


def test_the_adjective_goes_back_to_the_ministry_named_before() -> None:
    got = said("أعلنت [وزارة الداخلية الكويتية](ORG:moi) اليوم ضبط خلية. وأكدت الداخلية الكويتية أنها "
               "ستلاحق كل من يعبث بالأمن. مشددة على أنها لن تتهاون مع الخلايا النائمة.")
    assert [s for s, _text, _at in got][-2:] == ["moi", "moi"]


def test_the_minister_of_the_interior_is_still_the_office() -> None:
    got = said("وقال وزير الداخلية [سالم العلي](PER:salem) إن الأمن مستتب.")
    assert got == [("salem", None, None)]
