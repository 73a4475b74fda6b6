"""A body named by the noun phrase that is a verb of saying's subject («كشفت خلية الإعلام
الحربي، عن», «أكد المركز الإعلامي للمقاومة أن») is a name: each head of the table row by row,
the phrase's extent, and the subjects it leaves alone (a bare definite head, a time word or an
object after it, a person inside it)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.speaking_bodies import speaking_bodies
from marsad.ner.tokens import tokenize

HEADS = load_table("ner_body_heads")


def names(text: str, chunks: list[Chunk] | None = None) -> list[tuple[str, str]]:
    toks = tokenize(text, 0, len(text))
    norms = [normalize(w) for w, _, _ in toks]
    return [(" ".join(w for w, _, _ in toks[c.start:c.end]), c.type)
            for c in speaking_bodies(norms, chunks or [], {0})]


@pytest.mark.parametrize("row", HEADS, ids=lambda r: r["word"])
def test_each_head_names_a_speaking_body_in_construct_and_definite(row: dict[str, str]) -> None:
    head = row["word"]
    assert names(f"وقال {head} التنسيق المشترك إن الوضع") == [(f"{head} التنسيق المشترك", "ORG")]
    assert names(f"وأكد ال{head} الوطني، أن الوضع") == [(f"ال{head} الوطني", "ORG")]
    assert names(f"وقال ال{head} إن الوضع") == []  # bare: the one named before (speakers.by_org)


def test_the_phrase_runs_to_where_the_subject_ends() -> None:
    assert names("كشفت خلية الإعلام الحربي، عن حالات") == [("خلية الإعلام الحربي", "ORG")]
    assert names("أكد المركز الإعلامي للمقاومة أن جثث") == [("المركز الإعلامي للمقاومة", "ORG")]
    assert names("وأوضحت قيادة العمليات المشتركة في العراق أن") == [("قيادة العمليات المشتركة", "ORG")]
    assert names("وقالت الحكومة المالية في بيان") == [("الحكومة المالية", "ORG")]


def test_a_name_inside_is_taken_in_but_not_a_person() -> None:
    assert names("وقالت محكمة استئناف ديالى، إن التحقيقات", [Chunk(3, 4, "LOC")]) \
        == [("محكمة استئناف ديالى", "ORG")]
    assert names("وقال مكتب الرئيس محمد مرسي إن", [Chunk(3, 5, "PER")]) == [("محمد مرسي", "PER")]


def test_no_speaking_body_past_a_time_word_an_object_or_without_a_verb_of_saying() -> None:
    assert names("وقالت الحكومة الثلاثاء إن الوضع") == []
    assert names("أعلنت الحكومة المالية الحداد") == []
    assert names("أعلن الجيش مقتل الجندي") == []
    assert names("وزار المركز الإعلامي للمقاومة أمس") == []
    assert names("وقال المدرب البرتغالي إن") == []  # no body head
