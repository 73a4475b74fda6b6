"""Events on the five seeds with the gold mentions, entity ids and dates injected, scored by
the shared scorer: the extraction alone, whatever the upstream stages reach."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.model import Article, Corpus, MentionAttrs, Published, SegmentAttrs, Span, TimexAttrs
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.conftest import GOLD, SEEDS, need_shared, score_corpus


def injected_article(doc: dict[str, Any]) -> Article:
    """A seed article carrying the gold segments, mentions (with entity ids) and timexes."""
    text = (SEEDS / doc["doc"]).read_text(encoding="utf-8")
    art = Article(path=doc["doc"], text=text)
    starts = doc["line_starts"]
    segs = []
    for ln, info in doc["lines"].items():
        s = starts[int(ln) - 1]
        e = text.find("\n", s)
        segs.append(Span(s, len(text) if e < 0 else e, info["role"], SegmentAttrs()))
    art.set_layer("segments", segs)
    art.published = Published(date=doc["published"]["accept"][0], source="gold")
    mentions = doc["mentions"] + doc.get("embed_mentions", [])
    art.set_layer("mentions", [Span(m["start"], m["end"], m["type"], MentionAttrs(entity=m["entity"]))
                               for m in mentions])
    art.set_layer("timexes", [Span(t["start"], t["end"], "DATE", TimexAttrs(value=t["accept"][0]))
                              for t in doc["timexes"]])
    return art


def injected_scores(tmp: Path) -> dict[str, float]:
    need_shared("gold", "seeds.gold.json")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    arts = []
    for doc in gold["docs"]:
        art = injected_article(doc)
        quotes.func(art)
        events.func(art)
        arts.append(art)
    return score_corpus(Corpus(articles=arts), tmp)


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return injected_scores(tmp_path_factory.mktemp("events_seeds"))


def test_event_recall_on_gold_layers(scores: dict[str, float]) -> None:
    assert scores["event_recall"] >= 0.9


def test_quote_span_recall_on_gold_layers(scores: dict[str, float]) -> None:
    assert scores["quote_span_recall"] >= 0.9


def test_quote_attribution_recall_on_gold_layers(scores: dict[str, float]) -> None:
    assert scores["quote_attribution_recall"] >= 0.85


def test_every_event_span_is_a_sentence_of_content() -> None:
    need_shared("gold", "seeds.gold.json")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for doc in gold["docs"]:
        art = injected_article(doc)
        quotes.func(art)
        events.func(art)
        for ev in art.layer("events"):
            assert ev.attrs.participants, ev
            assert ev.attrs.status in {"happened", "ongoing", "planned", "expected", "denied"}
            body = [s for s in art.segments("title", "body", "heading") if s.contains(ev)]
            assert body, f"event outside content: {ev}"
            assert art.text[ev.start:ev.end].strip() == art.text[ev.start:ev.end]
