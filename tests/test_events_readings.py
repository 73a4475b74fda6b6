"""A trigger read in another sense by the word beside it (issue 15, `event_readings.tsv`):
«في قمة عطائه» is a peak, «حوار العرض» a show's lines, «تلتقي مصالح» interests that coincide,
«مليون زيارة» a count, «وصل جثمان» a body brought home — no event; each row's example tells no
event, and the same sentence without the deciding word tells one."""

from __future__ import annotations

import pytest

from marsad.events.readings import _is_one_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_events_units import run


def _without(example: str) -> str:
    """The example with its braced word taken out."""
    head, rest = example.split("{", 1)
    return (head.rstrip(" ") + " " + rest.split("}", 1)[1].lstrip(" ")).replace(" .", ".")


@pytest.mark.parametrize("row", load_table("event_readings"), ids=lambda r: f"{r['trigger']}:{r['word']}")
def test_every_reading_row_tells_no_event_and_without_its_word_one(row: dict[str, str]) -> None:
    example = row["example"]
    word = example.split("{", 1)[1].split("}", 1)[0]
    assert _is_one_of(normalize(word), frozenset({normalize(row["word"])})), (word, row["word"])
    assert run(example.replace("{", "").replace("}", "")) == []
    assert run(_without(example)) != []


def test_the_word_is_matched_past_article_ending_and_pronoun() -> None:
    assert _is_one_of(normalize("بالحضارات"), frozenset({normalize("حضارة")}))
    assert _is_one_of(normalize("عطائه"), frozenset({normalize("عطاء")}))
    assert _is_one_of(normalize("وجثمان"), frozenset({normalize("جثمان")}))
    assert not _is_one_of(normalize("الاتحاد"), frozenset({normalize("حضارة")}))


def test_a_summit_and_talks_keep_their_event_sense() -> None:
    evs = run("وعقدت [مصر](LOC:egypt) و[السودان](LOC:sudan) قمة الاتحاد الأفريقي في [أديس أبابا](LOC:addis).")
    assert [e.label for e in evs] == ["MEET"]
    evs = run("والتقى [هادي](PER:hadi) مع [صالح](PER:saleh) في [عدن](LOC:aden).")
    assert [e.label for e in evs] == ["MEET"]
