"""Adjectives the tagger takes for a person's one-word name (`ner/adjectives.py`,
`lang/ar/ner_adjectives.tsv`): «الماضي [الجميل]», «الهيكل [الثاني]». On chunk lists of our own
sentences, and through the whole tagger."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.adjectives import drop_adjective_persons
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel


def kept(text: str, at: int, typ: str = "PER", others: list[Chunk] | None = None,
         breaks: set[int] | None = None) -> bool:
    """Whether a one-word chunk of `typ` at word `at` of `text` survives."""
    norms = [normalize(w) for w in text.split()]
    chunk = Chunk(at, at + 1, typ, 0.9)
    out = drop_adjective_persons(norms, [chunk, *(others or [])], breaks or set())
    return chunk in out


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("تعكس مقتنيات المتحف الماضي الجميل للمدينة", 4),
        ("هنأ المحافظ الأهالي بالعيد السعيد وأعرب عن سعادته", 4),
        ("افتتح الحفل بآيات من الذكر الحكيم ثم ألقيت الكلمات", 5),
        ("وصف الكاتب الرجل العظيم الذي قاد البلاد", 3),
        ("يتوافد الزوار على الفندق الشهير كل صيف", 4),
        ("ويقدم المطعم الثاني أطباقا من المطبخ الفرنسي", 2),
    ],
)
def test_an_adjective_after_a_definite_noun_is_no_person(text: str, at: int) -> None:
    assert not kept(text, at)


@pytest.mark.parametrize(
    ("text", "at", "why"),
    [
        ("وقال الجميل إن الحكومة ستجتمع غدا", 1, "after a verb: the family name"),
        ("وأكد الدكتور السعيد أن النتائج مطمئنة", 2, "after a title"),
        ("وسجل اللاعب السعيد هدفا في الشوط الثاني", 2, "after a word describing a person"),
        ("الجميل في الأمر أن الجميع حضروا", 0, "at the sentence's start"),
    ],
)
def test_a_family_name_that_is_also_an_adjective_stays_out_of_an_adjective_place(
    text: str, at: int, why: str,
) -> None:
    assert kept(text, at), why


def test_the_noun_before_must_be_free_and_in_the_same_sentence() -> None:
    text = "التقى الرئيس أمين الجميل وفدا"
    assert kept(text, 3, others=[Chunk(2, 3, "PER", 0.9)])  # «أمين» a name: the two are one person
    text = "زار المدينة الجميل وأعلن"
    assert kept(text, 2, breaks={2})  # a sentence starts at the adjective
    assert kept("شاهدنا الماضي الجميل", 2, typ="LOC")  # persons only


@pytest.mark.parametrize("word", ["الثاني", "والثانية", "الأخير"])
def test_an_ordinal_alone_is_no_person_wherever_it_stands(word: str) -> None:
    assert not kept(f"وقال {word} إنه سيحضر", 1)
    assert not kept(f"{word} أكثر انفتاحا", 0)


@pytest.mark.parametrize("row", load_table("ner_adjectives"), ids=lambda r: r["word"])
def test_each_row_is_dropped_after_a_definite_noun_and_kept_after_a_title_unless_alone(
    row: dict[str, str],
) -> None:
    word = row["word"]
    assert not kept(f"تحدث عن الأمر {word} أمس", 3)
    assert not kept(f"تحدث عن الأمر و{word} أمس", 3)  # behind a conjunction too
    assert kept(f"وقال الدكتور {word} أمس", 2) is (row["alone"] == "no")


def test_through_the_tagger_the_feast_s_adjective_is_no_speaker() -> None:
    text = "هنأ القيادة بالعيد السعيد وأعرب عن سعادته."
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert [text[s.start : s.end] for s in spans] == []
