"""The dev story pairs' signals: dev pairs only, the cosines the clusterer computes, its verdict."""

from __future__ import annotations

from datetime import date

from benchmarks.realtext.story_signals import line_of_pair, pair_signals

from marsad.stories.cluster import Item


def inputs() -> tuple[list[Item], dict[str, int]]:
    def one(key: str, words: str, day: int) -> Item:
        terms = {f"{w}{i}": 1 for w in words.split() for i in range(4)}
        return Item(key, terms, {}, [], date(2015, 7, day), None, "", None, dict(terms))
    its = [one("a", "gold price fell", 20), one("b", "gold price fell", 21),
           one("c", "club coach signed", 21)]
    return its, {"a": 1, "b": 2, "c": 3}


GOLD = [
    {"kind": "pair", "split": "dev", "a": 1, "b": 2, "same": True, "note": "one report"},
    {"kind": "pair", "split": "dev", "a": 1, "b": 3, "same": False, "note": "two topics"},
    {"kind": "pair", "split": "test", "a": 2, "b": 3, "same": False, "note": "never listed"},
    {"kind": "cluster", "cluster": 1, "members": []},
]


def test_only_dev_pairs_with_the_clusterers_cosines_and_verdict() -> None:
    rows = pair_signals(inputs(), GOLD)
    assert [(p.a, p.b) for p in rows] == [(1, 2), (1, 3)]  # the test pair is not there
    same, apart = rows
    assert same.same and same.together and abs(same.text - 1.0) < 1e-9 and same.gap == 1
    assert not apart.same and not apart.together and apart.text == 0.0
    assert "never listed" not in "\n".join(map(line_of_pair, rows))


def test_settings_reach_the_clusterer() -> None:
    rows = pair_signals(inputs(), GOLD, threshold=1.01)
    assert not any(p.together for p in rows)
