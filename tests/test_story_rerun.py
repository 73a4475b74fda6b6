"""Re-running the story step alone: the clusterer's settings from the command line, and inputs
that stay whole so that one read serves many re-runs."""

from __future__ import annotations

import json
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from benchmarks.realtext.story_errors import read_stories, scores
from benchmarks.realtext.story_rerun import events_again, order_spread, recluster, salted, settings, write_run

from marsad.model import Article, EventAttrs, MentionAttrs, SegmentAttrs, Span
from marsad.stories.cluster import Item
from marsad.stories.items import item_of


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


def test_a_written_rerun_is_the_run_with_the_new_stories(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    arts = [{"path": "x.jsonl.gz#7", "story": "s1", "title": "ا"}, {"path": "x.jsonl.gz#9", "story": "s1"}]
    (run / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts))
    write_run(run, {7: "n1", 9: "n2"}, tmp_path / "re")
    back = [json.loads(ln) for ln in (tmp_path / "re" / "articles.jsonl").read_text().splitlines()]
    assert [a["story"] for a in back] == ["n1", "n2"]
    assert back[0]["title"] == "ا" and back[1]["path"] == "x.jsonl.gz#9"
    assert read_stories(tmp_path / "re") == {7: "n1", 9: "n2"}


def test_scores_are_given_per_batch_for_each_split() -> None:
    gold = [
        {"kind": "pair", "a": 1, "b": 2, "split": "test", "same": True},
        {"kind": "pair", "a": 1, "b": 3, "split": "test", "same": False, "batch": 3},
        {"kind": "pair", "a": 2, "b": 3, "split": "dev", "same": True, "batch": 2},
    ]
    res = scores({1: "s", 2: "s", 3: "s"}, gold)
    assert {"test batch 1", "test batch 3", "dev batch 2"} <= set(res)
    assert "dev batch 1" not in res and "test batch 2" not in res
    assert res["test batch 1"]["r"] == 1.0 and res["test batch 3"]["p"] == 0.0
    assert res["test"]["pairs"] == 2
def test_a_salt_takes_each_days_articles_in_another_order() -> None:
    # a salt renames the articles for the run only: the result is keyed by the run's lines
    its = items()
    lines = {"a": 1, "b": 2, "c": 3}
    assert salted("a", "") != salted("a", "1") and salted("a", "1").endswith("a")
    orders = {tuple(sorted("abc", key=partial(salted, salt=s))) for s in "123456"}
    assert len(orders) > 1  # the salted names sort by a hash, not by the key
    for salt in ("", "1", "2"):
        got = recluster((its, lines), salt)
        assert list(got) == [1, 2, 3]  # the run's lines, whatever the order
        assert got[1] == got[2] != got[3]  # the same two stories: these articles do not depend on it


def test_the_order_spread_scores_each_order_and_their_range() -> None:
    gold = [{"kind": "pair", "split": split, "a": 1, "b": 2, "same": True, "note": ""}
            for split in ("dev", "test")]
    lines = order_spread((items(), {"a": 1, "b": 2, "c": 3}), gold, 3)
    assert lines[0].split()[:3] == ["order", "test", "P"]
    assert lines[0].split()[-2:] == ["test1", "R"]  # every floor figure: the first test batch too
    assert [ln.split()[0] for ln in lines[1:]] == ["keys", "1", "2", "mean", "sd", "low", "high"]
    assert all(ln.split()[4] == "1.000" for ln in lines[1:] if ln.split()[0] != "sd")  # dev R in every order
    assert lines[5].split()[4] == "0.000"  # no spread


def test_events_are_made_again_by_the_events_step_before_the_story_item() -> None:
    text = "التقى وزير الخارجية أحمد سالم نظيره خالد يوسف في عمان اليوم."
    names = [("أحمد سالم", "PER", "ahmad_salem"), ("خالد يوسف", "PER", "khalid_yousef"),
             ("عمان", "LOC", "amman")]
    art = Article("a.txt", text)
    art.set_layer("segments", [Span(0, len(text), "body", SegmentAttrs())])
    mentions = [Span(text.index(w), text.index(w) + len(w), label, MentionAttrs(entity=e))
                for w, label, e in names]
    added = Span(0, 5, "LOC", MentionAttrs(entity="jordan", side="jordan"))  # one the events step had added
    art.set_layer("mentions", [*mentions, added])
    # a stale (false) event the stored run had: the events step of the working tree decides
    art.set_layer("events", [Span(0, 5, "VISIT", EventAttrs(participants=["ahmad_salem", "amman"]))])
    assert item_of(art).events == ["VISIT:ahmad_salem|amman"]
    again = events_again(art)
    assert all(m.attrs.side is None for m in again.layer("mentions"))
    assert item_of(again).events == ["MEET:ahmad_salem|khalid_yousef"]
