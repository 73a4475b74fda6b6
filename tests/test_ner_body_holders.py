"""A holder's name the tagger ran into the body before it (`office_holders.split_body_holders`):
«المتحدث باسم [الرئاسة الغانية كوفي مينسا]» → ORG «الرئاسة الغانية», PER «كوفي مينسا». On chunk
lists of our own sentences, with the tagger's word signs taken from the shipped model."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.office_holders import split_body_holders
from marsad.ner.persons import NameSigns


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def split(text: str, chunk: tuple[int, int, str], breaks: set[int] | None = None) -> list[tuple[str, str]]:
    words = text.split()
    norms = [normalize(w) for w in words]
    out = split_body_holders(norms, words, [Chunk(*chunk, 0.9)], breaks or set(), signs())
    return [(c.type, " ".join(words[c.start : c.end])) for c in out]


@pytest.mark.parametrize(
    ("text", "chunk", "want"),
    [
        ("وقال المتحدث باسم الرئاسة الغانية كوفي مينسا إن الرئيس", (3, 7, "ORG"),
         [("ORG", "الرئاسة الغانية"), ("PER", "كوفي مينسا")]),
        ("وقال رئيس لجنة الأهالي سالم العتيبي إن", (2, 6, "ORG"),
         [("ORG", "لجنة الأهالي"), ("PER", "سالم العتيبي")]),
        # the words the tagger ran on after the name are left out
        ("وقالت وزيرة خارجية الاتحاد الأوروبي ماريا لوبيز للرياض إن", (3, 8, "ORG"),
         [("ORG", "الاتحاد الأوروبي"), ("PER", "ماريا لوبيز")]),
        # a body of one definite word is a common noun: the person alone
        ("وأوضح المتحدث باسم المؤسسة سالم العتيبي أن", (3, 6, "ORG"), [("PER", "سالم العتيبي")]),
        ("زار محافظ وادي الدواسر سالم العتيبي المركز", (2, 6, "LOC"),
         [("LOC", "وادي الدواسر"), ("PER", "سالم العتيبي")]),
    ],
)
def test_a_body_after_a_title_with_its_holders_name_run_into_it_is_two_names(
    text: str, chunk: tuple[int, int, str], want: list[tuple[str, str]],
) -> None:
    assert split(text, chunk) == want


@pytest.mark.parametrize(
    ("text", "chunk"),
    [
        ("وقال مدير مطار الملك فهد الدولي إن", (2, 6, "LOC")),  # named after a titled person
        ("وأقيم الحفل في الرئاسة الغانية كوفي مينسا أمس", (3, 7, "ORG")),  # no title or office before it
        ("وقال رئيس لجنة الأهالي العامة إن", (2, 5, "ORG")),  # no given name in it
        ("وقال رئيس مجلس سالم العتيبي إن", (2, 5, "ORG")),  # no definite word before the name
        ("وقال المتحدث باسم الرئاسة الغانية كوفي مينسا", (3, 7, "PER")),  # a person's name
    ],
)
def test_other_bodies_and_names_are_left_whole(text: str, chunk: tuple[int, int, str]) -> None:
    words = text.split()
    assert split(text, chunk) == [(chunk[2], " ".join(words[chunk[0] : chunk[1]]))]


def test_never_past_a_sentence_break_before_the_body() -> None:
    text = "وقال المتحدث كلاما . الرئاسة الغانية كوفي مينسا أعلنت"
    assert split(text, (4, 8, "ORG"), {4}) == [("ORG", "الرئاسة الغانية كوفي مينسا")]
