"""A person's name whose first word, whole, stands inside another person's name of the article
loses no proclitic letter (`proclitics.inner_name_words`): «مايكل فالون … لكن [فالون] صرّح» is
not «ف» + «الون». On sentences of our own, with the shipped model."""

from __future__ import annotations

from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.proclitics import inner_name_words


def persons(text: str) -> list[str]:
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    return [text[sp.start : sp.end] for sp in spans if sp.label == "PER"]


def test_a_family_name_alone_keeps_its_first_letter_when_the_full_name_holds_it() -> None:
    text = ("قال وزير الدفاع مايكل فالون إن بلاده ستمدد مهمة الطائرات. "
            "لكن فالون صرح أثناء زيارة للعراق بأن الطائرات جاهزة.")
    assert persons(text) == ["مايكل فالون", "فالون"]


class _Info:
    def __init__(self, norm: str) -> None:
        self.norm = norm


def test_only_the_inner_words_of_persons_names_count() -> None:
    words = ["مايكل", "فالون", "مجلس", "التعاون", "لدول", "الخليج"]
    infos = [_Info(w) for w in words]
    chunks = [Chunk(0, 2, "PER"), Chunk(2, 6, "ORG")]
    assert inner_name_words(infos, chunks) == frozenset({"فالون"})  # type: ignore[arg-type]


def test_a_proclitic_and_another_name_word_inside_a_glued_name_protects_nothing() -> None:
    words = ["بترشيحنا", "لحمدين", "صباحي", "حمدين", "صباحي"]
    infos = [_Info(w) for w in words]
    chunks = [Chunk(0, 3, "PER"), Chunk(3, 5, "PER")]
    assert inner_name_words(infos, chunks) == frozenset({"صباحي"})  # type: ignore[arg-type]
