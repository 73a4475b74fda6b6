"""`ner.consistency.replaced`: the one way the NER passes put new names over words (the lists after
a plural classifier, the two clubs after «ناديي», a company named with its activities): every chunk
that overlaps the words goes, the new ones take their place, and the rest keep their order."""

from __future__ import annotations

from marsad.ner.consistency import Chunk, replaced


def spans(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in chunks]


def test_chunks_over_the_words_give_way_to_the_new_ones_in_order() -> None:
    chunks = [Chunk(0, 1, "PER"), Chunk(2, 4, "LOC"), Chunk(5, 7, "ORG"), Chunk(8, 9, "PER")]
    got = replaced(chunks, 3, 6, [Chunk(3, 4, "ORG"), Chunk(4, 6, "ORG")])
    # (2, 4) and (5, 7) overlap words 3..5: both go, though each reaches past them
    assert spans(got) == [(0, 1, "PER"), (3, 4, "ORG"), (4, 6, "ORG"), (8, 9, "PER")]


def test_chunks_that_only_touch_the_words_stay() -> None:
    chunks = [Chunk(0, 2, "PER"), Chunk(4, 5, "LOC")]
    got = replaced(chunks, 2, 4, [Chunk(2, 4, "ORG")])
    assert spans(got) == [(0, 2, "PER"), (2, 4, "ORG"), (4, 5, "LOC")]
