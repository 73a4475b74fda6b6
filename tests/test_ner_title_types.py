"""A quoted name's type from the title word before it past its adjectives, and where it recurs
(`ner/title_types.py`): on chunk lists of our own sentences, and through the whole tagger."""

from __future__ import annotations

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.title_types import title_types


def types(text: str, chunks: list[Chunk]) -> list[str]:
    """The types of `chunks` (over the words of `text`, the marks written apart) after `title_types`."""
    return [c.type for c in title_types([normalize(w) for w in text.split()], chunks)]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ('عرض المسلسل التركي " حريم السلطان " أمس', 4),
        ('فازت المهرة السعودية " هاذي بنت الخالدية " بالبطولة', 4),
        ('عرض الفيلم الأمريكي الكندي " ظلال " أمس', 5),
        ('ويعمل جهاز " نوت برو " بقلم', 3),
    ],
)
def test_a_title_past_its_nisbas_types_the_quoted_name(text: str, at: int) -> None:
    end = text.split().index('"', at)
    assert types(text, [Chunk(at, end, "PER", 0.9)]) == ["MISC"]


@pytest.mark.parametrize(
    "text",
    [
        'عرض المسلسل الجديد " حريم السلطان " أمس',  # no nisba: «الجديد» describes, no title reached
        'التقى الرئيس السعودي " خالد الفيصل " أمس',  # no title word at all
        'عرض المسلسل التركي حريم السلطان أمس',  # not quoted
    ],
)
def test_no_title_type_without_a_title_nisbas_and_marks(text: str) -> None:
    words = text.split()
    at = words.index("حريم") if "حريم" in words else words.index("خالد")
    assert types(text, [Chunk(at, at + 2, "PER", 0.9)]) == ["PER"]


def test_the_title_s_type_goes_where_the_name_recurs_without_a_head_of_its_own() -> None:
    text = 'فاز فيلم " مدغشقر " بجائزة وصورت مشاهده في جزيرة " مدغشقر " وأن " مدغشقر " نجح'
    words = text.split()
    at = [i for i, w in enumerate(words) if w == "مدغشقر"]
    chunks = [Chunk(at[0], at[0] + 1, "LOC", 0.9), Chunk(at[1], at[1] + 1, "LOC", 0.9),
              Chunk(at[2], at[2] + 1, "PER", 0.9)]
    assert types(text, chunks) == ["MISC", "LOC", "MISC"]  # «جزيرة» before the second: the island


def test_through_the_tagger_the_filly_and_the_device_are_misc() -> None:
    text = ('واصلت المهرة السعودية "هاذي بنت الخالدية" تألقها في بلجيكا. وجاء فوز "هاذي بنت الخالدية" '
            'بعد منافسة قوية. ويأتي جهاز “نوت برو” بشاشة كبيرة، كما أن “نوت برو” يأتي مع قلم.')
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    found = [(text[s.start : s.end], s.label) for s in spans]
    assert ("هاذي بنت الخالدية", "PER") not in found and ("نوت برو", "PER") not in found
    assert found.count(("هاذي بنت الخالدية", "MISC")) == 2 and found.count(("نوت برو", "MISC")) == 2
