"""Quotations on the seeds with gold layers injected: every quote slices the original text and
every direct quote lies between quotation marks."""

from __future__ import annotations

import json

from marsad.lang.marks import mark_kinds
from marsad.steps.quotes import quotes
from tests.conftest import GOLD, need_shared
from tests.test_events_seeds import injected_article


def test_direct_quotes_sit_inside_marks() -> None:
    need_shared("gold", "seeds.gold.json")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    n = 0
    for doc in gold["docs"]:
        art = injected_article(doc)
        quotes.func(art)
        for q in art.layer("quotes"):
            assert 0 <= q.start < q.end <= len(art.text)
            if q.label == "direct":
                n += 1
                assert art.text[q.start - 1] in mark_kinds() and art.text[q.end] in mark_kinds()
    assert n >= 19  # marked words inside a longer clause of the same speaker go with it (quote_nested)


def test_title_and_continuation_speakers_on_seeds() -> None:
    need_shared("gold", "seeds.gold.json")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    speakers = set()
    for doc in gold["docs"]:
        art = injected_article(doc)
        quotes.func(art)
        for q in art.layer("quotes"):
            speakers.add((q.attrs.cue, q.attrs.speaker))
    assert any(cue.endswith("أضاف") and sp == "peskov" for cue, sp in speakers)  # continuation
    assert ("وأضاف", "rsc") in speakers  # وأضاف البيان -> the statement's issuer
