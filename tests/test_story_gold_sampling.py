"""The story gold's later batches: drawn for one split only, never a pair already judged, four
strata (together in any run, apart in every run with two shared entities, random, and one day
with the same main entity), reproducible from the seed."""

from __future__ import annotations

from benchmarks.realtext.stories import main_entity, purity, sample_more, split_of


def article(line: int, story: str, ents: list[str], day: str = "2015-07-21") -> dict:
    return {"line": line, "story": story, "entities": set(ents), "empty": False, "day": day,
            "main": main_entity(ents)}


def runs() -> list[list[dict]]:
    """Two runs over 60 articles: 10 topics of 6 articles, two days; the second run splits each
    topic in two stories where the first keeps one."""
    first, second = [], []
    for ln in range(60):
        topic, day = ln // 6, "2015-07-21" if ln % 2 else "2015-07-20"
        ents = [f"main{topic}", f"main{topic}", f"side{topic // 2}", f"place{ln % 3}"]
        first.append(article(ln, f"s{topic}", ents, day))
        second.append(article(ln, f"t{topic}-{ln % 2}", ents, day))
    return [first, second]


def test_later_batches_are_one_split_and_new_pairs() -> None:
    judged = [{"kind": "pair", "a": 0, "b": 1}, {"kind": "pair", "a": 6, "b": 7}]
    counts = {"together": 8, "apart_shared": 6, "random": 5, "same_day_entity": 6}
    pairs = sample_more(runs(), judged, counts, seed=3, split="dev")
    keys = [(p["a"], p["b"]) for p in pairs]
    assert len(keys) == len(set(keys)) and not {(0, 1), (6, 7)} & set(keys)
    assert all(a < b and split_of(a, b) == "dev" == p["split"] for (a, b), p in zip(keys, pairs, strict=True))
    assert {p["stratum"] for p in pairs} == set(counts)
    info = {a["line"]: a for a in runs()[0]}
    for p in pairs:
        a, b = info[p["a"]], info[p["b"]]
        if p["stratum"] == "together":
            assert a["story"] == b["story"]  # together in the first run (the second splits them)
        if p["stratum"] == "same_day_entity":
            assert a["day"] == b["day"] and a["main"] == b["main"]
    assert pairs == sample_more(runs(), judged, counts, seed=3, split="dev")
    assert pairs != sample_more(runs(), judged, counts, seed=4, split="dev")


def test_apart_means_apart_in_every_run() -> None:
    first, second = runs()
    for a in second:  # the second run now joins what the first keeps apart: topics 0 and 1
        a["story"] = "x" if a["line"] < 12 else a["story"]
    counts = {"together": 0, "apart_shared": 30, "random": 0, "same_day_entity": 0}
    for p in sample_more([first, second], [], counts, seed=5, split="test"):
        assert not (p["a"] < 12 and p["b"] < 12)
        assert first[p["a"]]["story"] != first[p["b"]]["story"]


def test_the_main_entity_is_the_one_mentioned_most_and_at_least_twice() -> None:
    assert main_entity(["a", "a", "b"]) == "a"
    assert main_entity(["a", "b"]) is None
    assert main_entity(["a", "a", "b", "b"]) is None
    assert main_entity([]) is None


def test_purity_ranks_clusters_of_one_size_by_story_id_not_by_listing_order() -> None:
    # three clusters of two: "s1" is pure, "s2" and "s3" mixed; k=2 takes "s1" and "s2"
    gold = [{"kind": "cluster", "cluster": "c", "members": [[1, "x"], [2, "x"], [3, "x"], [4, "y"],
                                                            [5, "x"], [6, "y"]]}]
    story_of: dict[int, str | None] = {5: "s3", 6: "s3", 3: "s2", 4: "s2", 1: "s1", 2: "s1"}
    listed_back = dict(reversed(list(story_of.items())))
    assert purity(story_of, gold, k=2) == purity(listed_back, gold, k=2)
    assert purity(story_of, gold, k=2)["purity"] == 3 / 4
