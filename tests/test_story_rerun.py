"""Re-running the story step alone: the clusterer's settings from the command line, and inputs
that stay whole so that one read serves many re-runs."""

from __future__ import annotations

from datetime import date

import pytest
from benchmarks.realtext.story_rerun import recluster, settings

from marsad.stories.cluster import Item


def items() -> list[Item]:
    def one(key: str, words: str) -> Item:
        terms = {f"{w}{i}": 1 for w in words.split() for i in range(4)}
        return Item(key, terms, {}, [], date(2015, 7, 21), None, "", None, dict(terms))
    return [one("a", "gold price fell"), one("b", "gold price fell"), one("c", "club coach signed")]


def test_settings_are_clusterer_fields_with_json_values() -> None:
    assert settings(["threshold=0.35", "window=2"]) == {"threshold": 0.35, "window": 2}
    with pytest.raises(SystemExit):
        settings(["no_such_field=1"])


def test_reclustering_leaves_its_inputs_whole() -> None:
    its = items()
    lines = {"a": 1, "b": 2, "c": 3}
    first = recluster((its, lines))
    assert first == recluster((its, lines))  # the inputs were not emptied by the first run
    assert list(first) == [1, 2, 3]
    assert first[1] == first[2] != first[3]
    apart = recluster((its, lines), threshold=1.01)
    assert len(set(apart.values())) == 3
