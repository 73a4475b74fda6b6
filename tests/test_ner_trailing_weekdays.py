"""A weekday the tagger ran into the end of a person's name (`marsad.ner.trailing_weekdays`),
on word lists and through the whole article tagger."""

from __future__ import annotations

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.trailing_weekdays import trailing_weekdays


def persons(text: str, chunks: list[Chunk]) -> list[str]:
    words = text.split()
    out = trailing_weekdays([normalize(w) for w in words], chunks)
    return [" ".join(words[c.start : c.end]) for c in out]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("أفاد الوزير جون كيري الخميس أنه", (2, 5), "جون كيري"),
        ("وأكد كارتر الخميس : نحن", (1, 3), "كارتر"),
        ("وصل آشتون كارتر صباح الخميس إلى", (1, 5), "آشتون كارتر"),  # a part of the day too
    ],
)
def test_a_weekday_closing_a_persons_name_is_cut(text: str, span: tuple[int, int], want: str) -> None:
    assert persons(text, [Chunk(*span, "PER")]) == [want]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("أكد محمد الخميس رئيس لجنة", (1, 3)),  # a given name: the weekday is the family name
        ("وقال وأحمد الخميس عضو اللجنة", (1, 3)),  # behind a proclitic
        ("وقال الدكتور عبدالله الجمعة إن", (2, 4)),  # «عبد» + a name of God
        ("وقال أحمد بن محمد الخميس إن", (1, 5)),  # a chain of ancestors
    ],
)
def test_a_weekday_after_given_names_is_the_family_name(text: str, span: tuple[int, int]) -> None:
    words = text.split()
    assert persons(text, [Chunk(*span, "PER")]) == [" ".join(words[span[0] : span[1]])]


def test_the_article_naming_the_person_without_the_weekday_cuts_it_after_given_names() -> None:
    text = "قال محمود عباس إن . وأعلن محمود عباس الجمعة أنه"
    assert persons(text, [Chunk(1, 3, "PER"), Chunk(6, 9, "PER")]) == ["محمود عباس", "محمود عباس"]


def test_a_part_of_the_day_and_a_weekday_alone_are_no_person() -> None:
    assert persons("استقبل صباح الجمعة رئيس المجلس", [Chunk(1, 3, "PER")]) == []
    assert persons("غادر كارتر بغداد", [Chunk(1, 2, "PER")]) == ["كارتر"]  # no weekday: left alone


def test_article_tagger_reads_the_day_apart_from_the_person() -> None:
    text = ('ووصل وزير الدفاع الأمريكي آشتون كارتر صباح الخميس في زيارة غير معلنة الى العراق. '
            'وأكد كارتر الخميس: "نحن مستعدون للقيام بالمزيد"')
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    got = [text[s.start : s.end] for s in spans if s.label == "PER"]
    assert got == ["آشتون كارتر", "كارتر"]
