"""A historical happening named by its noun and a definite adjective (`ner/event_names.py`,
`lang/ar/ner_event_heads.tsv`): «الثورة الإسلامية» is one MISC. On chunk lists of our own
sentences, each table row, and through the whole tagger."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.event_names import event_names


def named(text: str, chunks: list[Chunk] | None = None, breaks: set[int] | None = None) -> list[str]:
    """The MISC phrases `event_names` adds to `chunks` over the words of `text`."""
    words = text.split()
    before = chunks or []
    out = event_names([normalize(w) for w in words], list(before), breaks or set())
    return [" ".join(words[c.start : c.end]) for c in out if c not in before]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وبدأ ذلك مع انتصار الثورة الإسلامية في إيران", "الثورة الإسلامية"),
        ("أن الثورة الإيرانية اعتمدت على التجار", "الثورة الإيرانية"),
        ("قبيل الثورة الخضراء في طهران", "الثورة الخضراء"),
        ("وقارن بين ذلك والثورة الفرنسية التي غيرت أوروبا", "والثورة الفرنسية"),
        ("تحدث عن الثورة الإسلامية الإيرانية وما تلاها", "الثورة الإسلامية الإيرانية"),
    ],
)
def test_a_revolution_with_its_adjective_is_one_event(text: str, name: str) -> None:
    assert named(text) == [name]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("وقال إن الثورة الحالية لن تتوقف", "a nisba of time"),
        ("وتحدث عن الثورة الثانية في البلاد", "an ordinal"),
        ("وتحدث عن الثورة في البلاد", "no adjective"),
        ("وتحدث عن ثورة شعبية في البلاد", "an indefinite noun"),
        ("وتحدث عن الحكومة الإيرانية أمس", "no head of the table"),
    ],
)
def test_no_event_without_a_definite_head_and_a_naming_adjective(text: str, why: str) -> None:
    assert named(text) == [], why


def test_words_another_name_holds_or_a_sentence_break_stop_it() -> None:
    text = "انتصار الثورة الإيرانية أمس"
    assert named(text, [Chunk(2, 3, "LOC", 0.9)]) == []
    assert named(text, breaks={2}) == []


@pytest.mark.parametrize("row", load_table("ner_event_heads"), ids=lambda r: r["word"])
def test_each_row_makes_the_event(row: dict[str, str]) -> None:
    if row["kind"] == "head":
        assert named(f"تحدث عن {row['word']} الإسلامية أمس") == [f"{row['word']} الإسلامية"]
    else:
        assert named(f"تحدث عن الثورة {row['word']} أمس") == [f"الثورة {row['word']}"]


def test_through_the_tagger_the_revolution_is_a_misc_beside_its_country() -> None:
    text = "وبدأ ذلك مع انتصار الثورة الإسلامية في إيران قبل عقود."
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    found = [(text[s.start : s.end], s.label) for s in spans]
    assert found == [("الثورة الإسلامية", "MISC"), ("إيران", "LOC")]
