"""The per-word memos of the events code (issue 20: plain dicts read over a sentence at C
speed) give the same answers whether a word is met for the first time, again, or after the
memo was emptied for being full."""

from __future__ import annotations

import pytest

from marsad.events import triggers
from marsad.events.lexicon import quote_cues
from marsad.events.triggers import find_triggers
from marsad.events.words import words_of

TEXT = "وقال وزير الخارجية إن الرياض ستستضيف اجتماعا، وأكد أنه التقى نظيره وقالت الوزارة إنها وقعت اتفاقا."


def _cues(words: list) -> list:
    lex = quote_cues()
    lex._last = None  # a fresh list each time: read the memo, not the last sentence kept
    return list(lex.each(words)) + [lex.at(words, i) for i in range(len(words))]


def _triggers(words: list) -> list:
    return [(t.index, t.size, t.row.forms, t.reading) for t in find_triggers(words)]


def test_the_sentence_has_cues_and_triggers() -> None:
    words = words_of(TEXT)
    assert any(c.kind == "verb" for _, c in quote_cues().each(words))
    assert _triggers(words)


def test_answers_do_not_depend_on_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    words = words_of(TEXT)
    first_cues, first_triggers = _cues(list(words)), _triggers(list(words))
    assert _cues(list(words)) == first_cues  # every word now known
    assert _triggers(list(words)) == first_triggers
    monkeypatch.setattr(quote_cues()._starting, "limit", 2)  # emptied again and again while read
    monkeypatch.setattr(triggers._KNOWN, "limit", 2)
    quote_cues()._starting.known.clear()
    triggers._KNOWN.known.clear()
    assert _cues(list(words)) == first_cues
    assert _triggers(list(words)) == first_triggers
    assert len(quote_cues()._starting.known) <= 2 and len(triggers._KNOWN.known) <= 2
