"""Seeds with gold upstream layers (mentions with entity ids, events, dates: the input the
story steps get once the upstream stages land): story_f1 1.000 and same_event_merged 1.000.
Reads ../shared at run time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.app import collect
from marsad.model import Article, Corpus, EventAttrs, MentionAttrs, Published, Span
from marsad.steps.dedup import dedup
from marsad.steps.merge_events import merge_events
from marsad.steps.stories import stories
from tests.conftest import GOLD, SEEDS, need_shared, score_corpus


def _pick(value: Any, dated: bool) -> Any:
    if isinstance(value, list):
        known = [v for v in value if v is not None]
        return known[-1] if dated and known else None
    return None if value == "any" else value


def gold_seeds(dated: bool = True) -> tuple[list[Article], dict[str, Any]]:
    """The five seed articles with the gold's layers; `dated=False` drops every date."""
    need_shared("gold", "seeds.gold.json")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    arts, _ = collect([str(SEEDS)])
    by_name = {Path(a.path).name: a for a in arts}
    for d in gold["docs"]:
        a = by_name[d["doc"]]
        a.set_layer("mentions", [Span(m["start"], m["end"], m["type"], MentionAttrs(entity=m["entity"]))
                                 for m in d["mentions"]])
        a.published = Published(date=_pick(d["published"].get("accept"), dated), source="gold")
        events = []
        for e in d["events"]:
            first = next((m for m in d["mentions"] if m["entity"] in e["participants"]), None)
            start, end = (first["start"], first["end"]) if first else (0, 1)
            place = e.get("place")
            events.append(Span(start, end, e["type"], EventAttrs(
                participants=list(e["participants"]), place=place[0] if place else None,
                date=_pick(e.get("date"), dated), round=e.get("round"), series=None)))
        a.set_layer("events", events)
    return arts, gold


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_seed_stories_and_events_score_full(tmp_path: Path, dated: bool) -> None:
    arts, _ = gold_seeds(dated)
    corpus = Corpus(articles=arts)
    for step in (dedup, stories, merge_events):
        step.func(corpus)
    scores = score_corpus(corpus, tmp_path)
    assert scores["story_f1"] == 1.0
    assert scores["same_event_merged"] == 1.0


def test_conflicting_places_are_kept_on_the_merged_event() -> None:
    arts, gold = gold_seeds(True)
    corpus = Corpus(articles=arts)
    for step in (dedup, stories, merge_events):
        step.func(corpus)
    pair = gold["corpus"]["same_event"][0]
    merged = [e for e in corpus.events.values() if set(pair["participants"]) <= set(e.participants)
              and e.type == pair["type"]]
    assert len(merged) == 1
    assert len(merged[0].articles) == 2


def test_seeds_split_over_two_runs_end_in_the_same_stories(tmp_path: Path) -> None:
    arts, gold = gold_seeds(True)
    db = str(tmp_path / "marsad.db")
    by_name = {Path(a.path).name: a for a in arts}
    later = set(gold["corpus"]["stories"][0][1:])  # the second report of the shared story
    for batch in ([a for n, a in by_name.items() if n not in later],
                  [a for n, a in by_name.items() if n in later]):
        corpus = Corpus(articles=batch, options={"db": db})
        for step in (dedup, stories, merge_events):
            step.func(corpus)
    for group in gold["corpus"]["stories"]:
        assert len({by_name[n].story for n in group}) == 1
    assert len({a.story for a in arts}) == len(gold["corpus"]["stories"])
