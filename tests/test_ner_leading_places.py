"""A place run into the start of a person's name after an office of that place
(`marsad.ner.leading_places`), on word lists and through the whole article tagger."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.leading_places import split_leading_places
from marsad.ner.persons import NameSigns


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def names(text: str, chunk: Chunk) -> list[tuple[str, str]]:
    words = text.split()
    out = split_leading_places([normalize(w) for w in words], [chunk], set(), signs())
    return [(" ".join(words[c.start : c.end]), c.type) for c in out]


def test_a_place_after_an_office_of_it_is_cut_off_the_person() -> None:
    text = "بزعامة رئيس حكومة بافاريا هورست زيهوفر ما يعرف"
    assert names(text, Chunk(3, 6, "PER")) == [("بافاريا", "LOC"), ("هورست زيهوفر", "PER")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("في حق السيد الرئيس بشار حافظ الأسد وأن", 4),  # after a title the place word is a given name
        ("رئيس الشركة الدولية ومنى أبو سليمان خبيرة", 3),  # behind «و»: a list of persons
        ("وزير الخارجية وذلك على كريمة حسن بن حسن", 4),  # after a preposition
        ("بزعامة حكومة بافاريا هورست زيهوفر ما يعرف", 2),  # no title or office within reach
    ],
)
def test_elsewhere_the_first_word_stays_the_given_name(text: str, start: int) -> None:
    chunk = Chunk(start, start + 3, "PER")
    want = " ".join(text.split()[start : start + 3])
    assert names(text, chunk) == [(want, "PER")]


def test_article_tagger_reads_the_place_apart() -> None:
    text = ("يشكل مع الحزب المسيحي الاجتماعي البافاري، بزعامة رئيس حكومة بافاريا هورست زيهوفر، ما يعرف "
            "بالتحالف المسيحي الديمقراطي.")
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    got = {(text[s.start : s.end], s.label) for s in spans}
    assert ("بافاريا", "LOC") in got and ("هورست زيهوفر", "PER") in got
