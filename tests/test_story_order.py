"""Stories do not depend on the order, or the ids, of the articles: each day is linked best
link first (ties by content), its fragments then merged; shuffling the articles and renaming
them gives the same stories. A later run's articles join the stories under the same rule."""

from __future__ import annotations

import random
from datetime import date

from marsad.stories.cluster import Item, StoryClusterer
from marsad.stories.state import clusterer_rows, load_clusterer


def corpus(seed: int = 1, n: int = 40, day: int = 1, prefix: str = "a") -> list[Item]:
    """`n` articles of one day on four overlapping topics: each draws most of its words and
    lead from its topic, some from words every topic shares (the clusterer of 76c4680, taking
    them in the order of their ids, gave other stories for 4 of 5 shuffled renamings of these)."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        t = r.randrange(4)
        terms = {f"t{t}w{j}": 1 for j in r.sample(range(14), 8)}
        terms |= {f"x{j}": 1 for j in r.sample(range(30), 5)}
        lead = {f"t{t}l{j}": 1 for j in r.sample(range(8), 4)} | {f"y{j}": 1 for j in r.sample(range(12), 3)}
        ents = {f"e{t}": 1, f"e{r.randrange(6)}": 1}
        out.append(Item(f"{prefix}{i}", terms, ents, [], date(2024, 3, day), None, "", None, lead))
    return out


def partition(assigned: dict[str, str], rename: dict[str, str] | None = None) -> set[frozenset[str]]:
    back = {v: k for k, v in (rename or {}).items()}
    groups: dict[str, set[str]] = {}
    for key, sid in assigned.items():
        groups.setdefault(sid, set()).add(back.get(key, key))
    return {frozenset(g) for g in groups.values()}


def test_any_order_and_any_ids_give_the_same_stories() -> None:
    first = partition(StoryClusterer().assign_all(corpus()))
    assert len(first) > 1
    for seed in range(5):
        items = corpus()
        random.Random(seed).shuffle(items)
        rename = {it.key: f"z{random.Random(seed * 100 + i).random():.12f}" for i, it in enumerate(items)}
        for it in items:
            it.key = rename[it.key]
        assert partition(StoryClusterer().assign_all(items), rename) == first


def test_a_later_run_joins_the_stories_in_any_order() -> None:
    sc = StoryClusterer()
    sc.assign_all(corpus())
    stored = set(sc.stories)

    def second_run(seed: int) -> dict[str, str]:
        df, stories, members = clusterer_rows(sc, stored, {})
        later = load_clusterer(sc.n_docs, df, members, list(stories), StoryClusterer())
        more = corpus(seed=2, n=12, day=2, prefix="b")
        random.Random(seed).shuffle(more)
        return later.assign_all(more)

    got = second_run(0)
    assert set(got.values()) & stored  # new articles joined stored stories
    assert all(second_run(seed) == got for seed in range(1, 4))
