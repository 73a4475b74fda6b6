"""The whole-fit experiment (issue 17): an article must be linked to most of a story, not to one
member, and fragments of one happening merge back after the batch."""

from __future__ import annotations

from datetime import date

import pytest
from benchmarks.realtext.story_wholefit import WholeFitClusterer, parse, recluster

from marsad.stories.cluster import Item

DAY = date(2015, 7, 21)


def item(key: str, lead: str, body: str) -> Item:
    lead_terms = {w: 1 for w in lead.split()}
    terms = {**lead_terms, **{w: 1 for w in body.split()}}
    return Item(key, terms, {}, [], DAY, None, "", None, lead_terms)


def words(prefix: str, n: int = 10) -> str:
    return " ".join(f"{prefix}{i}" for i in range(n))


def fillers(n: int = 8) -> list[Item]:
    """Articles on other things: the words of the others are not in every article."""
    return [item(f"z{i}", words(f"f{i}l", 3), words(f"f{i}b")) for i in range(n)]


def chain() -> list[Item]:
    """a, b: one happening; c shares their topic's words but its lead is another happening's."""
    topic = words("topic")
    return [item("a", "palace taken resistance", topic), item("b", "palace taken resistance", topic),
            item("c", "ship docks palace", topic), *fillers()]


def test_an_article_linked_to_one_member_only_does_not_join() -> None:
    shipped = WholeFitClusterer(member_share=0.0, merge_bar=0.0, lead_gate=0.0).assign_all(chain())
    assert shipped["a"] == shipped["b"] == shipped["c"]  # the shipped rule: a centroid close enough
    fit = WholeFitClusterer(member_share=0.5, member_gate=0.5, merge_bar=0.0, lead_gate=0.0
                            ).assign_all(chain())
    assert fit["a"] == fit["b"] != fit["c"]


def test_fragments_of_one_happening_merge_and_others_stay_apart() -> None:
    topic = words("topic")
    its = [item("a", "palace taken", topic), item("b", "palace taken", topic),
           item("c", "gold price fell", words("gold")), item("d", "gold price fell", words("gold")),
           *fillers()]
    sc = WholeFitClusterer(merge_bar=0.2, merge_lead=0.2)
    out = sc.assign_all(its)
    assert out["a"] == out["b"] != out["c"] == out["d"]
    # two stories of one happening (split by an earlier rule) are merged back, with their members
    first, second = sc.stories[out["a"]], sc.stories[out["c"]]
    sc.absorb(first, second)
    assert sc.story_of["c"] == first.id and second.id not in sc.stories
    assert first.size == 4 and sorted(first.members) == ["a", "b", "c", "d"]
    assert len(sc.leads[first.id]) == 4


def test_merging_is_checked_against_the_stories_as_wholes() -> None:
    sc = WholeFitClusterer(merge_bar=0.2, merge_lead=0.2, merge_share=0.5, member_gate=0.5)
    out = sc.assign_all([item("a", "palace taken", words("t")), item("b", "ship docks", words("t")),
                         *fillers()])
    a, b = sc.stories[out["a"]], sc.stories[out["b"]]
    assert out["a"] != out["b"]
    assert sc.mergeable(a, b) is None  # their words agree, their leads do not


def test_settings_and_reclustering() -> None:
    assert parse(["member_share=0.6", "threshold=0.35"]) == {"member_share": 0.6, "threshold": 0.35}
    with pytest.raises(SystemExit):
        parse(["no_such_field=1"])
    its = chain()
    lines = {it.key: n for n, it in enumerate(its, 1)}
    once = recluster((its, lines), member_gate=0.5)
    assert once == recluster((its, lines), member_gate=0.5)  # the inputs stay whole
    assert once[1] == once[2]


def test_what_moves_between_two_runs_is_counted_by_members_not_ids() -> None:
    from benchmarks.realtext.story_wholefit import moved

    same = {1: "s1", 2: "s1", 3: "s2", 4: None}
    assert moved(same, {1: "x", 2: "x", 3: "y", 4: None}) == (0, 0, 0)  # other ids, same stories
    # record 2 leaves the story of 1 for the story of 3: three articles see other fellows
    assert moved(same, {1: "x", 2: "y", 3: "y", 4: None}) == (3, 1, 1)
    assert moved(same, {1: "x", 2: "z", 3: "y", 4: None}) == (2, 1, 0)  # 2 split off alone


def test_lone_fragments_merge_back_when_their_leads_fit() -> None:
    """The mend setting (whole-fit off, merging only where one side is a story of one): articles
    left alone by the assignment (here: a threshold nothing reaches) join the story their lead fits
    after the batch; another happening's articles stay apart."""
    def its() -> list[Item]:  # afresh for each run: assign_all empties the items it assigns
        topic = words("topic")
        return [item("a", "palace taken resistance", topic), item("b", "palace taken resistance", topic),
                item("e", "palace taken resistance", topic),
                item("c", "gold price fell", words("gold")), item("d", "gold price fell", words("gold")),
                *fillers()]

    alone = WholeFitClusterer(threshold=1.1, member_share=0.0, merge_bar=0.0).assign_all(its())
    assert len({alone[k] for k in "abcde"}) == 5
    mend = WholeFitClusterer(threshold=1.1, member_share=0.0, merge_most=1, merge_bar=0.2,
                             merge_lead=0.2).assign_all(its())
    assert mend["a"] == mend["b"] == mend["e"] != mend["c"] == mend["d"]
    assert len({mend[f"z{i}"] for i in range(8)}) == 8


def test_the_mend_setting_leaves_two_stories_of_several_apart() -> None:
    topic = words("topic")
    its = [item(k, "palace taken resistance", topic) for k in "abef"] + fillers()
    sc = WholeFitClusterer(threshold=1.1, member_share=0.0, merge_bar=0.2, merge_lead=0.2)
    out = sc.assign_all(its)  # merged all four: any size may merge
    assert len({out[k] for k in "abef"}) == 1
    sc = WholeFitClusterer(threshold=1.1, member_share=0.0, merge_bar=0.0, merge_lead=0.2)
    out = sc.assign_all([item(k, "palace taken resistance", topic) for k in "abef"] + fillers())
    ab, ef = sc.stories[out["a"]], sc.stories[out["e"]]
    sc.absorb(ab, sc.stories[out["b"]])
    sc.absorb(ef, sc.stories[out["f"]])
    sc.merge_bar = 0.2
    assert sc.mergeable(ab, ef) is not None
    sc.merge_most = 1
    assert sc.mergeable(ab, ef) is None
